package main

type I interface{ Read() }
type T struct{}

func (T) read() {}

func main() {
	var i I = T{}
	_ = i
}
