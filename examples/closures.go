// Closures capture variables, not values: each counter keeps its own state, and a function
// can build other functions.
package main

import "fmt"

// counter returns a function that counts how often it was called.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// memo wraps f so that each result is computed once.
func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

func main() {
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())

	calls := 0
	square := memo(func(x int) int { calls++; return x * x })
	fmt.Println(square(12), square(12), square(3), "computed", calls, "times")

	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(90) =", fib(90))
}
