// Package sort: Sort with a custom Less orders equal keys exactly as Go's pdqsort does
// (insertion sort for short runs, ninther pivots, pattern breaking, partial insertion
// sort on nearly sorted input, equal-element partitions), for many sizes and input
// shapes; Stable, Reverse, IsSorted, Float64s with NaNs, Search/Find and the Search*
// helpers.
package main

import (
	"fmt"
	"math"
	"sort"
)

type item struct{ key, id int }

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// counting counts calls, so the number of comparisons is pinned too.
type counting struct {
	byKey
	less, swap *int
}

func (c counting) Less(i, j int) bool { *c.less++; return c.byKey.Less(i, j) }
func (c counting) Swap(i, j int)      { *c.swap++; c.byKey.Swap(i, j) }

func shape(name string, n int) []item {
	xs := make([]item, n)
	seed := uint32(n*7 + len(name))
	for i := range xs {
		seed = seed*1664525 + 1013904223
		var k int
		switch name {
		case "random":
			k = int(seed>>8) % (n/3 + 1)
		case "sorted":
			k = i / 3
		case "reversed":
			k = (n - i) / 2
		case "equal":
			k = 1
		case "sawtooth":
			k = i % 17
		case "organ":
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case "nearly":
			k = i
			if i%50 == 7 {
				k = i - 20
			}
		case "few":
			k = int(seed>>12) % 3
		}
		xs[i] = item{k, i}
	}
	return xs
}

func digest(xs []item) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range xs {
		h = (h ^ uint64(x.id)) * 1099511628211
	}
	return h
}

func main() {
	for _, name := range []string{"random", "sorted", "reversed", "equal", "sawtooth", "organ", "nearly", "few"} {
		for _, n := range []int{0, 1, 5, 12, 13, 40, 51, 150, 1000, 5000} {
			xs := shape(name, n)
			var less, swap int
			sort.Sort(counting{byKey(xs), &less, &swap})
			if !sort.IsSorted(byKey(xs)) {
				fmt.Println("NOT SORTED", name, n)
			}
			fmt.Println(name, n, digest(xs), less, swap)
			if n == 40 {
				fmt.Println(xs)
			}
			ys := shape(name, n)
			sort.Stable(byKey(ys))
			zs := shape(name, n)
			sort.Slice(zs, func(i, j int) bool { return zs[i].key < zs[j].key })
			fmt.Println(" stable", digest(ys), "slice", digest(zs), digest(zs) == digest(xs))
		}
	}
	rs := shape("random", 30)
	sort.Sort(sort.Reverse(byKey(rs)))
	fmt.Println(rs, sort.IsSorted(sort.Reverse(byKey(rs))))
	fl := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.NaN(), math.Inf(-1)}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	sort.Sort(sort.Reverse(sort.Float64Slice(fl)))
	fmt.Println(fl)
	ss := sort.StringSlice{"b", "c", "a", "B", ""}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Search("bb"), sort.SearchStrings(ss, "A"))
	is := sort.IntSlice{5, 1, 4}
	is.Sort()
	fmt.Println(is, is.Search(4), sort.SearchFloat64s([]float64{1, 2.5, 4}, 2.5))
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
	data := []string{"apple", "banana", "cherry", "date"}
	for _, t := range []string{"banana", "coconut", "zzz", "a"} {
		i, found := sort.Find(len(data), func(i int) int {
			switch {
			case t < data[i]:
				return -1
			case t > data[i]:
				return 1
			}
			return 0
		})
		fmt.Println(t, i, found)
	}
	fmt.Println(sort.SliceIsSorted([]int{3, 2}, func(i, j int) bool { return false }))
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
