// sync.Cond: goroutines wait for a condition; Broadcast wakes all, Signal wakes one.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	woke := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() {
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main one more is waiting
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			woke <- i
		}()
	}
	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-woke
	}
	fmt.Println("all woke, ids sum to", sum)

	// Signal: a queue where each item wakes one consumer.
	var queue []int
	got := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			mu.Unlock()
			got <- v
		}()
	}
	for v := 1; v <= 3; v++ {
		mu.Lock()
		queue = append(queue, v*100)
		cond.Signal()
		mu.Unlock()
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-got
	}
	fmt.Println("consumed total", total)
}
