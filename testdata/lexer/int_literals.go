// Integer literals in every base, with digit separators.
package main

import "fmt"

func main() {
	fmt.Println(42, 0, 1_000_000, 0x_FF, 0Xab_cd)
	fmt.Println(0o17, 0O7_7, 017, 0777, 00)
	fmt.Println(0b1010, 0B1_0000_0000, 0b0)
	fmt.Println(0xFFFFFFFFFFFFFFF, 9223372036854775807, -9223372036854775808)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
	fmt.Println(1_2_3 + 0x1_0 + 0o1_0 + 0b1_0)
	fmt.Printf("%T %T\n", 0x10, 'a')
}
