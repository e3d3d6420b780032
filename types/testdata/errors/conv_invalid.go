package main

func main() {
	s := "a"
	println(int(s))
}
