// Go's words when a type argument cannot have its constraint's core type: inference names
// the type parameter and the constraint as written (`M (type []int) does not satisfy
// ~map[K]V`); explicit type arguments are checked against the instantiated constraint; a
// constraint written as an interface literal prints as one; a constant argument does
// not decide a parameter whose constraint is a single exact term (`interface{ *T }`).
package main

type Map map[string]int

func Keys[M ~map[K]V, K comparable, V any](m M) {}

func Firsts[S ~[]E, E any](s S) {}

func Ptr[P interface{ *T }, T any](p P) {}

func Num[T interface{ ~int | ~float64 }](x T) {}

func Only[T interface{ ~[]int }](x T) {}

func main() {
	Keys([]int{})
	Firsts(Map{})
	Ptr(3)
	Num("s")
	var f func(int)
	Keys(f)
	Keys[[]int, string, int](nil)
	Only[map[int]int](nil)
	Firsts(struct{ a []int }{})
}
