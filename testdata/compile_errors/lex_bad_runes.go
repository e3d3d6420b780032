package main

// Malformed rune literals and escapes.
func main() {
	a := 'ab'
	b := ''
	c := '\q'
	d := '\400'
	e := '\uD800'
	f := '\x0g'
	g := '\U00110000'
	h := '\8'
	i := '\u12'
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
