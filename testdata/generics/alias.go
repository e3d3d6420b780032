package main

// Generic type aliases (Go 1.24): an instance is the right-hand side with the arguments in
// place, not a new type, so it converts freely to and from the spelled-out type.

import (
	"fmt"
	"sort"
)

type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// An alias of a generic type instance, with one parameter left open.
type IntPair[V any] = Pair[int, V]

type List[T any] = []T

type Num interface{ ~int | ~float64 }

type Nums[T Num] = []T

func add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func keys(s Set[string]) []string {
	var out List[string]
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sum[T Num](xs Nums[T]) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := Set[string]{}
	add(s, "b", "a", "b")
	fmt.Println(len(s), keys(s))
	var m map[string]struct{} = s
	fmt.Printf("%T %T\n", s, m)

	p := IntPair[string]{1, "x"}
	var q Pair[int, string] = p
	fmt.Printf("%T %v %v\n", p, q, p == q)
	fmt.Println(IntPair[bool]{Key: 2, Val: true}.String())

	l := List[float64]{1.5, 2}
	l = append(l, 3)
	fmt.Printf("%T %v %d\n", l, l, len(l))
	fmt.Println(sum(Nums[int]{1, 2, 3}), sum([]float64{0.5, 0.25}))

	var any1 any = Set[int]{}
	_, ok := any1.(map[int]struct{})
	fmt.Println("same type:", ok)
}
