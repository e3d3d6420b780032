// Goroutines, a channel and a WaitGroup: fan out work, collect the results.
package main

import (
	"fmt"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const ranges = 8
	const size = 25_000
	counts := make(chan int, ranges)
	var wg sync.WaitGroup
	for r := range ranges {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for i := r * size; i < (r+1)*size; i++ {
				if isPrime(i) {
					n++
				}
			}
			counts <- n
		}()
	}
	wg.Wait()
	close(counts)
	total := 0
	for n := range counts {
		total += n
	}
	fmt.Printf("%d primes below %d, counted by %d goroutines\n", total, ranges*size, ranges)
}
