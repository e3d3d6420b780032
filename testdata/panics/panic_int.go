// panic with an integer value; deferred calls run first.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred before crash")
	panic(42)
}
