// The Go tour's `go say("world"); say("hello")` with runtime.Gosched instead of Sleep, on one
// P: Gosched puts main behind the new goroutine, so the two strictly alternate.
// golden: gomaxprocs=1
package main

import (
	"fmt"
	"runtime"
)

func say(s string) {
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		fmt.Println(s)
	}
}

func main() {
	go say("world")
	say("hello")
}
