// Runtime panic: shift by a negative amount.
package main

import "fmt"

func main() {
	x := 1
	for _, s := range []int{3, 0, -1} {
		fmt.Println(x << s)
	}
}
