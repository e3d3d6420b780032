package main

func main() {
	for i, c := range "abc" {
		c = 'x'
		println(i)
	}
}
