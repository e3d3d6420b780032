// Deep recursion inside a goroutine: Go grows goroutine stacks on demand (2 KB initially), so
// 100,000 nested calls are fine; an interpreter must not use the host stack for Go calls.
// golden: gomaxprocs=1,2
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	results := make(chan int)
	for _, n := range []int{10, 1000, 100000} {
		go func() { results <- depth(n) }()
		fmt.Println(<-results)
	}
}
