// A panic value whose Error method panics while the crash message is printed: Go gives up
// with a fatal error naming the second panic.
package main

type bad struct{}

func (bad) Error() string { panic("in Error") }

func main() {
	panic(bad{})
}
