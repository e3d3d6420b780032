// Floating-point literals, decimal and hexadecimal.
package main

import "fmt"

func main() {
	fmt.Println(1.5, .5, 5., 1e3, 1E-3, 6.02214076e23, 1_000.000_1)
	fmt.Println(0., 0e0, 00.5, 010.5, 1e+2)
	fmt.Println(0x1p0, 0x1p-2, 0x1.8p1, 0X.8P0, 0x_1p4, 0x1.Fp+0)
	fmt.Println(0x10p-4 == 1.0, 0x1p10)
	var f32 float32 = 0x1.fffffep127
	fmt.Println(f32)
	fmt.Println(1e308*10 > 1e308)
	fmt.Printf("%T %T\n", 1e3, 0x1p3)
}
