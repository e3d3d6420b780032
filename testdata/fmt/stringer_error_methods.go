// fmt calls String() and Error() methods, including on nested values and through pointers.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Pair struct {
	A, B Color
}

type MyErr struct{}

func (MyErr) Error() string { return "my error" }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q\n", Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1})
	fmt.Println(Pair{0, 1})
	fmt.Printf("%+v\n", Pair{1, 0})
	t := Temp(21.5)
	fmt.Println(&t, t)
	fmt.Println(MyErr{}, errors.New("plain"))
	fmt.Printf("%v %s\n", MyErr{}, MyErr{})
	m := map[Color]int{0: 1, 1: 2}
	fmt.Println(m)
}
