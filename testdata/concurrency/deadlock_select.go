// A select whose cases can never proceed: deadlock with `[select]` (exit 2). The other
// goroutine is blocked too, so Go still sees a deadlock.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() { <-b; a <- 1 }()
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case <-make(chan bool):
		fmt.Println("never")
	}
}
