// Producer/consumer with a bounded buffer and a done channel for shutdown.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	buf := make(chan int, 5)
	done := make(chan struct{})
	var consumed []int
	go func() {
		for v := range buf {
			consumed = append(consumed, v)
		}
		close(done)
	}()
	for i := 0; i < 25; i++ {
		buf <- i
	}
	close(buf)
	<-done
	sum := 0
	for _, v := range consumed {
		sum += v
	}
	fmt.Println(len(consumed), sum, consumed[0], consumed[len(consumed)-1])
}
