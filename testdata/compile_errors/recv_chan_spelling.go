// A receive-only channel of receive-only channels needs no parentheses in messages.
package main

func main() {
	var c <-chan (<-chan int) = 1
	_ = c
}
