package main

func main() {
	var a []int
	a[0 = 1
}
