// range over a buffered channel stops when it is closed and drained.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	words := make(chan string, 2)
	words <- "a"
	words <- "b"
	close(words)
	n := 0
	for range words {
		n++
	}
	fmt.Println(n)
}
