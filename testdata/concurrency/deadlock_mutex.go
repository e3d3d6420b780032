// Locking a Mutex twice in the same goroutine: deadlock with `[sync.Mutex.Lock]` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
