// A deadlock among several goroutines (a lock-order cycle plus main waiting on them): Go
// reports it from goroutine 1's point of view, `[sync.WaitGroup.Wait]` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	aHeld, bHeld := make(chan bool, 1), make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		aHeld <- true
		<-bHeld
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		bHeld <- true
		<-aHeld
		a.Lock()
	}()
	fmt.Println("waiting for two goroutines that lock in opposite orders")
	wg.Wait()
}
