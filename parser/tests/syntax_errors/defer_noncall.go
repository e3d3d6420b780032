package main

func main() {
	defer
}
