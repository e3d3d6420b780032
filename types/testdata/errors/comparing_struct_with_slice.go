package main

type T struct{ s []int }

func main() {
	var a, b T
	println(a == b)
}
