package main

func main() {
	if var x = 0; x < 10 {
	}
}
