package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }
type Circle struct{ R float64 }

func (s Sq) Area() float64      { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (s Sq) String() string     { return "Sq(" + strconv.FormatFloat(s.S, 'f', -1, 64) + ")" }

type Temp int

func (t Temp) String() string { return strconv.Itoa(int(t)) + "°" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Sq{2}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total, shapes[0])
	var x interface{} = Temp(21)
	fmt.Println(describe(x), describe(nil), describe(3), describe("s"), describe(2.5), describe(Sq{1}))
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("ok", s)
	}
	_, ok := x.(Shape)
	fmt.Println(ok)
	var sh Shape
	fmt.Println(sh == nil)
	var cp *Circle
	sh = cp
	fmt.Println(sh == nil, sh != nil)
	var e1, e2 interface{} = 1, 1
	fmt.Println(e1 == e2, e1 != "1")
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered:", recover()) }()
		var y interface{} = []int{1}
		m := map[interface{}]int{}
		m[y] = 1
	}()
	var i interface{} = "str"
	_ = i.(int)
}
