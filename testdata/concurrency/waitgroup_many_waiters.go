// Several goroutines Wait on the same WaitGroup: all are released when the counter hits zero.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var work sync.WaitGroup
	work.Add(3)
	released := make(chan int, 5)
	for w := 0; w < 5; w++ {
		go func() {
			work.Wait()
			released <- w
		}()
	}
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(10 * time.Millisecond)
			work.Done()
		}()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-released
	}
	fmt.Println("all waiters released, ids sum to", sum)
}
