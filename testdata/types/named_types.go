// Named types: methods on non-struct types, conversions between named and underlying types.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF())
	fmt.Println(Celsius(-40).ToF())
	l := IntList{1, 2, 3, 4}
	fmt.Println(l.Sum(), len(l))
	raw := []int(l)
	fmt.Println(raw)
	cnt := Counter{}
	cnt.Add("a")
	cnt.Add("a")
	fmt.Println(cnt["a"])
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(3, 4))
	fmt.Printf("%T %T %T\n", c, l, add)
}
