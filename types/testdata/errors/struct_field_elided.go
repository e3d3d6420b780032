package main

type T struct {
	next *T
	v    int
}

func main() {
	_ = &T{next: {}}
	_ = T{0: 1}
	_ = T{1, v: 2}
}
