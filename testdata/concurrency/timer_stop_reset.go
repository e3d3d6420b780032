// time.Timer: Stop before it fires returns true and the channel never delivers; Reset re-arms;
// Stop after firing returns false.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending timer:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("impossible")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped timer did not fire")
	}

	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	fmt.Println("stop fired timer:", t.Stop())

	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("reset after expiry:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("fired again")

	start := time.Now()
	t3 := time.NewTimer(time.Hour)
	t3.Reset(15 * time.Millisecond)
	<-t3.C
	fmt.Println("reset shortened the wait:", time.Since(start) < time.Second)
}
