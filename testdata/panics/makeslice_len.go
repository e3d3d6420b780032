// Runtime panic: make with a negative length.
package main

import "fmt"

func main() {
	for _, n := range []int{2, 0, -1} {
		s := make([]int, n)
		fmt.Println(len(s))
	}
}
