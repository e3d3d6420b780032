// sync.Mutex protecting a shared counter: 50 goroutines x 1000 increments is exactly 50000.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

type safeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *safeCounter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count =", count)

	c := safeCounter{m: map[string]int{}}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc([]string{"even", "odd"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.m["even"], c.m["odd"])
}
