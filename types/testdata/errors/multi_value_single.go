package main

func f() (int, int) { return 1, 2 }

func main() {
	x := f() + 1
	println(x)
}
