// sort.Slice (unstable) orders equal keys exactly as Go's pdqsort does; SliceStable keeps them in order.
package main

import (
	"fmt"
	"sort"
)

type kv struct{ k, v int }

func main() {
	var xs []kv
	seed := 7
	for i := 0; i < 300; i++ {
		seed = (seed*1103515245 + 12345) % 2147483648
		xs = append(xs, kv{seed % 7, i})
	}
	ys := append([]kv(nil), xs...)
	sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k })
	sort.SliceStable(ys, func(i, j int) bool { return ys[i].k > ys[j].k })
	fmt.Println(xs[:40])
	fmt.Println(ys[:40])
	fmt.Println(sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i].k < xs[j].k }))
}
