package main

func main() {
	a, b := 1, 2
	println(a)
}
