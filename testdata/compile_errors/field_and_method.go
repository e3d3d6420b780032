package main

type T struct {
	Size int
}

func (t T) Size() int { return 0 }

func main() {
}
