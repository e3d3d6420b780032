// A panic in a method of an instantiated generic type, called from a closure passed to a
// generic function, called from a nested closure: Go names the frames
// main.(*List[...]).At, main.main.func1.func1, main.Map[...] and main.main.func1.
package main

import "fmt"

type List[T any] struct{ xs []T }

func (l *List[T]) At(i int) T { return l.xs[i] }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	l := &List[string]{xs: []string{"a"}}
	func() {
		fmt.Println(Map([]int{0, 1}, func(i int) string {
			return l.At(i)
		}))
	}()
}
