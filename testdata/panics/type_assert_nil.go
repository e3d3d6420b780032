// Runtime panic: type assertion on a nil interface value.
package main

import "fmt"

func main() {
	var v interface{}
	fmt.Println(v.(string))
}
