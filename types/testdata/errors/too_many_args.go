package main

func f(x int) {}

func main() {
	f(1, 2)
}
