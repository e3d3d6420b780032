package main

func f(a int) (r int) {
	x := a
	return
}

func main() { f(1) }
