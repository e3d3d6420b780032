// 1,000 goroutines send on one unbuffered channel: every value arrives exactly once.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	const n = 1000
	ch := make(chan int)
	for i := 1; i <= n; i++ {
		go func() { ch <- i }()
	}
	seen := make([]bool, n+1)
	sum := 0
	for i := 0; i < n; i++ {
		v := <-ch
		if seen[v] {
			fmt.Println("duplicate", v)
		}
		seen[v] = true
		sum += v
	}
	fmt.Println("sum", sum, "expected", n*(n+1)/2)
}
