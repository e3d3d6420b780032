// Goroutines may start before main: in a package variable's initializer and in init. They run
// concurrently with the rest of initialization; channels order the results.
// golden: gomaxprocs=1,2
package main

import "fmt"

var fromVar = start("package var initializer")

var fromInit = make(chan string, 1)

func start(who string) <-chan string {
	ch := make(chan string, 1)
	go func() { ch <- "goroutine started by the " + who }()
	return ch
}

func init() {
	go func() { fromInit <- "goroutine started by init" }()
}

func main() {
	fmt.Println(<-fromVar)
	fmt.Println(<-fromInit)
}
