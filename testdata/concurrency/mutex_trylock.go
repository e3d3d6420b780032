// Mutex.TryLock and RWMutex.TryLock/TryRLock report whether they acquired the lock.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	held := make(chan bool)
	go func() { held <- mu.TryLock() }()
	fmt.Println("TryLock from another goroutine:", <-held)
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock())
	fmt.Println("TryRLock again:", rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
}
