package main

type (
	A int
	B
)

func main() {}
