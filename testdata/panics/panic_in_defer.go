// Deferred calls run while panicking; a later panic replaces an earlier one when recovered.
package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func f() (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	defer func() { panic("second") }()
	defer cleanup("f")
	panic("first")
}

func levels(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		panic("bottom")
	}
	levels(n - 1)
}

func main() {
	fmt.Println(f())
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		levels(3)
	}()
}
