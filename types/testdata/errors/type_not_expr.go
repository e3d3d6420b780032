package main

func main() {
	int
}
