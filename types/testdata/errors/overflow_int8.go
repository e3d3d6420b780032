package main

func main() {
	var x int8 = 300
	println(x)
}
