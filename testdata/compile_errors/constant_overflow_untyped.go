package main

import "fmt"

const big = 1 << 100

func main() {
	fmt.Println(big)
}
