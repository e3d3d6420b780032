// Generics are outside minigo's Go subset: minigo must reject this program with a compile
// error (exit 1) and its own message. Not a golden: Go itself runs it fine.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(x int) string { return fmt.Sprint(x * 2) }))
}
