// Ping-pong: two goroutines bounce a counter over two unbuffered channels.
// golden: gomaxprocs=1,2
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, log chan<- string) {
	for b := range in {
		b.hits++
		log <- fmt.Sprintf("%s %d", name, b.hits)
		if b.hits >= 10 {
			close(out)
			return
		}
		out <- b
	}
	close(out)
}

func main() {
	ping, pong := make(chan *ball), make(chan *ball)
	log := make(chan string)
	go player("ping", ping, pong, log)
	go player("pong", pong, ping, log)
	go func() { ping <- &ball{} }()
	for i := 0; i < 10; i++ {
		fmt.Println(<-log)
	}
}
