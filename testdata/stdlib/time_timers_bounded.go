// Timers that are stopped, or whose channel nobody holds any more, must not keep memory
// until their deadline (an hour here): memory stays bounded through loops of time.After
// in a select, NewTimer then Stop, and context.WithTimeout then cancel.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

const (
	maxBytes   = 64 << 20
	maxObjects = 50000
)

func check(name string) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("%s: heap bounded: %v, live objects bounded: %v, memory bounded: %v\n",
		name, m.HeapAlloc < maxBytes, m.Mallocs-m.Frees < maxObjects, m.Sys < maxBytes)
}

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 200000; i++ {
		ch <- i
		select {
		case <-ch:
		case <-time.After(time.Hour):
		}
	}
	check("time.After in select")

	for i := 0; i < 200000; i++ {
		t := time.NewTimer(time.Hour)
		t.Stop()
	}
	check("NewTimer then Stop")

	ctx := context.Background()
	for i := 0; i < 100000; i++ {
		c, cancel := context.WithTimeout(ctx, time.Hour)
		cancel()
		<-c.Done()
	}
	check("WithTimeout then cancel")
}
