// Runtime panic: failed type assertion to a concrete type.
package main

import "fmt"

func main() {
	var v interface{} = "a string"
	n, ok := v.(int)
	fmt.Println(n, ok)
	fmt.Println(v.(int))
}
