package main

// Malformed number literals: the scanner reports each with Go's words and column.
func main() {
	a := 0x
	b := 089
	c := 0b102
	d := 1__0
	e := 1_
	f := 0x_1.0
	g := 0b1.0
	h := 1e
	i := 0o1e2
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
