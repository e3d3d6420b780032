// Runtime panic: slice bounds out of range.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s[1:5]))
	hi := 6
	fmt.Println(s[1:hi])
}
