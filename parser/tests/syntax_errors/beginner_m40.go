package main

func main() {
	type T struct {
		a int
	}
	var t T = T{a: 1
	_ = t
}
