package main

type A struct{ x int }
type B struct{ x int }

func main() {
	println(A{} == B{})
}
