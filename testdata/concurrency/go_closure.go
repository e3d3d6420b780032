// `go` with closures: captured variables are shared, and Go 1.22 loop variables are
// per-iteration, so each goroutine sees its own i.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	shared := 0
	done := make(chan bool)
	go func() {
		shared = 42 // writes the captured variable itself
		done <- true
	}()
	<-done
	fmt.Println("shared =", shared)
}
