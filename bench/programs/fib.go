// CPU: naive recursive Fibonacci -- function-call overhead (the classic interpreter benchmark:
// yaegi ~250x native Go, goscript ~170x; minigo's target is < 50x).
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("fib(35) =", fib(35))
}
