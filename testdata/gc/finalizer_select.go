// An object whose last use in a function is behind it is collected (and finalized) while
// that function goes on to wait in a select: the select keeps only its channels (and the
// values it sends) alive, not every variable of the frame. As typeparam/chans.go's Ranger,
// whose receiver is freed while the sender is still running.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type receiver struct {
	done chan struct{}
}

func (r *receiver) finalize() { close(r.done) }

func newPair() (*receiver, chan struct{}) {
	d := make(chan struct{})
	r := &receiver{done: d}
	runtime.SetFinalizer(r, (*receiver).finalize)
	return r, d
}

func main() {
	r, done := newPair()
	got := make(chan int)
	go func() { got <- cap(r.done) }()
	fmt.Println("receiver used:", <-got)

	sent := make(chan string, 1)
	for i := 0; i < 100; i++ {
		runtime.GC()
		select {
		case <-done:
			fmt.Println("receiver finalized")
			return
		case sent <- "ping":
			<-sent
		case <-time.After(20 * time.Millisecond):
		}
	}
	fmt.Println("receiver was never finalized")
}
