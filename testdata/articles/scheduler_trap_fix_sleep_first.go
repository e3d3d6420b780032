// From seeds 001/003: the article's second fix for the scheduler trap, each spinning goroutine
// sleeps a second before its loop (the article shows only the changed goroutine; here it sits
// in the trap program). Prints `x = <integer>` after ~1 s; numbers are normalised.
// golden: normalize-numbers
// golden: max-seconds=2
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	var x int
	threads := runtime.GOMAXPROCS(0)
	for i := 0; i < threads; i++ {
		go func() {
			time.Sleep(time.Second)
			for { x++ }
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("x =", x)
}
