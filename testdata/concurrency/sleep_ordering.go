// time.Sleep in many goroutines: each returns no earlier than its duration, every sleeper
// wakes, and zero or negative sleeps return at once. Only causality is checked, never the
// wake order across goroutines (on a loaded machine a goroutine may start its sleep late);
// the runtime's own tests check that the timer due earlier fires first.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

type woke struct {
	n          int
	notTooSoon bool
}

func main() {
	out := make(chan woke)
	for _, n := range []int{5, 1, 4, 2, 3} {
		go func() {
			d := time.Duration(n) * 10 * time.Millisecond
			start := time.Now()
			time.Sleep(d)
			out <- woke{n, time.Since(start) >= d}
		}()
	}
	var seen [6]bool
	for i := 0; i < 5; i++ {
		w := <-out
		seen[w.n] = w.notTooSoon
	}
	fmt.Println("every sleeper woke no earlier than its duration:", seen[1:])

	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("slept at least 50ms:", time.Since(start) >= 50*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once")
}
