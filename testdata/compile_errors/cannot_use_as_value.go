package main

func takesInt(n int) {}

func main() {
	takesInt("hello")
}
