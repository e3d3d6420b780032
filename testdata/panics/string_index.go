// Runtime panic: string index out of range.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(s[5])
	i := len(s)
	fmt.Println(s[i])
}
