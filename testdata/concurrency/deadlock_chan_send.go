// Sending on an unbuffered channel with no receiver: deadlock with `[chan send]` (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("buffer full")
	ch <- 2
}
