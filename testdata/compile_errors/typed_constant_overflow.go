package main

import "fmt"

func main() {
	const small int8 = 100
	fmt.Println(small * 2)
}
