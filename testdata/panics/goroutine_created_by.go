// A goroutine other than main panics: its trace ends with the function whose `go`
// statement made it (`created by main.start in goroutine 1`) and that statement's line.
package main

import "fmt"

func work(xs []int, i int) int { return xs[i] }

func start(done chan bool) {
	go func() {
		fmt.Println(work([]int{1, 2}, 5))
		done <- true
	}()
}

func main() {
	done := make(chan bool)
	start(done)
	<-done
}
