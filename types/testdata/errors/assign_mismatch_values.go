package main

func main() {
	a, b := 1
	println(a, b)
}
