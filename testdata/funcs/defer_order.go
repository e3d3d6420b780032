// defer: LIFO order, arguments evaluated at defer time, defers in loops, closures see later values.
package main

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("arg evaluated early:", x)
	defer func() { fmt.Println("closure sees late:", x) }()
	x = 2
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func resources() {
	for _, n := range []string{"a", "b", "c"} {
		t := T{n}
		defer t.Close()
	}
}

func main() {
	order()
	args()
	resources()
	defer fmt.Println("main's defer runs last")
	fmt.Println("main body")
}
