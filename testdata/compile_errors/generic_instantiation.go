package main

type List[T any] struct{ v T }

type Number interface{ ~int | ~float64 }

func Pair[K comparable, V any](k K, v V) {}

func main() {
	var l List
	_ = l
	Pair[int, string, bool](1, "a")
	var n Number
	_ = n
}
