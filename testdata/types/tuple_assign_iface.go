package main

// A multi-valued right-hand side (call, map index, receive, type assertion) assigned to
// interface-typed variables: each value is boxed with its dynamic type.

import "fmt"

type MyInt int

func (i MyInt) String() string { return "a" }

func f() (MyInt, bool) { return 1, true }

func main() {
	var s fmt.Stringer
	var ok bool
	s, ok = f()
	fmt.Println(s, ok)
	var a any
	a, ok = map[int]int{}[1]
	fmt.Println(a, ok)
	ch := make(chan int, 1)
	ch <- 4
	a, ok = <-ch
	fmt.Println(a, ok)
	var y any
	y, ok = a.(int)
	fmt.Println(y, ok)
}

func init() {
	var s, ok2 = f()
	var t fmt.Stringer
	var u, ok3 any = f()
	t, _ = f()
	fmt.Println(s, ok2, t, u, ok3)
}
