// Changing GOMAXPROCS while goroutines run (a stop-the-world in Go) must not lose or
// duplicate any work.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20000; j++ {
				total.Add(1)
				if j%1000 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	for _, n := range []int{1, 2, 3, 1, 2} {
		runtime.GOMAXPROCS(n)
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println("total", total.Load())
	fmt.Println("GOMAXPROCS now", runtime.GOMAXPROCS(0))
}
