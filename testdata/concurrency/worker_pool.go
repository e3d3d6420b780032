// A worker pool: 3 workers, 12 jobs on a buffered channel, results collected and summed.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- [2]int{j, j * 2}
	}
}

func main() {
	const numJobs = 12
	jobs := make(chan int, numJobs)
	results := make(chan [2]int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	doubled := make(map[int]int)
	for a := 1; a <= numJobs; a++ {
		r := <-results
		doubled[r[0]] = r[1]
	}
	for j := 1; j <= numJobs; j++ {
		fmt.Print(doubled[j], " ")
	}
	fmt.Println()
}
