// time.AfterFunc runs f in its own goroutine after the delay; Stop prevents it.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "fired" })
	fmt.Println("AfterFunc returned at once")
	fmt.Println(<-done)

	fired := false
	t := time.AfterFunc(50*time.Millisecond, func() { fired = true })
	fmt.Println("stopped in time:", t.Stop())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("fired:", fired)

	t.Reset(10 * time.Millisecond)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("fired after Reset:", fired)

	order := make(chan int, 3)
	for _, ms := range []int{150, 50, 100} {
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)
}
