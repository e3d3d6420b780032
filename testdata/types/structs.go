// Structs: literals, field access through pointers, comparison, copies, anonymous structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == q, p == Point{1, 2})
	pp := &p
	pp.X = 10
	fmt.Println(p.X, (*pp).Y)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Label: "box"}
	r2 := r
	r2.Max.X = 100
	fmt.Println(r, r2)
	fmt.Printf("%v %+v\n", r, r)
	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(anon, anon.Name)
	var zero Rect
	fmt.Printf("%+v\n", zero)
	ptr := &Rect{Label: "ptr"}
	fmt.Println(ptr.Label, ptr.Max.Y)
	pts := []Point{{1, 1}, {2, 2}}
	pts[1].X = 20
	fmt.Println(pts)
	m := map[string]Point{"a": {1, 2}}
	fmt.Println(m["a"].X)
	type local struct{ v int }
	fmt.Println(local{3})
	var e struct{}
	fmt.Println(e, struct{}{} == e)
}
