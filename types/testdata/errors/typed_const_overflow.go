package main

const c int8 = 100

func main() {
	println(c * 3)
}
