package main

func main() {
	if x == 1 {
	} elif x == 2 {
	}
}
