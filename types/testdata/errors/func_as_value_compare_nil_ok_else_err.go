package main

func main() {
	var f func()
	println(f == nil)
	var m map[int]int
	println(m == m)
}
