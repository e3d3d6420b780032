// A panic in an iterator driven by iter.Pull that nobody recovers ends the program from
// the goroutine that called next.
package main

import (
	"fmt"
	"iter"
)

func main() {
	next, stop := iter.Pull(func(yield func(string) bool) {
		yield("first")
		panic("iterator failed")
	})
	defer stop()
	fmt.Println(next())
	fmt.Println(next())
}
