package main

type T struct{ a int }

func main() {
	var t T
	println(t.b)
}
