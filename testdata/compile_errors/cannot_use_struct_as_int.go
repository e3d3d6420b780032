package main

import "fmt"

type T struct{}

func (t T) String() string { return "T" }

func main() {
	var t T
	var x int = t
	fmt.Println(x)
}
