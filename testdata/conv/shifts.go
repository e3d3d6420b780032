// Shifts: by large amounts, arithmetic right shift of negatives, shifts of untyped constants.
package main

import "fmt"

func main() {
	x := 1
	for _, n := range []uint{0, 1, 10, 62, 63, 64, 100} {
		fmt.Print(x<<n, " ")
	}
	fmt.Println()
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<8)
	neg := -16
	fmt.Println(neg>>2, neg>>10, neg>>63, neg>>64)
	var u uint64 = 1 << 63
	fmt.Println(u, u>>63, u<<1)
	s := 3
	one := int8(1)
	fmt.Println(1<<s, one<<7)
	const c = 1 << 62
	fmt.Println(c>>60, 1<<10>>5)
	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32)
	fmt.Println(0xF0&0x3C, 0xF0|0x0F, 0xF0^0xFF, 0xF0&^0x30, ^5)
}
