// if/else chains, if with an init statement whose variables are scoped to the whole chain.
package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []string{"12", "x"} {
		if v, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad:", err)
		} else if v > 10 {
			fmt.Println("big", v)
		} else {
			fmt.Println("small", v)
		}
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if ok := true; ok && x == 5 {
		fmt.Println("both")
	}
}
