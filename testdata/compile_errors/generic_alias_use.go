package main

// A generic alias must be instantiated, with arguments that satisfy its constraints.

type Set[T comparable] = map[T]struct{}

func main() {
	var s Set
	var t Set[[]int]
	_, _ = s, t
}
