// Fan-out: jobs from one channel spread over several workers; results keyed by job id.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

type result struct{ job, square int }

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j}
			}
		}()
	}
	go func() {
		for j := 0; j < 20; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()

	squares := make([]int, 20)
	for r := range results {
		squares[r.job] = r.square
	}
	fmt.Println(squares)
}
