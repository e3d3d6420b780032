// Comparison rules: structs, arrays, interfaces with mixed dynamic types, pointers, channels,
// NaN and signed zeros (also as map keys).
package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	S string
}

type WithIface struct {
	V interface{}
}

type F struct{ V float64 }

func main() {
	fmt.Println(P{1, "a"} == P{1, "a"}, P{1, "a"} == P{1, "b"}, [2]P{} == [2]P{})
	fmt.Println(WithIface{1} == WithIface{1}, WithIface{1} == WithIface{1.0}, WithIface{"x"} == WithIface{"x"})
	var a, b interface{} = P{1, "a"}, P{1, "a"}
	fmt.Println(a == b, a != nil, interface{}(nil) == nil)
	p1, p2 := &P{}, &P{}
	fmt.Println(p1 == p2, p1 == p1, *p1 == *p2)
	c1 := make(chan int)
	c2 := c1
	fmt.Println(c1 == c2, c1 == make(chan int))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, F{nan} == F{nan}, [1]float64{nan} == [1]float64{nan})
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero == 0, F{negZero} == F{0})
	m := map[float64]string{}
	m[0] = "zero"
	m[negZero] = "negative zero"
	fmt.Println(len(m), m[0])
	m[nan] = "nan1"
	m[nan] = "nan2"
	_, found := m[nan]
	fmt.Println(len(m), found)
	keys := map[interface{}]int{P{1, "a"}: 1, [2]int{1, 2}: 2, 3: 3, "3": 4, 3.0: 5}
	fmt.Println(keys[P{1, "a"}], keys[[2]int{1, 2}], keys[3], keys["3"], keys[3.0], len(keys))
	var e1, e2 error
	fmt.Println(e1 == e2)
	type T struct{ a, b int }
	fmt.Println(T{1, 2} == struct{ a, b int }{1, 2})
}
