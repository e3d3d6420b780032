// range over an integer (Go 1.22): typed counts, zero and negative counts.
package main

import "fmt"

type Small uint8

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n Small = 4
	for i := range n {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -5 {
		fmt.Println("never", i)
	}
	count := 0
	limit := 10
	for i := range limit {
		limit = 2 // evaluated once
		count += i
	}
	fmt.Println(count)
}
