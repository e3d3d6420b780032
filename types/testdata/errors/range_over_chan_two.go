package main

func main() {
	ch := make(chan int)
	for a, b := range ch {
		println(a, b)
	}
}
