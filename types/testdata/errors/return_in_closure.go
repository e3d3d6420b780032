package main

func main() {
	f := func() int {
		return "x"
	}
	_ = f
}
