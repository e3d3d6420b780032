package main

import "fmt"

type T struct{}

func (t *T) String() string { return "" }

func main() {
	var s fmt.Stringer = T{}
	_ = s
}
