// Comma-ok receive distinguishes a zero value that was sent from a closed channel.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 0
	ch <- 7
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}

	sc := make(chan *string)
	go func() { sc <- nil; close(sc) }()
	p, ok := <-sc
	fmt.Println(p == nil, ok)
	p, ok = <-sc
	fmt.Println(p == nil, ok)

	m := make(chan map[string]int, 1)
	m <- map[string]int{"x": 1}
	close(m)
	var got map[string]int
	got, ok = <-m
	fmt.Println(got, ok)
	got, ok = <-m
	fmt.Println(got, got == nil, ok)
}
