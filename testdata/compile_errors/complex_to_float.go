// An untyped complex constant with a nonzero imaginary part overflows a float type and is
// truncated by an integer type.
package main

import "fmt"

func main() {
	const c = 1 + 2i
	var f float64 = c
	var g float32 = 2i
	var i int = 3i
	var u uint8 = c * c
	fmt.Println(f, g, i, u)
}
