// Generic functions: Map/Filter/Reduce, a cmp-like Max, explicit and inferred
// instantiation, partial instantiation, untyped constant arguments.
package main

import (
	"fmt"
	"strconv"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		m = Max(m, x)
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Convert[To, From ~int | ~float64](x From) To { return To(x) }

type Celsius float64

func Sum[S ~[]E, E Ordered](s S) E {
	var total E
	for _, x := range s {
		total += x
	}
	return total
}

type Temps []Celsius

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Max(3, 7), Max(2.5, 1), Max("a", "b"), Max[float64](1, 2.5))
	fmt.Println(Max(Celsius(20), 30.5))
	fmt.Println(MaxOf(4, 9, 2), MaxOf("x"))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(evens))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce([]string{"a", "b"}, "", func(a string, x string) string { return a + x }))
	fmt.Println(Convert[int](3.9), Convert[float64, int](7))
	fmt.Println(Sum(Temps{1.5, 2.5}), Sum([]int{1, 2, 3}))
	fmt.Printf("%v %q %v %T\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[Celsius]())
	f := Max[int]
	fmt.Println(f(10, 4))
	fmt.Printf("%T\n", Map[int, string])
}
