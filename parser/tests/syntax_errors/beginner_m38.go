package main

func main() {
	while true {
	}
}
