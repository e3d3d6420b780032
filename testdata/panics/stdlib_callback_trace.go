// golden: trace-frames=math/rand/v2.(*Rand).IntN strings.Map slices.SortFunc[...]
// A panic in a standard-library function called from a callback that another
// standard-library function calls, inside nested closures: the trace names the library
// functions by their import paths (math/rand/v2.(*Rand).IntN) and generic ones with
// [...] (slices.SortFunc[...]), and the closures main.main.func1.func1...
package main

import (
	"math/rand/v2"
	"slices"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	func() {
		s := []int{3, 1, 2}
		slices.SortFunc(s, func(a, b int) int {
			strings.Map(func(c rune) rune {
				if c == 'x' {
					r.IntN(0)
				}
				return c
			}, "abx")
			return a - b
		})
	}()
}
