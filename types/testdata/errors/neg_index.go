package main

func main() {
	s := []int{1}
	println(s[-1])
}
