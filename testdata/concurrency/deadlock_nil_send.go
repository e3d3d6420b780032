// Sending on a nil channel blocks forever: `[chan send (nil chan)]` (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("sending on a nil channel")
	ch <- "lost"
}
