package main

func main() {
unused:
	for {
		break
	}
}
