package main

type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var i I = T{}
	_ = i
}
