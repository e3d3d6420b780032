package main

type T struct {
	a, b
}

func main() {}
