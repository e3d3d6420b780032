// An unbuffered channel is a synchronous hand-off: the sender blocks until the receiver takes
// the value, so the order of events is fixed.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan string)
	ack := make(chan bool)
	go func() {
		for _, s := range []string{"one", "two", "three"} {
			ch <- s
			<-ack
		}
		close(ch)
	}()
	for s := range ch {
		fmt.Println("received", s, "len", len(ch), "cap", cap(ch))
		ack <- true
	}
	fmt.Println("done")
}
