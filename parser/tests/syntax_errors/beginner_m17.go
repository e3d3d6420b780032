package main

func main() {
	x := struct{a int}{a: 1,}
	_ = x
	y := []int{1,2,,3}
}
