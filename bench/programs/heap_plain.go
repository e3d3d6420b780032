// heap_plain.go: the non-generic twin of heap_generic.go (same work, int-only code): a
// Max over a slice and a binary min-heap in a hot loop.
package main

import "fmt"

// maxInt is the largest element of xs (xs is not empty).
func maxInt(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

// intHeap is a binary min-heap of ints.
type intHeap struct{ items []int }

func (h *intHeap) push(x int) {
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

func (h *intHeap) pop() int {
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
		check += maxInt(xs)
		h := &intHeap{}
		for _, x := range xs {
			h.push(x)
		}
		for k := 0; k < len(xs); k++ {
			check = (check*31 + h.pop()) % 1000000007
		}
	}
	fmt.Println(check)
}
