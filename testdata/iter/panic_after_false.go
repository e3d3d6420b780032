// An iterator that calls yield after the loop body returned false: Go's run-time error.
package main

import "fmt"

func stubborn(yield func(string) bool) {
	for _, s := range []string{"a", "b"} {
		yield(s)
	}
}

func main() {
	for s := range stubborn {
		fmt.Println(s)
		break
	}
}
