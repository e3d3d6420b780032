package main

// Methods cannot be declared on a generic alias.

type Set[T comparable] = map[T]struct{}

func (s Set[T]) Len() int { return len(s) }

func main() {}
