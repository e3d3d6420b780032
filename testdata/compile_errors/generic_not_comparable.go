package main

type Set[K comparable] struct{ m map[K]bool }

func main() {
	var s Set[[]int]
	_ = s
}
