// gc's order of evaluation: inside one expression or statement, every function call runs
// first (left to right) and plain operands (variables, fields, elements) are read after
// them. A call that changes an operand written to its left is therefore seen.
package main

import "fmt"

var x = 1

func f() int { x = 10; return 1 }

func g(a, b int) int { return a*100 + b }

type S struct{ a, b int }

type T struct{ v int }

func (t *T) bump() int { t.v++; return 0 }

func trace(s string, v int) int { fmt.Println("call", s); return v }

func main() {
	fmt.Println(x + f())
	x = 1
	fmt.Println(g(x, f()))
	x = 1
	fmt.Println([]int{x, f()})
	x = 1
	fmt.Println(S{x, f()})
	x = 1
	fmt.Println(x*2 + f())
	x = 1
	fmt.Println(map[int]int{x: f()})
	x = 1
	var a, b = x, f()
	fmt.Println(a, b)
	x = 1
	c, d := x, f()
	fmt.Println(c, d)
	x = 1
	c, d = x, f()
	fmt.Println(c, d)
	x = 1
	fmt.Println(x > 0 && f() > 0, x)

	t := &T{}
	fmt.Println(t.v + t.bump())
	s := []int{1, 2}
	h := func() int { s[0] = 50; return 0 }
	fmt.Println(s[0]+h(), s[0])

	// Calls still run left to right, innermost first.
	fmt.Println(trace("a", 1) + trace("b", trace("c", 2)) + trace("d", 3))

	// An index out of range panics only after the calls ran.
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty []int
	fmt.Println(empty[0] + trace("before the panic", 1))
}

func results() (int, int) {
	x = 1
	return x, f()
}

func init() {
	fmt.Println(results())
}
