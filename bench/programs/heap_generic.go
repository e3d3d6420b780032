// heap_generic.go: heap_plain.go written with type parameters (a generic Max over a slice
// and a generic binary min-heap, instantiated with int): bench/run.sh prints minigo's time
// for this program over its plain twin's.
package main

import (
	"cmp"
	"fmt"
)

// Max is the largest element of xs (xs is not empty).
func Max[T cmp.Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

// Heap is a binary min-heap of any ordered type.
type Heap[T cmp.Ordered] struct{ items []T }

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if h.items[parent] <= h.items[i] {
			break
		}
		h.items[parent], h.items[i] = h.items[i], h.items[parent]
		i = parent
	}
}

func (h *Heap[T]) Pop() T {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		small, l, r := i, 2*i+1, 2*i+2
		if l < last && h.items[l] < h.items[small] {
			small = l
		}
		if r < last && h.items[r] < h.items[small] {
			small = r
		}
		if small == i {
			return top
		}
		h.items[i], h.items[small] = h.items[small], h.items[i]
		i = small
	}
}

func main() {
	xs := make([]int, 1000)
	seed := 12345
	check := 0
	for round := 0; round < 300; round++ {
		for i := range xs {
			seed = (seed*1103515245 + 12345) % 2147483648
			xs[i] = seed % 1000003
		}
		check += Max(xs)
		h := &Heap[int]{}
		for _, x := range xs {
			h.Push(x)
		}
		for k := 0; k < len(xs); k++ {
			check = (check*31 + h.Pop()) % 1000000007
		}
	}
	fmt.Println(check)
}
