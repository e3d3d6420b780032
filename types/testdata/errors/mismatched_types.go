package main

func main() {
	x := 1
	y := "a"
	println(x == y)
}
