// A store to a field through a nil pointer panics after the right side is evaluated, as gc
// does, and a load in an expression panics after the expression's calls ran.
package main

import "fmt"

type T struct {
	x, y int
	q    *T
}

func g(s string) int {
	fmt.Println("evaluated", s)
	return 1
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var p *T
	try("store", func() { p.x = g("store") })
	try("op-assign", func() { p.x += g("op-assign") })
	try("nested", func() {
		r := &T{}
		r.q.y = g("nested")
	})
	try("tuple", func() { p.x, p.y = g("tuple a"), g("tuple b") })
	try("load", func() { fmt.Println(p.x + g("load")) })
	try("ok", func() {
		r := &T{q: &T{}}
		r.q.y = g("ok")
		r.q.x += r.q.y
		fmt.Println(*r.q)
	})
}
