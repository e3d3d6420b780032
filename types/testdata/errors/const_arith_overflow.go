package main

func main() {
	const big = 1 << 62
	var x int64 = big * 4
	println(x)
}
