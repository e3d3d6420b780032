package main

func f() {}

func main() {
	x := f()
	println(x)
}
