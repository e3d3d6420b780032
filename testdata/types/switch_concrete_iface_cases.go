// A switch on a concrete value with interface-typed cases compares as interfaces: the tag
// matches a case holding the same dynamic type and value, not another type's equal value.
package main

import "fmt"

type T int

func main() {
	var i any = 3
	var e error
	x := 3
	switch x {
	case i:
		fmt.Println("x matches i")
	default:
		fmt.Println("no")
	}
	var t T = 3
	switch t {
	case i:
		fmt.Println("T(3) matches int 3?")
	default:
		fmt.Println("T differs")
	}
	var s fmt.Stringer
	switch i {
	case nil:
		fmt.Println("nil")
	case 3:
		fmt.Println("three")
	}
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	switch s {
	case nil:
		fmt.Println("nil stringer")
	}
}
