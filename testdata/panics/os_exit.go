// os.Exit sets the exit status and skips deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
