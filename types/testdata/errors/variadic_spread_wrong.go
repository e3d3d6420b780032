package main

func f(xs ...int) {}

func main() {
	ys := []string{"a"}
	f(ys...)
}
