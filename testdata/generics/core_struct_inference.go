// Constraint type inference through a generic interface whose core type is a struct:
// absDifference's U is inferred from its arguments, and then T from U's constraint
// numericAbs[T] (core ~struct{ Value_ T }), for ordered and complex element types.
package main

import (
	"fmt"
	"math/cmplx"
)

type Numeric interface {
	~int | ~int64 | ~float64 | ~complex128
}

type numericAbs[T Numeric] interface {
	~struct{ Value_ T }
	Abs() T
	Value() T
}

func absDifference[T Numeric, U numericAbs[T]](a, b U) T {
	d := a.Value() - b.Value()
	return U{Value_: d}.Abs()
}

type orderedAbs[T ~int | ~int64 | ~float64] struct{ Value_ T }

func (a orderedAbs[T]) Abs() T {
	if a.Value_ < 0 {
		return -a.Value_
	}
	return a.Value_
}

func (a orderedAbs[T]) Value() T { return a.Value_ }

type complexAbs struct{ Value_ complex128 }

func (a complexAbs) Abs() complex128   { return complex(cmplx.Abs(a.Value_), 0) }
func (a complexAbs) Value() complex128 { return a.Value_ }

// Pair's core type is a struct of two type parameters, found through two interfaces.
type pairOf[K comparable, V any] interface{ ~struct{ Key K; Val V } }

type keyed[K comparable, V any] interface{ pairOf[K, V] }

func keyOf[K comparable, V any, P keyed[K, V]](p P) K { return struct{ Key K; Val V }(p).Key }

type entry struct {
	Key string
	Val []int
}

type myInt int

func main() {
	fmt.Println(absDifference(orderedAbs[float64]{1.0}, orderedAbs[float64]{-2.0}))
	fmt.Println(absDifference(orderedAbs[int]{-20}, orderedAbs[int]{15}))
	fmt.Println(absDifference(orderedAbs[myInt]{3}, orderedAbs[myInt]{10}))
	fmt.Println(absDifference(complexAbs{5 + 2i}, complexAbs{2 - 2i}))
	fmt.Printf("%q\n", keyOf(entry{"k", nil}))
}
