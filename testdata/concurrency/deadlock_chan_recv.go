// Receiving on a channel nobody sends on: `fatal error: all goroutines are asleep -
// deadlock!` and `goroutine 1 [chan receive]:` (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
