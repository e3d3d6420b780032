// Untyped complex constants as operands of typed operations, array lengths, indices, make
// sizes and shift counts: each must be representable by the type the context gives it. Case
// values that are complex constants are not checked for duplicates (nor are booleans).
package main

func main() {
	var f float64
	var i int
	_ = f + 1i
	_ = i + 0i
	_ = f == 2i
	_ = i * (1 + 1i)
	var a [2i]int
	var s []int
	_ = s[1i]
	_ = s[1+0i]
	_ = make([]int, 2i)
	_ = 1 << 2i
	_ = 1i << 2
	const k = 1 << (1 + 0i)
	_ = a
	var c complex64
	_ = c == 1e300
	switch c {
	case 1i, 1i:
	}
}
