// A generator stopped early through a done channel: the producer's select sees done and
// returns, so no goroutine leaks.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
	"time"
)

func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	nums := naturals(done)
	for v := range nums {
		if v == 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	close(done)
	for range nums { // drain until the producer closes out
	}
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
