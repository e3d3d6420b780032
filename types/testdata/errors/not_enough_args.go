package main

func f(x, y int) {}

func main() {
	f(1)
}
