// Typed constants, default types of untyped constants, and constant expressions.
package main

import "fmt"

type Celsius float64
type Name string

const boiling Celsius = 100
const greeting Name = "hi"
const limit int8 = 127

func main() {
	fmt.Printf("%T %v\n", boiling, boiling)
	fmt.Printf("%T %v\n", greeting+"!", greeting+"!")
	fmt.Printf("%T %v\n", limit, limit)
	var v = 1
	var fl = 1.5
	var r = 'r'
	var b = 1 < 2
	var s = "s"
	fmt.Printf("%T %T %T %T %T\n", v, fl, r, b, s)
	fmt.Println(len("hello") * 2)
	const n = len("constant")
	var arr [n]int
	fmt.Println(len(arr))
	var half = boiling / 2
	fmt.Printf("%T %v\n", half, half)
}
