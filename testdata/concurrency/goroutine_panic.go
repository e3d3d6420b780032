// An unrecovered panic in a non-main goroutine kills the whole program (exit 2) with
// `panic: ...` and `goroutine N [running]:`; main's deferred calls do not run.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer never runs")
	go func() {
		defer fmt.Println("the goroutine's own defer runs")
		var m map[string]int
		m["boom"] = 1
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
