package main

type T struct{ a int }

func main() {
	_ = T{a: 1, a: 2}
}
