// An iterator that recovers the loop body's panic and returns normally.
package main

import "fmt"

func quiet(yield func(int) bool) {
	defer func() { fmt.Println("recovered", recover()) }()
	yield(7)
}

func main() {
	defer fmt.Println("main's deferred call runs")
	for x := range quiet {
		defer fmt.Println("body's deferred call runs", x)
		panic(fmt.Errorf("body %d", x))
	}
}
