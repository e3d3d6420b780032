package main

func name() int {
	return "seven"
}

func main() {
	_ = name()
}
