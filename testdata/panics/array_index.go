// Runtime panic: array index out of range with a variable index.
package main

import "fmt"

func main() {
	var a [3]string
	for i := 0; i <= len(a); i++ {
		a[i] = fmt.Sprint(i)
		fmt.Println(a)
	}
}
