// From seeds/001_43aaa5278d777d65.txt (= 003_5b21aa6a8c89a4bb.txt): the article's `GOMAXPROCS(0) -
// 1` fix keeps one P free for main, so it works even with asynchronous preemption off (unlike
// scheduler_trap_asyncpreemptoff.go, which hangs). Prints `x = <integer>` after ~1 s; numbers are
// normalised.
// golden: env=GODEBUG=asyncpreemptoff=1
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
