// From seeds/001_43aaa5278d777d65.txt (= 003_5b21aa6a8c89a4bb.txt): the article's first fix for
// the scheduler trap, one spinning goroutine fewer than GOMAXPROCS so a P stays free for main.
// Prints `x = <integer>` after ~1 s (the article shows `x = 0`); numbers are normalised.
// golden: normalize-numbers
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	var x int
	threads := runtime.GOMAXPROCS(0) - 1
	for i := 0; i < threads; i++ {
		go func() {
			for { x++ }
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("x =", x)
}
