package main

func main() {
	f := func() {}
	g := func() {}
	println(f == g)
}
