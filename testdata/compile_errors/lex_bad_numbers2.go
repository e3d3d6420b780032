package main

// More malformed number literals: exponents, prefixes and separators.
func main() {
	a := 1p2
	b := 0x1p
	c := 0x.p1
	d := 0o8
	e := 0b_
	f := 0.5_
	g := 0x1_i
	h := 0x__1
	i := 1.e+_5
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
