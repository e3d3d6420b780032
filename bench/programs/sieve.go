// CPU: sieve of Eratosthenes over a []bool -- tight nested loops with slice indexing.
package main

import "fmt"

func main() {
	const n = 20_000_000
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	count, sum := 0, 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			sum += i
		}
	}
	fmt.Println("primes below", n, "=", count, "sum", sum)
}
