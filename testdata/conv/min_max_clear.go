// The builtins min, max (Go 1.21) and clear.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min(1.5, 2), max(2.5, 1.0))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
	const c = min(1, 2.5)
	fmt.Println(c)
}
