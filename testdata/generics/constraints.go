// Constraints: ~ terms, unions, embedded constraints, methods in constraints, comparable
// as map keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func Double[T Number](x T) T { return x * 2 }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Describe[T StringableInt](x T) string { return x.String() + fmt.Sprint(int(x)+1) }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	c := make(map[T]int)
	for _, x := range xs {
		c[x]++
	}
	return c
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type point struct{ x, y int }

func main() {
	fmt.Println(Double(21), Double(1.25), Double(MyInt(4)), Double[int8](60))
	fmt.Println(Join([]MyInt{1, 2, 3}, ", "))
	fmt.Println(Describe(MyInt(7)))
	ks := Keys(map[string]int{"b": 2, "a": 1, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	c := Count([]string{"x", "y", "x"})
	fmt.Println(c["x"], c["y"], len(c))
	pc := Count([]point{{1, 2}, {1, 2}, {3, 4}})
	fmt.Println(pc[point{1, 2}], len(pc))
	fmt.Println(Index([]any{1, "a", 2.5}, any("a")), Index([]float64{1, 2}, 3))
}
