package main

func main() {
	var x int
	x = "hello"
	println(x)
}
