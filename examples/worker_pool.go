// A worker pool: a fixed number of goroutines take jobs from one channel and send results
// on another; the main goroutine closes the jobs channel and gathers every result.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond) // pretend to work
		results <- result{job: j, worker: id, value: j * j}
	}
}

func main() {
	const workers, jobCount = 4, 20
	jobs := make(chan int)
	results := make(chan result, jobCount)
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= jobCount; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	for _, r := range all {
		sum += r.value
	}
	fmt.Println("jobs done:", len(all), "sum of squares:", sum)
	fmt.Println("first:", all[0].job, "squared is", all[0].value, "last:", all[len(all)-1].job, "squared is", all[len(all)-1].value)
}
