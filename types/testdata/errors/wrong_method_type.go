package main

type I interface{ M() int }
type T struct{}

func (t T) M() string { return "" }

func main() {
	var i I = T{}
	_ = i
}
