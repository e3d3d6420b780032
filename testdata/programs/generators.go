// Closure-based generators and iterators: fibonacci, primes, take/map chains.
package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primes() func() int {
	var found []int
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func take(gen func() int, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = gen()
	}
	return out
}

func mapGen(gen func() int, f func(int) int) func() int {
	return func() int { return f(gen()) }
}

func main() {
	fmt.Println(take(fibGen(), 15))
	fmt.Println(take(primes(), 20))
	squares := mapGen(fibGen(), func(x int) int { return x * x })
	fmt.Println(take(squares, 8))
	p := primes()
	var last int
	for i := 0; i < 1000; i++ {
		last = p()
	}
	fmt.Println(last)
}
