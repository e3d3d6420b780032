// Closures: counters with captured state, shared captures, closures over parameters.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func pair() (func(), func() int) {
	v := 0
	return func() { v += 10 }, func() int { return v }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add := adder(100)
	fmt.Println(add(1), add(2), add(3))
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	fmt.Println(compose(double, square)(3), compose(square, double)(3))
	x := 1
	f := func() { x *= 5 }
	f()
	f()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	func() { fmt.Println("immediately invoked") }()
}
