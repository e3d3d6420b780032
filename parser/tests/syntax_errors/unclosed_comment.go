package main

func main() {
	/* abc
}
