// recover in a deferred function of the panicking goroutine stops the panic; other
// goroutines and main carry on.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func safeDiv(a, b int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("%d/%d recovered: %v", a, b, r)
		}
	}()
	out <- fmt.Sprintf("%d/%d = %d", a, b, a/b)
}

func main() {
	var wg sync.WaitGroup
	pairs := [][2]int{{10, 2}, {1, 0}, {9, 3}}
	results := make([]string, len(pairs))
	for i, p := range pairs {
		wg.Add(1)
		ch := make(chan string, 1)
		go safeDiv(p[0], p[1], ch, &wg)
		results[i] = <-ch
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	done := make(chan any)
	go func() {
		defer func() { done <- recover() }()
		panic(fmt.Errorf("custom error %d", 7))
	}()
	fmt.Println("recovered value:", <-done)
}
