// Division of a complex constant by a zero constant is a compile error (a variable divided
// by zero is not: it gives Inf and NaN parts at run time).
package main

import "fmt"

func main() {
	const c = 1 + 2i
	var x complex128 = 3
	fmt.Println(x / 0)
	fmt.Println(c / 0)
	fmt.Println(complex128(1+1i) / 0i)
	fmt.Println(c / (1i - 1i))
}
