package main

func main() {
	x := 1
	close(x)
}
