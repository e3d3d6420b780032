// Ranging over (receiving from) a nil channel blocks forever: Go's deadlock report names the
// wait reason `[chan receive (nil chan)]` (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("ranging over a nil channel")
	for v := range ch {
		fmt.Println(v)
	}
}
