// Concurrency: the concurrent prime sieve (a chain of filter goroutines, one per prime found)
// for the first 2,000 primes -- many goroutines handing values down a pipeline.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, prime := 0, 0
	for i := 0; i < 2000; i++ {
		prime = <-ch
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("2000th prime:", prime, "sum:", sum)
}
