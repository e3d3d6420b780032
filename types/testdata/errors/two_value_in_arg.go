package main

func f() (int, int) { return 1, 2 }
func g(a int) {}

func main() {
	g(f())
}
