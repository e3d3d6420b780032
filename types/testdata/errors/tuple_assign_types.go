package main

func f() (float32, int) { return 0, 0 }

func main() {
	var a, b int
	a, b = f()
	x, y := 1, "s"
	x, y = y, x
	println(a, b, x, y)
}
