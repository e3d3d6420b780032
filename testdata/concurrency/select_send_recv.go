// One select with both send and receive cases; a closed channel's receive case is always
// ready; a heartbeat loop with a timeout per round.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	in := make(chan int)
	out := make(chan int, 1)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()
	sent, received := 0, 0
	for in != nil || out != nil {
		select {
		case v, ok := <-in:
			if !ok {
				in = nil // a nil channel disables its case
				continue
			}
			received += v
		case out <- sent:
			sent++
			<-out
			if sent == 3 {
				out = nil
			}
		}
	}
	fmt.Println("received", received, "sent", sent)

	closed := make(chan int)
	close(closed)
	hits := 0
	for i := 0; i < 5; i++ {
		select {
		case <-closed:
			hits++
		case <-time.After(time.Second):
		}
	}
	fmt.Println("closed channel ready every time:", hits)

	beats := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(5 * time.Millisecond)
			beats <- i
		}
	}()
	for {
		select {
		case b := <-beats:
			fmt.Println("heartbeat", b)
			continue
		case <-time.After(200 * time.Millisecond):
			fmt.Println("no heartbeat: stop")
		}
		break
	}
}
