// close is a broadcast: every goroutine blocked receiving (directly or in a select) wakes up
// with the zero value, at once.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	other := make(chan int)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				<-start
			} else {
				select {
				case <-start:
				case <-other:
				}
			}
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("woken:", woken)
}
