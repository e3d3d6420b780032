package main

func main() {
	x := map[string]int{
		"a": 1
	}
}
