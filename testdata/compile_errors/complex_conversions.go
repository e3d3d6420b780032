// Complex values convert only to complex types; complex constants convert to other numeric
// types only when their imaginary part is zero.
package main

import "fmt"

func main() {
	const c = 1 + 2i
	var x complex128 = c
	fmt.Println(int(c), float64(c), int(x), float64(x), string(x), complex128(1.5))
	fmt.Println(int(1+0i), float32(c-2i))
	var s string = 1i
	var b bool = 1i
	fmt.Println(s, b)
}
