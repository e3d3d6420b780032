// From seeds/001_43aaa5278d777d65.txt (= 003_5b21aa6a8c89a4bb.txt) ("scheduler 的陷阱"): GOMAXPROCS
// goroutines spin on `x++` with no function calls while main sleeps one second. The article (Go
// before 1.14) says the program never prints; since Go 1.14 asynchronous preemption lets main run
// again, so it prints `x = <integer>` after ~1 s and exits 0. An interpreter that really
// increments x prints a large number, Go's compiler may keep x in a register and print 0: numbers
// are normalised.
// golden: normalize-numbers
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	var x int
	threads := runtime.GOMAXPROCS(0)
	for i := 0; i < threads; i++ {
		go func() {
			for { x++ }
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("x =", x)
}
