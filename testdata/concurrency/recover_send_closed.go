// The channel panics are ordinary run-time errors: recover sees them, with their messages, and
// a sender blocked when the channel is closed panics too.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isErr && err != nil)
	}()
	f()
}

func main() {
	try("send", func() { ch := make(chan int); close(ch); ch <- 1 })
	try("close twice", func() { ch := make(chan int); close(ch); close(ch) })
	try("close nil", func() { var ch chan int; close(ch) })

	ch := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("blocked sender: ", recover()) }()
		ch <- 1 // parks, then the close wakes it with a panic
	}()
	time.Sleep(20 * time.Millisecond)
	close(ch)
	fmt.Println(<-res)
}
