package main

type T struct{}

func main() {
	var a, b T
	_ = a + b
}
