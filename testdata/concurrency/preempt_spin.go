// Preemption: with one P, a goroutine spinning in a loop without calls must still be
// preempted so main runs again after its sleep (Go >= 1.14; minigo checks a safepoint at every
// loop back-edge).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		go func() {
			n := 0
			for {
				n++
			}
		}()
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main ran again while the spinners spin")
}
