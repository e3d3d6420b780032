// Fan-in: several producers merged onto one channel; the consumer sorts what it got.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go producer(id, 3, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var all []string
	for s := range out {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}
