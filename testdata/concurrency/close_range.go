// close + range: range drains buffered values after close and then ends; receiving from a
// closed channel yields the zero value forever.
// golden: gomaxprocs=1,2
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	close(buf)
	for s := range buf {
		fmt.Println("drained", s)
	}
	fmt.Printf("%q %q\n", <-buf, <-buf)

	empty := make(chan int)
	close(empty)
	n := 0
	for range empty {
		n++
	}
	fmt.Println("iterations over closed empty channel:", n)
}
