package main

type P struct {
	X, Y int
}

func main() {
	_ = P{1, "2"}
}
