// Channels of channels: each request carries its own reply channel (a tiny server goroutine
// owning its state, no mutex).
// golden: gomaxprocs=1,2
package main

import "fmt"

type request struct {
	key   string
	delta int
	reply chan int
}

func server(reqs <-chan request) {
	state := map[string]int{}
	for r := range reqs {
		state[r.key] += r.delta
		r.reply <- state[r.key]
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(key string, delta int) int {
		reply := make(chan int)
		reqs <- request{key, delta, reply}
		return <-reply
	}
	fmt.Println(call("a", 1), call("a", 2), call("b", 10), call("a", -3), call("b", 0))

	done := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { done <- call("shared", 1) }()
	}
	max := 0
	for i := 0; i < 10; i++ {
		if v := <-done; v > max {
			max = v
		}
	}
	fmt.Println("shared reached", max, "final", call("shared", 0))
	close(reqs)
}
