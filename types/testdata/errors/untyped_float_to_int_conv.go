package main

func main() {
	println(int(1.5))
}
