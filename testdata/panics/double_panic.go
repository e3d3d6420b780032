// A deferred call panics while the program is already panicking: Go prints both panics.
package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup starts")
	panic("second: cleanup failed")
}

func main() {
	defer cleanup()
	panic("first: main failed")
}
