package main

type Number interface {
	~int | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max("a", "b")
}
