// Interfaces: implicit satisfaction, dynamic dispatch, nil interfaces, comparison.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.3f\n", total(shapes...))
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	fmt.Println(s == Rect{1, 2}, s != Rect{2, 1})
	var c *Circle
	s = c
	fmt.Println(s == nil, c == nil)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == interface{}(1.0))
}
