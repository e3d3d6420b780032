// time.Ticker delivers ticks at its period until Stop; Reset changes the period.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(20 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	elapsed := time.Since(start)
	fmt.Println("three ticks took at least 60ms:", elapsed >= 60*time.Millisecond)
	fmt.Println("and less than a second:", elapsed < time.Second)

	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	tk.Reset(10 * time.Millisecond)
	<-tk.C
	fmt.Println("ticking again after Reset")
	tk.Stop()

	done := make(chan bool)
	count := 0
	tk2 := time.NewTicker(5 * time.Millisecond)
	go func() {
		time.Sleep(100 * time.Millisecond)
		done <- true
	}()
loop:
	for {
		select {
		case <-tk2.C:
			count++
		case <-done:
			break loop
		}
	}
	tk2.Stop()
	fmt.Println("several ticks in 100ms:", count >= 5 && count <= 21)
}
