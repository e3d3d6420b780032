// A panic in a nested loop body passes through both iterators, running their deferred
// calls and the ones the bodies queued on main, then ends the program.
package main

import "fmt"

//go:noinline
func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator", n, "unwinds")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := range count(2) {
		defer fmt.Println("outer body defer", i)
		for j := range count(3) {
			fmt.Println(i, j)
			if i == 1 && j == 1 {
				panic(fmt.Sprintf("at %d,%d", i, j))
			}
		}
	}
}
