// `<-` before a channel type in an expression binds to the leftmost chan: <-chan <-chan int
// is a receive-only channel of receive-only channels, in make, conversions and %T.
package main

import "fmt"

func main() {
	a := make(<-chan <-chan int)
	b := make(chan<- <-chan int)
	c := make(<-chan chan<- int)
	d := (<-chan <-chan <-chan int)(nil)
	fmt.Printf("%T %T %T %T\n", a, b, c, d)
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(<-ch)
}
