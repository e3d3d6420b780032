// Runtime panic: a value method called through a nil pointer held in an interface.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

func main() {
	var p *T
	var g Getter = p
	fmt.Println(g != nil)
	fmt.Println(g.Get())
}
