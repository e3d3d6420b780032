// Scanning into pointers to defined types whose underlying type is basic, as Go's
// reflection-based scanner does: the value scans as its underlying type.
package main

import "fmt"

type Celsius float64
type Small int8
type Count uint16
type Flag bool
type Name string
type Ratio float32

func main() {
	var c Celsius
	var s Small
	var n Count
	var f Flag
	var name Name
	var r Ratio
	k, err := fmt.Sscan("36.6 -7 65535 true gopher 0.1", &c, &s, &n, &f, &name, &r)
	fmt.Println(k, err, c, s, n, f, name, r)
	fmt.Printf("%T %T %v\n", c, r, float64(r))

	k, err = fmt.Sscan("300", &s)
	fmt.Println(k, err, s)
	k, err = fmt.Sscanf("x=12 y=3.5", "x=%d y=%g", &n, &c)
	fmt.Println(k, err, n, c)
	k, err = fmt.Sscan("maybe", &f)
	fmt.Println(k, err, f)

	type Point struct{ X, Y int }
	var p Point
	k, err = fmt.Sscan("1 2", &p)
	fmt.Println(k, err)
	var pp *Celsius = new(Celsius)
	k, err = fmt.Sscan("-40", pp)
	fmt.Println(k, err, *pp)
}
