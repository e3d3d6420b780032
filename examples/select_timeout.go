// select waits on several channels at once; time.After gives up on a slow answer.
package main

import (
	"fmt"
	"time"
)

// fetch answers on the returned channel after the given delay.
func fetch(name string, delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- name + " answered after " + delay.String()
	}()
	return ch
}

func main() {
	fast := fetch("fast", 10*time.Millisecond)
	slow := fetch("slow", 2*time.Second)
	for range 2 {
		select {
		case msg := <-fast:
			fmt.Println(msg)
			fast = nil // a nil channel is never ready: stop selecting it
		case msg := <-slow:
			fmt.Println(msg)
		case <-time.After(400 * time.Millisecond):
			fmt.Println("timed out waiting for slow")
		}
	}
}
