// Operators complex numbers do not have: %, bit operations, shifts, logical operators.
package main

func main() {
	var x complex128 = 1
	_ = x % x
	_ = x << 1
	_ = ^x
	_ = x & x
	_ = x && x
	_ = !x
	_ = 1 << x
	_ = (1i) % 2
	_ = x + "a"
}
