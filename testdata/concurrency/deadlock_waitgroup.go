// Waiting on a WaitGroup that is never Done: deadlock with `[sync.WaitGroup.Wait]` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); fmt.Println("one worker done") }()
	wg.Wait()
}
