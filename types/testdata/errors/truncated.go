package main

func main() {
	var x int = 1.5
	println(x)
}
