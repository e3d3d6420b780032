package main

type T struct{}

func main() {
	var t T
	f := t.Missing
	_ = f
}
