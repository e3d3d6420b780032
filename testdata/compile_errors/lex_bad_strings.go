package main

// Malformed escapes in interpreted strings, a newline in a rune literal and in a string.
func main() {
	a := "\'"
	b := "x\z"
	c := "\xZZ"
	d := "\uDFFF"
	e := "\777"
	f := 'x
	g := "abc
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
