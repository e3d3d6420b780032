package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " len=", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func numbered(n, from int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = from + i
		r = r.Next()
	}
	return r
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-3) == nil)
	var none *ring.Ring
	fmt.Println(none.Len())
	none.Do(func(any) { fmt.Println("never") })

	r := numbered(5, 1)
	show("r", r)
	show("next", r.Next())
	show("prev", r.Prev())
	show("move 2", r.Move(2))
	show("move -2", r.Move(-2))
	show("move 12", r.Move(12))
	show("move -7", r.Move(-7))
	show("move 0", r.Move(0))

	s := numbered(3, 10)
	after := r.Link(s)
	show("linked", r)
	show("returned", after)

	removed := r.Unlink(3)
	show("unlinked 3", r)
	show("removed", removed)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	show("unlink 7 of 5", r.Unlink(7))
	show("left", r)

	// Link with an element of the same ring removes the elements between.
	t := numbered(6, 0)
	cut := t.Link(t.Move(3))
	show("t", t)
	show("cut", cut)

	// The zero Ring is a ring of one.
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(5) == &z)
	var y ring.Ring
	y.Value = "y"
	fmt.Println(y.Move(-3) == &y)
	z.Value = "z"
	z.Link(&y)
	show("z+y", &z)
	var w ring.Ring
	w.Value = "w"
	w.Link(nil)
	show("w", &w)

	sum := 0
	numbered(100, 1).Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)
	one := ring.New(1)
	one.Value = 1
	show("one", one)
	show("one unlink", one.Unlink(1))
	show("one after", one)
}
