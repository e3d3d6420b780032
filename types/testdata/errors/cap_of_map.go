package main

func main() {
	m := map[int]int{}
	println(cap(m))
}
