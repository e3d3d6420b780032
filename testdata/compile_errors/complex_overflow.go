// A complex constant must be representable by its complex type part by part.
package main

import "fmt"

func main() {
	var a complex64 = 1e300
	var b complex64 = complex(1e40, 0)
	var c complex128 = 1e309i
	d := complex64(1e39)
	const e complex64 = 1e38
	var f = e * 10
	fmt.Println(a, b, c, d, f)
}
