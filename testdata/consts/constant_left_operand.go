// Integer operators with the constant on the left (c*x, c+x, c&x, c|x, c^x, c == x, c < x,
// ...) on several integer types, including results that wrap, and the non-commutative
// ones (c - x, c / x, c % x, c << x) that must keep their order.
package main

import "fmt"

func main() {
	for _, i := range []int{-3, 0, 7} {
		fmt.Println(2*i, 5+i, 6&i, 1|i, 3^i, 0 == i, 0 != i, 0 < i, 0 <= i, 0 > i, 0 >= i, 10-i, 21%(i+4), 12/(i+4), 1<<(i+3))
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u uint = 3
	fmt.Println(3*u8, 100+u8, 2*i8, -50+i8, 255^u8, 7 < u, 1<<u, 10-u8, 0x0f&u8)
	s := 0
	for i := 0; i < 5; i++ {
		if 2 <= i && 4 > i {
			s += 10 * i
		}
	}
	fmt.Println(s)
}
