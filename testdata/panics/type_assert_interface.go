// Runtime panic: failed type assertion to an interface (missing method).
package main

import "fmt"

type Shape interface{ Area() float64 }

type Point struct{ X, Y int }

func main() {
	var v interface{} = Point{1, 2}
	_, ok := v.(Shape)
	fmt.Println(ok)
	s := v.(Shape)
	fmt.Println(s)
}
