// Closing a channel twice panics (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closed once")
	close(ch)
	fmt.Println("unreachable")
}
