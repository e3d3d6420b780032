// %T spells types as reflect does: qualified names, spaces inside struct and interface
// braces, quoted tags, parenthesised receive-only element channels, variadic funcs.
package main

import (
	"fmt"
	"time"
)

type T struct{}

func main() {
	var a any = struct {
		x int `json:"x,é"`
		T
		d time.Duration
	}{}
	fmt.Printf("%T\n", a)
	fmt.Printf("%T\n", []interface{ M() }{})
	fmt.Printf("%T\n", map[string]interface {
		M(int) (string, error)
		N(...int)
	}{})
	fmt.Printf("%T\n", make(chan (<-chan int)))
	fmt.Printf("%T\n", make(chan<- chan int))
	fmt.Printf("%T %T %T\n", struct{}{}, []any{}, &[]*T{})
	fmt.Printf("%T\n", func(int, ...string) (bool, error) { return false, nil })
	fmt.Printf("%T %T\n", 'x', byte(1))
}
