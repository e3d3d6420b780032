// sync.WaitGroup: Add before go, Done in defer, Wait for all; a WaitGroup is reusable.
// (WaitGroup.Go is in waitgroup_go.go.)
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

	var empty sync.WaitGroup
	empty.Wait() // returns at once with a zero counter
	fmt.Println("done")
}
