package main

func main() {
	x := []int{}
	delete(x, 1)
}
