// `go` with a plain function: each goroutine reports on a channel, main collects in id order.
// golden: gomaxprocs=1,2
package main

import "fmt"

func worker(id int, done chan<- int) {
	done <- id * id
}

func main() {
	results := make([]chan int, 5)
	for i := range results {
		results[i] = make(chan int)
		go worker(i, results[i])
	}
	for i, ch := range results {
		fmt.Println("worker", i, "->", <-ch)
	}
}
