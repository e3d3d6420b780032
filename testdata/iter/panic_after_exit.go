// A yield function called after its whole loop has ended: Go's run-time error.
package main

import "fmt"

func main() {
	var keep func(int, int) bool
	seq := func(yield func(int, int) bool) {
		keep = yield
		yield(1, 2)
	}
	for a, b := range seq {
		fmt.Println(a, b)
	}
	fmt.Println("calling the saved yield")
	keep(3, 4)
}
