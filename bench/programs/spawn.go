// Concurrency: spawn 100,000 goroutines and join them with a WaitGroup -- goroutine creation
// and exit cost.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100_000
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum.Add(int64(i))
		}()
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "sum:", sum.Load())
}
