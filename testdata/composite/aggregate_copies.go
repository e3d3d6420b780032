// Every way a struct or array value moves to a new location copies it: append (in place
// and growing), append of a slice, copy, range, map values, channels, interfaces,
// arguments, results and closures. Changing the copy never changes the original.
package main

import "fmt"

type T struct {
	x, y int
	a    [2]int
}

func mutate(t T) T {
	t.x = -1
	t.a[0] = -1
	return t
}

func main() {
	xs := []T{{x: 1}}
	ys := append([]T(nil), xs...)
	ys[0].x = 9
	ys[0].a[1] = 9
	fmt.Println(xs, ys)

	a := make([]T, 1, 1)
	b := append(a, T{})
	b[0].x = 5
	fmt.Println(a, b)

	c := make([]T, 2)
	copy(c, b)
	c[0].y = 3
	fmt.Println(b[0], c[0])

	arr := [2]T{}
	d := append([]T{}, arr[:]...)
	d[1].x = 4
	fmt.Println(arr, d)

	for _, v := range xs {
		v.x = 100
	}
	for i, v := range arr {
		v.a[i] = 100
	}
	fmt.Println(xs, arr)

	m := map[string]T{"k": {x: 7}}
	v := m["k"]
	v.x = 8
	fmt.Println(m["k"], v)

	ch := make(chan T, 1)
	t := T{x: 2}
	ch <- t
	t.x = 3
	got := <-ch
	got.y = 4
	fmt.Println(t, got)

	var i any = t
	t.y = 6
	fmt.Println(i, t)

	r := mutate(t)
	fmt.Println(t, r)

	f := func() T { return t }
	u := f()
	u.x = 11
	fmt.Println(t, u)

	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 50
	g2 := grid
	g2[1][1] = 60
	fmt.Println(grid, row, g2)
}
