// A recovered panic can be re-raised; the program then dies with the new panic value.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	panic("first")
}

func main() {
	defer fmt.Println("main deferred print still runs")
	inner()
	fmt.Println("not reached")
}
