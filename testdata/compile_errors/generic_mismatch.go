package main

func Max[T int | float64](a, b T) T { return a }

func main() {
	var x int
	var y float64
	_ = Max(x, y)
	f := Max
	_ = f
}
