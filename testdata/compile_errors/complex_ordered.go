// Complex values are comparable but not ordered.
package main

func main() {
	var x, y complex128 = 1, 2i
	_ = x < y
	_ = 1i < 2i
	_ = complex(1, 1) >= 3
	const c = 1 + 1i
	_ = c > 0
	var z complex64
	_ = max(z, z)
}
