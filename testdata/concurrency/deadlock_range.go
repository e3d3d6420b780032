// Ranging over a channel that is never closed: after the last value main blocks in
// `[chan receive]` and Go reports a deadlock (exit 2) -- the most common beginner bug.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		// forgot close(ch)
	}()
	for v := range ch {
		fmt.Println(v)
	}
}
