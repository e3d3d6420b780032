// A three-stage pipeline: generate -> square -> sum, each stage a goroutine.
// golden: gomaxprocs=1,2
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	for v := range filterOdd(square(generate(9))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for v := range square(square(generate(100))) {
		sum += v
	}
	fmt.Println("sum of fourth powers 1..100 =", sum)
}
