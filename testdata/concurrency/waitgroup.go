// sync.WaitGroup: Add before go, Done in defer, Wait for all; a WaitGroup is reusable, and
// WaitGroup.Go (Go 1.25) adds and marks done for you.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * 3
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Second round on the same WaitGroup.
	total := make([]int, 4)
	wg.Add(len(total))
	for i := range total {
		go func() {
			total[i] = 1
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(total)

	var wg2 sync.WaitGroup
	squares := make([]int, 5)
	for i := range squares {
		wg2.Go(func() { squares[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(squares)

	var empty sync.WaitGroup
	empty.Wait() // returns at once with a zero counter
	fmt.Println("done")
}
