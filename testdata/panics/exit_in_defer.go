// os.Exit inside a deferred call during a panic ends the program with that status and no
// panic message.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		os.Exit(4)
	}()
	var s []int
	_ = s[1]
}
