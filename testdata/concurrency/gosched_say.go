// The Go tour's `go say("world"); say("hello")` with runtime.Gosched instead of Sleep, on one
// P: Gosched puts main behind the new goroutine, so the two strictly alternate.
// The words are recorded in order and printed at the end: a print is a system call, and a
// P handed off during a slow write (a loaded machine) would let the other goroutine run
// first; asyncpreemptoff keeps sysmon from preempting a goroutine whose thread the OS
// descheduled. Only Gosched decides the order.
// golden: gomaxprocs=1
// golden: env=GODEBUG=asyncpreemptoff=1
package main

import (
	"fmt"
	"runtime"
)

var said []string

func say(s string) {
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		said = append(said, s)
	}
}

func main() {
	go say("world")
	say("hello")
	for _, s := range said {
		fmt.Println(s)
	}
}
