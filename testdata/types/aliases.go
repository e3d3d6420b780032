// Type aliases are the same type; defined types are distinct.
package main

import "fmt"

type MyInt = int
type Defined int
type Bytes = []byte

func double(x int) int { return 2 * x }

func main() {
	var a MyInt = 21
	fmt.Println(double(a))
	fmt.Printf("%T\n", a)
	var d Defined = 5
	fmt.Printf("%T %v\n", d, double(int(d)))
	var b Bytes = []byte("hi")
	fmt.Printf("%T %v\n", b, b)
	var r rune = 'x'
	var i32 int32 = r
	var by byte = 'y'
	var u8 uint8 = by
	fmt.Println(i32, u8)
	fmt.Printf("%T %T\n", r, by)
}
