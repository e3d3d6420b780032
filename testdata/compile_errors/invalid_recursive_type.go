package main

type Node struct {
	next Node
}

func main() {
	var n Node
	_ = n
}
