package main

import "fmt"

func main() {
	for i := range 5.0 {
		fmt.Println(i)
	}
}
