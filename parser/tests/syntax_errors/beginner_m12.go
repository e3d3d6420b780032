package main

func f(x int) int {
	return x +
}
