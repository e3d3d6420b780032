// When gc reads the slice header of p.f in p.f[i] (after the right side, with the nil
// and bounds checks at the store), for reads, stores, op= and tuple assignments, on
// slice and array fields reached through pointers.
package main

import "fmt"

type H struct {
	items []int
	arr   [3]int
	names []string
	in    *H
}

func grow(h *H) int {
	h.items = []int{100, 200}
	return 1
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	a := []int{1}
	k := 5
	var np *H

	h := &H{items: []int{1, 2}}
	old := h.items
	h.items[0] += grow(h)
	fmt.Println("op= after a call:", old, h.items)

	h = &H{items: []int{1, 2}}
	old = h.items
	h.items[0] = grow(h)
	fmt.Println("store of a call:", old, h.items)

	h = &H{items: []int{1, 2}}
	old = h.items
	h.items, h.items[0] = []int{7, 8}, 5
	fmt.Println("header replaced first:", old, h.items)

	h = &H{items: []int{1, 2}}
	h.items[0], h.items[1] = h.items[1], h.items[0]
	h.arr[0], h.arr[2] = 4, h.arr[0]+9
	h.items[1]++
	fmt.Println("swap:", h.items, h.arr)

	h = &H{items: []int{1, 2}, in: &H{names: []string{"x", "y"}}}
	h.in.names[1] = h.in.names[0] + "z"
	x, y := 0, 0
	x, h.items[0], y = h.items[1], 9, h.items[0]
	fmt.Println("embedded and mixed:", h.in.names, h.items, x, y)

	try("nil pointer, bad right side", func() { np.items[0] = a[k] })
	try("nil pointer, tuple with a bad right side", func() { np.items[0], x = a[k], 1 })
	try("nil pointer, good right side", func() { np.items[0], x = a[0], 1 })
	try("nil pointer read", func() { fmt.Println(np.items[0]) })
	try("nil pointer array read", func() { fmt.Println(np.arr[k]) })
	h = &H{items: []int{1, 2}}
	try("second store out of range", func() { h.items[0], h.items[k] = h.items[1], h.items[0] })
	fmt.Println("after it:", h.items)
	try("both sides out of range", func() { h.items[k], h.items[0] = a[k+1], 1 })
	try("array index out of range", func() { fmt.Println(h.arr[k]) })
	try("read out of range", func() { fmt.Println(h.items[k]) })
}
