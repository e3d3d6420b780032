// Concurrency: a CPU-bound job (counting primes by trial division) split over 8 goroutines.
// bench/run.sh times it under GOMAXPROCS=1 and GOMAXPROCS=2: the ratio is the parallel
// speedup the scheduler achieves (ideal: 2 on two cores).
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
	const limit, workers = 1_500_000, 8
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count := 0 // local: adjacent counts[w] would share a cache line
			for n := w; n < limit; n += workers {
				if isPrime(n) {
					count++
				}
			}
			counts[w] = count
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("primes below", limit, "=", total)
}
