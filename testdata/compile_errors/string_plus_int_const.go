package main

import "fmt"

func main() {
	s := "n = " + 5
	fmt.Println(s)
}
