package main

func main() {
	ch := make(chan int)
	for x, y := range ch {
	}
	for i, j := range 10 {
	}
}
