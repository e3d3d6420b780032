package main

func main() {
	a := map[int]int{}
	println(a == nil, a == a)
}
