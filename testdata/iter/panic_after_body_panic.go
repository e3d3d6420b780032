// An iterator that recovers the loop body's panic and calls yield again.
package main

import "fmt"

func retry(yield func() bool) {
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered", recover()) }()
			yield()
		}()
	}
}

func main() {
	n := 0
	for range retry {
		n++
		panic(n)
	}
}
