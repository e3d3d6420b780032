// Pointers into structs and arrays (&x.f, &a[i].g) keep naming the location after the
// whole struct or array is assigned, copied over, swapped, sorted or cleared.
package main

import (
	"fmt"
	"sort"
)

type T struct{ x, y int }

type U struct {
	t T
	a [2]T
}

type Big struct {
	name string
	in   T
	arr  [3]T
}

func wholeAssign() {
	p := &T{}
	q := &p.x
	*p = T{x: 5}
	fmt.Println(*q, *p)

	var u U
	r := &u.t
	u.t = T{7, 8}
	s := &u.a[1]
	u.a = [2]T{{1, 2}, {3, 4}}
	fmt.Println(*r, *s)

	v := u
	v.t.x = 100
	fmt.Println(u.t, v.t)

	x := &Big{}
	y := &x.arr
	*x = Big{arr: [3]T{{5, 5}}}
	fmt.Println(*y)
	*x = *x
	fmt.Println(x.arr[0])
}

func elements() {
	s := []T{{1, 1}, {2, 2}, {3, 3}}
	p := &s[0].y
	s[0], s[2] = s[2], s[0]
	q := &s[1].x
	copy(s[1:], s)
	fmt.Println(*p, *q, s)

	bs := []Big{{name: "a"}, {name: "b"}}
	r := &bs[1].arr[2].x
	bs[1] = Big{name: "c", arr: [3]T{2: {x: 42}}}
	fmt.Println(*r)
	clear(bs)
	fmt.Println(*r, bs)

	var g [2]Big
	w := &g[0].in
	g = [2]Big{{in: T{9, 9}}}
	fmt.Println(*w)

	c := make([]T, 1, 2)
	d := c[:2]
	e := &d[1].x
	c = append(c, T{x: 9})
	fmt.Println(*e, c)
}

func sorted() {
	s := []T{{3, 0}, {1, 0}, {2, 0}}
	first := &s[0].x
	sort.Slice(s, func(i, j int) bool { return s[i].x < s[j].x })
	fmt.Println(*first, s)
	*first = 10
	fmt.Println(s)
}

func main() {
	wholeAssign()
	elements()
	sorted()
}
