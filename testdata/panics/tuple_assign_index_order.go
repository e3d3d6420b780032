// Which index panics first in a tuple assignment: gc checks the left side's indexes, in
// order, before it reads the right side's (so the swap h[i], h[j] = h[j], h[i] on an empty
// slice reports i), but only after the right side's calls have run.
package main

import "fmt"

func swap(i, j int) {
	defer func() { fmt.Println("swap", i, j, recover()) }()
	var h []int
	h[i], h[j] = h[j], h[i]
}

func f() int {
	fmt.Println("f called")
	return 1
}

func withCall() {
	defer func() { fmt.Println("with a call:", recover()) }()
	var h []int
	x := 0
	h[5], x = f(), 1
	_ = x
}

func main() {
	swap(0, -1)
	swap(-1, 0)
	swap(0, 1)
	swap(1, 0)
	a := [3]int{1, 2, 3}
	a[0], a[2] = a[2], a[0]
	fmt.Println(a)
	withCall()
}
