package main

func f() int { return 1 }

func main() {
	p := &f()
	_ = p
}
