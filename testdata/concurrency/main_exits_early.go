// When main returns the program exits at once, even though other goroutines still run or
// are blocked.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	go func() {
		for {
		}
	}()
	go func() { select {} }()
	started := make(chan bool)
	go func() {
		started <- true
		for i := 0; ; i++ {
			_ = i * i
		}
	}()
	<-started
	fmt.Println("main returns")
}
