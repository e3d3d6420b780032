// 10,000 timers (AfterFunc and Sleep) all fire, each exactly once, and in a bounded time.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var fired atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < 5000; i++ {
		wg.Add(2)
		time.AfterFunc(time.Duration(i%50)*time.Millisecond, func() {
			fired.Add(1)
			wg.Done()
		})
		go func() {
			time.Sleep(time.Duration(i%30) * time.Millisecond)
			fired.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("fired:", fired.Load())
	fmt.Println("within 2s:", time.Since(start) < 2*time.Second)
}
