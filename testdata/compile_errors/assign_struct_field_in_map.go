package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"p": {1, 2}}
	m["p"].X = 10
}
