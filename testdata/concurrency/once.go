// sync.Once runs its function exactly once, even when called from many goroutines, and every
// caller returns only after it finished. (OnceFunc/OnceValue are in once_func.go.)
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	config := ""
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls++
				config = "loaded"
			})
			if config != "loaded" {
				panic("Do returned before f finished")
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls, config)
	once.Do(func() { fmt.Println("never printed") })
}
