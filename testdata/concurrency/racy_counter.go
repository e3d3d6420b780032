// An unsynchronised counter (a data race) loses updates but must never crash: the result is
// between 1 and the number of increments. The mutex-protected twin is exact.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	const goroutines, perG = 8, 20000
	var wg sync.WaitGroup
	racy := 0
	var mu sync.Mutex
	safe := 0
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < perG; j++ {
				racy++
				mu.Lock()
				safe++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("racy in range:", racy >= 1 && racy <= goroutines*perG)
	fmt.Println("safe:", safe)

	// Racing writers of a slice header and a string: readers see some complete value.
	s := "start"
	done := make(chan bool)
	go func() {
		for i := 0; i < 10000; i++ {
			if i%2 == 0 {
				s = "even"
			} else {
				s = "odd!"
			}
		}
		done <- true
	}()
	seen := map[string]bool{}
	for i := 0; i < 10000; i++ {
		seen[s] = true
	}
	<-done
	ok := true
	for v := range seen {
		if v != "start" && v != "even" && v != "odd!" {
			ok = false
		}
	}
	fmt.Println("only whole strings observed:", ok)
}
