package main

import "fmt"

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Show(3))
}
