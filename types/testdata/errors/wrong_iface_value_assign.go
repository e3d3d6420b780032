package main

func main() {
	var e error
	var s string = e
	println(s)
}
