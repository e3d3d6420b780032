// Waiting on a sync.Cond that nobody signals: `[sync.Cond.Wait]` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal that never comes")
	c.Wait()
}
