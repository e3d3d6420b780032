// runtime.Gosched on one P: two goroutines take turns through an atomic flag, each yielding
// until it is its turn (no channels, no locks).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var turn atomic.Int32
	var log []string
	var wg sync.WaitGroup
	player := func(me int32, name string) {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			for turn.Load() != me {
				runtime.Gosched()
			}
			log = append(log, name)
			turn.Store(1 - me)
		}
	}
	wg.Add(2)
	go player(0, "tick")
	go player(1, "tock")
	wg.Wait()
	fmt.Println(log)
}
