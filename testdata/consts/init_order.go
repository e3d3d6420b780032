// Package-level initialisation order follows dependencies; init functions run in order.
package main

import "fmt"

var a = b + 1
var b = f()
var c = "c"

func f() int {
	fmt.Println("f called, c =", c)
	return 10
}

func init() {
	fmt.Println("first init", a, b)
}

func init() {
	fmt.Println("second init")
	a = 100
}

func main() {
	fmt.Println("main", a, b)
}
