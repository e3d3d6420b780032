// Closing a nil channel panics (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("closing a nil channel")
	close(ch)
}
