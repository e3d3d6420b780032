// time.Now/Since/Until/Sub measure elapsed time; printed as booleans with rough bounds.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("at least 100ms:", el >= 100*time.Millisecond)
	fmt.Println("under 1s:", el < time.Second)

	t2 := time.Now()
	fmt.Println("Sub agrees:", t2.Sub(start) >= el)
	fmt.Println("After/Before:", t2.After(start), start.Before(t2))
	deadline := time.Now().Add(time.Hour)
	fmt.Println("Until positive:", time.Until(deadline) > 59*time.Minute)

	// Work spread over goroutines that sleep in parallel takes ~one sleep, not the sum.
	start = time.Now()
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() { time.Sleep(50 * time.Millisecond); done <- true }()
	}
	for i := 0; i < 10; i++ {
		<-done
	}
	el = time.Since(start)
	fmt.Println("parallel sleeps overlap:", el >= 50*time.Millisecond && el < 400*time.Millisecond)
}
