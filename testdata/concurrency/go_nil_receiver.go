// The receiver of a method value in a go statement is evaluated in the caller: a nil pointer
// with a value-receiver method panics in main, at the go statement, where recover sees it.
// golden: gomaxprocs=1,2
package main

import "fmt"

type T struct{ n int }

func (t T) show(done chan<- bool) {
	fmt.Println("never runs", t.n)
	done <- true
}

func main() {
	defer func() { fmt.Println("recovered in main:", recover()) }()
	var p *T
	done := make(chan bool)
	fmt.Println("go with a nil pointer and a value receiver")
	go p.show(done)
	fmt.Println("unreachable")
}
