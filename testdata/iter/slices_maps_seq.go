// The iterator functions of packages slices and maps.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type celsius []float64

func firstN[E any](seq iter.Seq[E], n int) []E {
	var out []E
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	s := []string{"b", "c", "a"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		if i == 1 {
			break
		}
		fmt.Print("backward ", i, v, " ")
	}
	fmt.Println()
	fmt.Println(firstN(slices.Values(s), 2))
	for range slices.All([]int(nil)) {
		fmt.Println("not reached")
	}

	temps := celsius{21.5, -3, 18}
	fmt.Printf("%T %v\n", slices.Collect(slices.Values(temps)), slices.Sorted(slices.Values(temps)))
	more := slices.AppendSeq(temps[:1], slices.Values([]float64{1, 2}))
	fmt.Printf("%T %v %v\n", more, more, temps)
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil, len(slices.AppendSeq([]int{}, slices.Values([]int{}))))

	words := []string{"Banana", "apple", "Cherry", "avocado", "blueberry"}
	byLower := func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) }
	fmt.Println(slices.SortedFunc(slices.Values(words), byLower))
	byInitial := func(a, b string) int { return cmp.Compare(strings.ToLower(a[:1]), strings.ToLower(b[:1])) }
	fmt.Println(slices.SortedStableFunc(slices.Values(words), byInitial))
	fmt.Println(words)

	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	for c := range slices.Chunk(nums, 10) {
		fmt.Println(c, len(c), cap(c))
	}
	for c := range slices.Chunk([]int{}, 2) {
		fmt.Println("not reached", c)
	}
	type ids []int
	for c := range slices.Chunk(ids{9, 8}, 1) {
		fmt.Printf("%T %v\n", c, c)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Chunk(nums, 0)
	}()

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	var pairs []string
	for k, v := range maps.All(m) {
		pairs = append(pairs, fmt.Sprint(k, "=", v))
	}
	slices.Sort(pairs)
	fmt.Println(pairs)
	n := 0
	for range maps.Keys(m) {
		n++
		break
	}
	fmt.Println("stopped after", n)

	copyM := maps.Collect(maps.All(m))
	fmt.Println(maps.Equal(copyM, m), len(copyM))
	byIndex := maps.Collect(slices.All([]string{"x", "y", "x"}))
	fmt.Println(byIndex)
	inverse := map[string]int{}
	maps.Insert(inverse, func(yield func(string, int) bool) {
		for i, w := range []string{"a", "b", "a"} {
			if !yield(w, i) {
				return
			}
		}
	})
	fmt.Println(inverse)
	empty := maps.Collect(maps.All(map[int]int(nil)))
	fmt.Println(empty == nil, len(empty))
}
