// The memory model's channel rules: a send happens before the matching receive completes, and
// a close happens before a receive that returns because of it, so plain variables written
// before them are visible after.
// golden: gomaxprocs=1,2
package main

import "fmt"

var msg string
var table []int

func main() {
	ready := make(chan struct{})
	go func() {
		msg = "written before the send"
		ready <- struct{}{}
	}()
	<-ready
	fmt.Println(msg)

	done := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			table = append(table, i*i)
		}
		close(done)
	}()
	<-done
	fmt.Println(table)

	// With a buffered channel of capacity C, the k-th receive happens before the (k+C)-th send
	// completes: a semaphore that limits work in flight.
	limit := make(chan struct{}, 1)
	results := make([]int, 4)
	fin := make(chan bool)
	for i := range results {
		go func() {
			limit <- struct{}{}
			results[i] = i + 1
			<-limit
			fin <- true
		}()
	}
	for range results {
		<-fin
	}
	fmt.Println(results)
}
