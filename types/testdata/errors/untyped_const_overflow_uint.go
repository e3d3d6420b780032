package main

func main() {
	var u uint = -1
	println(u)
}
