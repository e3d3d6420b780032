// runtime.NumGoroutine counts live goroutines: 1 for main, +n parked ones, back to 1.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	release := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 10; i++ {
		go func() {
			started <- struct{}{}
			<-release
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(release)
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println(runtime.NumGoroutine())
}
