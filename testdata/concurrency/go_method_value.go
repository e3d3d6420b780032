// `go` with a method value and a method expression: the receiver is evaluated (copied, for a
// value receiver) when the go statement runs, not when the goroutine starts.
// golden: gomaxprocs=1,2
package main

import "fmt"

type counter struct {
	name string
	n    int
}

func (c counter) report(out chan<- string) {
	out <- fmt.Sprintf("value receiver %s=%d", c.name, c.n)
}

func (c *counter) bump(out chan<- string) {
	c.n += 100
	out <- fmt.Sprintf("pointer receiver %s=%d", c.name, c.n)
}

func main() {
	out := make(chan string)
	c := counter{name: "a", n: 1}
	go c.report(out) // receiver copied now: n=1
	c.n = 2
	fmt.Println(<-out)

	f := c.report // method value binds a copy with n=2
	c.n = 3
	go f(out)
	fmt.Println(<-out)

	go (&c).bump(out)
	fmt.Println(<-out)
	fmt.Println("after bump:", c.n)

	go counter.report(counter{name: "expr", n: 7}, out)
	fmt.Println(<-out)
}
