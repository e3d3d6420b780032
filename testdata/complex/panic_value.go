// A panic with a complex value: printed as the runtime prints it, a named complex type
// without doubled parentheses.
package main

import "fmt"

type C complex64

func recovered(v interface{}) {
	defer func() { fmt.Println(recover()) }()
	panic(v)
}

func main() {
	recovered(1 + 2i)
	recovered(complex64(1.1 - 2.2i))
	panic(C(1.1 + 2.2i))
}
