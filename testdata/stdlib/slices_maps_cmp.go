// The generic packages slices, maps and cmp.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type Names []string

func main() {
	// cmp
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0), cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, -math.MaxFloat64), cmp.Less(3, 3), cmp.Or("", "x", "y"), cmp.Or(0, 0), cmp.Or[string]())

	// search and comparison
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Index(s, 7), slices.Contains(s, 9), slices.IndexFunc(s, func(x int) bool { return x > 4 }))
	fmt.Println(slices.ContainsFunc(s, func(x int) bool { return x < 0 }), slices.Equal(s, slices.Clone(s)), slices.Equal([]int{}, nil))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]string{"a"}, []string{"a"}))
	fmt.Println(slices.Max(s), slices.Min(s), slices.Max([]float64{1, nan, 3}), slices.Min([]string{"pear", "apple"}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))

	// editing
	t := slices.Clone(s)
	t = slices.Insert(t, 2, 100, 200)
	fmt.Println(t, len(t))
	t = slices.Delete(t, 0, 3)
	fmt.Println(t)
	t = slices.DeleteFunc(t, func(x int) bool { return x%2 == 0 })
	fmt.Println(t)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7, 8, 9), slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"ab"}, 3))
	r := []int{1, 2, 3, 4}
	slices.Reverse(r)
	fmt.Println(r, cap(slices.Clip(make([]int, 2, 10))), cap(slices.Grow([]int{1}, 10)) >= 11)

	// sorting
	u := slices.Clone(s)
	slices.Sort(u)
	fmt.Println(u, slices.IsSorted(u), slices.IsSorted(s))
	i, found := slices.BinarySearch(u, 5)
	j, found2 := slices.BinarySearch(u, 7)
	fmt.Println(i, found, j, found2)
	fs := []float64{2.5, nan, -1, 0}
	slices.Sort(fs)
	fmt.Println(fs)
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}, {"Eve", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people, slices.IsSortedFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) }))
	k, ok := slices.BinarySearchFunc(people, "Bob", func(p person, name string) int { return strings.Compare(name, p.name) })
	fmt.Println(k, ok)
	oldest := slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	youngest := slices.MinFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(oldest, youngest)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	slices.Sort(big)
	fmt.Println(big[:5], big[95:], slices.IsSorted(big))
	names := Names{"b", "c", "a"}
	slices.Sort(names)
	fmt.Printf("%v %T\n", names, slices.Clone(names))

	// maps
	m := map[string]int{"a": 1, "b": 2}
	c := maps.Clone(m)
	c["c"] = 3
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v > 2 })
	fmt.Println(maps.Equal(m, c), maps.EqualFunc(m, map[string]string{"a": "1", "b": "2"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	keys := make([]string, 0, len(dst))
	for k := range dst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, maps.Clone(map[int]int(nil)) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}
