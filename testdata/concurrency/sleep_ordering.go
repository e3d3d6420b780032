// time.Sleep orders goroutines: the shortest sleeper reports first (a "sleep sort" with 50 ms gaps,
// large enough to be deterministic even on a loaded machine).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	for _, n := range []int{5, 1, 4, 2, 3} {
		go func() {
			time.Sleep(time.Duration(n) * 50 * time.Millisecond)
			out <- n
		}()
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("slept at least 50ms:", time.Since(start) >= 50*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once")
}
