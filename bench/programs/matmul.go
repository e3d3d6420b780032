// CPU: dense matrix multiply on [][]float64 -- three nested loops, float arithmetic.
package main

import "fmt"

func matrix(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = float64((i*n+j)%7) + seed
		}
	}
	return m
}

func main() {
	const n = 400
	a, b := matrix(n, 0.5), matrix(n, 1.25)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, n)
		for k := 0; k < n; k++ {
			aik := a[i][k]
			for j := 0; j < n; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += c[i][i]
	}
	fmt.Printf("trace %.3f corner %.3f\n", trace, c[n-1][n-1])
}
