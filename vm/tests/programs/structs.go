package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Tags     [2]string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Named struct {
	Point
	Name string
}

func main() {
	a := Rect{Min: Point{1, 2}, Max: Point{3, 4}, Tags: [2]string{"x", "y"}}
	b := a
	b.Min.X = 100
	b.Tags[0] = "changed"
	fmt.Println(a, b)
	p := &a.Max
	p.Scale(10)
	fmt.Println(a.Max, a.Min.Add(a.Max))
	arr := [3]Point{{1, 1}, {2, 2}, {3, 3}}
	arr2 := arr
	arr2[0].X = 9
	for i := range arr {
		arr[i].Scale(2)
	}
	fmt.Println(arr, arr2, arr == arr2, arr2[1] == Point{2, 2})
	n := Named{Point{5, 6}, "n"}
	n.Scale(3)
	f := n.Add
	n.X = 0
	fmt.Println(n, f(Point{1, 1}), n.Point.Add(Point{}))
	m := map[Point]string{{1, 2}: "a"}
	m[Point{1, 2}] += "b"
	fmt.Println(m[Point{1, 2}], len(m))
	ptrs := []*Point{{1, 1}, {2, 2}}
	for _, q := range ptrs {
		q.Scale(5)
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	var s struct {
		A int
		B []int
	}
	s.B = append(s.B, 1)
	fmt.Printf("%+v\n", s)
}
