// A parallel merge sort: each half sorted in its own goroutine down to a cutoff.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sort"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func mergeSort(s []int) []int {
	if len(s) <= 64 {
		c := append([]int(nil), s...)
		sort.Ints(c)
		return c
	}
	mid := len(s) / 2
	left := make(chan []int)
	go func() { left <- mergeSort(s[:mid]) }()
	right := mergeSort(s[mid:])
	return merge(<-left, right)
}

func main() {
	data := make([]int, 5000)
	x := 42
	for i := range data {
		x = (x*1103515245 + 12345) % 1000003
		data[i] = x
	}
	sorted := mergeSort(data)
	fmt.Println(len(sorted), sort.IntsAreSorted(sorted), sorted[0], sorted[len(sorted)-1])
}
