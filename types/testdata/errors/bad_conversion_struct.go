package main

type T struct{ x int }

func main() {
	println(int(T{}))
}
