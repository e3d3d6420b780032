package main

func main() {
	println(*nil)
}
