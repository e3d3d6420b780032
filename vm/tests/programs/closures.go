package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc())
	reset()
	fmt.Println(inc())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(v) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	p := &x
	*p += 41
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int { a, b = b, a+b; return a }
	}()
	for i := 0; i < 8; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
}
