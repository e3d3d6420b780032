// The function value and arguments of a go statement are evaluated in the calling goroutine,
// at the go statement, in the usual order.
// golden: gomaxprocs=1,2
package main

import "fmt"

var trace []string

func arg(name string, v int) int {
	trace = append(trace, name)
	return v
}

func pick() func(int, int, chan<- int) {
	trace = append(trace, "func")
	return func(a, b int, out chan<- int) { out <- a*10 + b }
}

func main() {
	out := make(chan int)
	x := 1
	go pick()(arg("a", x), arg("b", x+1), out)
	fmt.Println("evaluated before the goroutine ran:", trace)
	x = 100 // too late: the arguments were already evaluated
	fmt.Println("result:", <-out)
}
