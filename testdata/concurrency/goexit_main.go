// runtime.Goexit in main: other goroutines keep running; when they are all gone Go reports
// `no goroutines (main called runtime.Goexit) - deadlock!` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("goroutine still ran after main's Goexit")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
