// panic with a formatted string.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("value %d too large (max %d)", n, 2))
	}
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
		fmt.Println("ok", i)
	}
}
