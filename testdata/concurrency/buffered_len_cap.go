// Buffered channels: len/cap, FIFO order, sends that do not block until the buffer is full.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- 4
	for len(ch) > 0 {
		fmt.Println(<-ch)
	}

	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)

	// A full buffer blocks the sender until a receiver makes room; values stay FIFO.
	q := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 0; i < 6; i++ {
			q <- i
		}
		close(q)
		done <- true
	}()
	var got []int
	for v := range q {
		got = append(got, v)
	}
	<-done
	fmt.Println(got)

	unbuf := make(chan struct{})
	fmt.Println(len(unbuf), cap(unbuf))
}
