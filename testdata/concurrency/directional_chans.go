// Directional channel types: a bidirectional channel converts to chan<- and <-chan, and %T
// prints the direction.
// golden: gomaxprocs=1,2
package main

import "fmt"

func produce(out chan<- int) {
	for i := 1; i <= 3; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int, total chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	total <- sum
}

func main() {
	ch := make(chan int)
	total := make(chan int)
	go produce(ch)
	go consume(ch, total)
	fmt.Println("sum", <-total)

	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, send, recv)
	var chans []chan<- string
	fmt.Printf("%T %d\n", chans, len(chans))
	var cc chan (<-chan int)
	fmt.Printf("%T\n", cc)
}
