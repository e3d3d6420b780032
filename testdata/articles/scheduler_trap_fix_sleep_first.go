// From seeds/001_43aaa5278d777d65.txt (= 003_5b21aa6a8c89a4bb.txt): the article's second fix for
// the scheduler trap, each spinning goroutine sleeps a second before its loop (the article shows
// only the changed goroutine; here it sits in the trap program). Prints `x = <integer>` after ~1
// s; numbers are normalised.
// golden: normalize-numbers
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
