// os.Args holds the program's arguments after the program name.
// golden: args=alpha beta 42
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
	n, err := strconv.Atoi(os.Args[3])
	fmt.Println(n*2, err)
}
