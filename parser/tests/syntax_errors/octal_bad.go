package main

func main() {
	x := 089
	_ = x
}
