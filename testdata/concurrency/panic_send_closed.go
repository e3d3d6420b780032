// Sending on a closed channel panics (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed; now sending")
	ch <- 1
	fmt.Println("unreachable")
}
