// Taking the write lock while holding the read lock of the same RWMutex:
// `[sync.RWMutex.Lock]` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked; now upgrading")
	rw.Lock()
}
