// A panic recovered and raised again with the same value prints once, as its Error text,
// marked [recovered, repanicked] (Go 1.23+), not as the value's address.
package main

import "fmt"

type myErr struct{ n int }

func (e myErr) Error() string { return fmt.Sprintf("myErr %d", e.n) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	panic(myErr{42})
}
