package main

// Misuse of the containers panics as under Go: a heap index out of range reaches the
// collection's Swap, a nil *Element has no fields.

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	x := (*h)[len(*h)-1]
	*h = (*h)[:len(*h)-1]
	return x
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("list remove nil", func() { list.New().Remove(nil) })
	try("list insert before nil", func() { list.New().InsertBefore(1, nil) })
	try("ring link to nil ring", func() {
		var r *ring.Ring
		r.Next()
	})
	try("heap fix out of range", func() {
		h := &ints{1, 2}
		heap.Fix(h, 5)
		fmt.Println(*h)
	})
	h := &ints{1, 2}
	heap.Remove(h, 5)
}
