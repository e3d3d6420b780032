// RUnlock of an RWMutex that is not read-locked is a fatal error (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read lock released")
	rw.RUnlock()
}
