// A sync.Mutex is not tied to a goroutine: one goroutine may lock it and another unlock it
// (a mutex used as a binary semaphore / hand-over).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine unlocks main's lock")
		mu.Unlock()
		done <- true
	}()
	mu.Lock() // blocks until the goroutine unlocks
	fmt.Println("main acquired the lock again")
	<-done
	mu.Unlock()
	fmt.Println("TryLock:", mu.TryLock())
}
