package main

func f() int {
	for {
	}
}

func g() int {
	for {
		break
	}
}

func main() { f(); g() }
