// Scheduler fairness: two goroutines ping-ponging on an unbuffered channel keep readying each
// other (Go puts a readied G in runnext, where it inherits the current time slice), yet main,
// woken by its timer, and a newly created goroutine must still get to run, even on one P.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	ch := make(chan int)
	var stop atomic.Bool
	var rounds atomic.Int64
	for i := 0; i < 2; i++ {
		go func() {
			for !stop.Load() {
				select {
				case <-ch:
					rounds.Add(1)
				case ch <- 1:
				}
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke from its sleep; ping-pong made progress:", rounds.Load() > 0)
	ran := make(chan bool, 1)
	go func() { ran <- true }()
	select {
	case <-ran:
		fmt.Println("third goroutine ran")
	case <-time.After(time.Second):
		fmt.Println("third goroutine starved")
	}
	stop.Store(true)
}
