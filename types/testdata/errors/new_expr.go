package main

func main() {
	p := new(42)
	q := new(nil)
	var s string = p
	_, _ = q, s
}
