// runtime.Goexit ends the calling goroutine after running its deferred calls; recover returns
// nil during a Goexit, and code after the call never runs.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
)

func inner(log chan<- string) {
	defer func() { log <- fmt.Sprint("inner defer, recover() = ", recover()) }()
	runtime.Goexit()
	log <- "unreachable"
}

func main() {
	log := make(chan string, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { log <- "outer defer" }()
		inner(log)
		log <- "unreachable after inner"
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}
}
