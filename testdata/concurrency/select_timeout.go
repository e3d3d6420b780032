// select with a timeout from time.After: the fast reply wins, the slow one times out.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func reply(after time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(after)
		ch <- fmt.Sprint("reply after ", after)
	}()
	return ch
}

func main() {
	select {
	case r := <-reply(10 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case r := <-reply(time.Second):
		fmt.Println(r)
	case t := <-time.After(50 * time.Millisecond):
		fmt.Println("timeout 2; got a time value:", !t.IsZero())
	}
}
