package main

var (
	s  uint    = 33
	u          = 1.0 << s
	v  float32 = 1 << s
	w  int64   = 1.0 << s
	x          = 1 << s
	a3         = 1.0<<s + 0
)

const c uint = 65

var a2 int = 1.0 << c

func main() {
	println(u, v, w, x, a3, a2)
}
