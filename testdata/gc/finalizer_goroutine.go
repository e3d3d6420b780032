// One goroutine runs all finalizers, one after another (runtime.SetFinalizer's contract):
// while a finalizer blocks, no other finalizer starts, and once it returns the others run
// on the same goroutine. Several Ps are available, so finalizers started on goroutines of
// their own would run side by side and report early.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type res struct {
	id   int
	next *int
}

func main() {
	runtime.GOMAXPROCS(4)
	started := make(chan int, 10)
	release := make(chan bool)
	for i := 0; i < 3; i++ {
		r := &res{id: i, next: new(int)}
		runtime.SetFinalizer(r, func(r *res) {
			started <- r.id
			<-release
		})
	}
	// Collect until the first finalizer has started (it then blocks on release).
	first := false
	for i := 0; i < 1000 && !first; i++ {
		runtime.GC()
		select {
		case <-started:
			first = true
		case <-time.After(2 * time.Millisecond):
		}
	}
	fmt.Println("first finalizer started:", first)
	// More cycles and time: the other two are queued behind the blocked one.
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
	fmt.Println("started while the first was blocked:", len(started))
	// Unblock them one at a time: each release lets exactly one more start.
	for n := 1; n <= 2; n++ {
		release <- true
		<-started
		time.Sleep(2 * time.Millisecond)
		fmt.Println("after release", n, "started:", len(started))
	}
	release <- true
}
