package main

const (
	a = 1 << 400
	b = a * a
	c = a << 200
	d int8 = 100
	e = d * 2
)

func main() {
	println(b, c, e)
}
