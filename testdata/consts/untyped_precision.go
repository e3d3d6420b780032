// Untyped constants are exact: huge intermediate values are fine if the result fits.
package main

import "fmt"

const big = 1 << 100
const huge = big * big

const third = 1.0 / 3
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(big >> 98)
	fmt.Println(huge >> 195)
	fmt.Println(big / (1 << 90))
	fmt.Println(third*3 == 1)
	fmt.Println(pi)
	var f32 float32 = pi
	fmt.Println(f32)
	const r = 'a' + 1
	fmt.Printf("%T %v\n", r, r)
	const s = 1 + 2.0
	var i int = s
	fmt.Println(i)
	fmt.Println(7/2, 7/2.0, 7.0/2)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0)
	const e = 1e500 / 1e498
	fmt.Println(e)
}
