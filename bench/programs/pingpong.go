// Concurrency: 1,000,000 round trips between two goroutines over unbuffered channels --
// the cost of a blocking hand-off (park + ready).
package main

import "fmt"

func main() {
	const rounds = 1_000_000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("round trips:", v)
}
