// %v, %+v, %#v and %T on every kind of value.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	M     map[string]int
}

type Celsius float64
type Weekday int

func main() {
	p := Point{1, -2}
	vals := []interface{}{
		42, -7, uint8(200), 3.5, float32(2.25), "str", true, 'x', nil,
		p, &p, []int{1, 2}, [2]bool{true, false}, map[string]int{"b": 2, "a": 1},
		Celsius(36.6), Weekday(3), []string{}, []string(nil), struct{}{},
		[]interface{}{1, "a", nil}, map[int]string(nil),
	}
	for _, v := range vals {
		fmt.Printf("%v | %+v | %#v | %T\n", v, v, v, v)
	}
	n := Named{"n", []string{"a", "b"}, nil, map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	var e error
	fmt.Printf("%v %T\n", e, e)
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%T %T %T\n", main, fmt.Println, func(int) string { return "" })
	var ip *int
	fmt.Printf("%v %T\n", ip, ip)
}
