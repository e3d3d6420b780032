package main

import "fmt"

func main() {
	fmt.Println(1.5 / 0.0)
}
