// Shortest round-trip formatting of float64 and float32 values with Println and %v.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{1.0 / 3, 2.0 / 3, 0.1 * 3, 100 * 1.1, 1e23, 8.41e21, 123456789012345680, 5e-324,
		1.7976931348623157e308, 2.2250738585072014e-308, 0.000123, 1e-7, 4.35, 0.3, 9007199254740993,
		math.Pi * 1e10, -0.0000001, 1e20, 1e21, 123456.7}
	for _, v := range vals {
		fmt.Println(v)
	}
	f32s := []float32{1.0 / 3, 0.1, 16777216, 3.4028235e38, 1e-45, 0.3, 1e7, 1e21, 2.5e-5}
	for _, v := range f32s {
		fmt.Println(v)
	}
	h := 1e300
	fmt.Printf("%v %v %g %G\n", 1e-320, float32(1e-40), h*1e10, 1e-7)
	x := 0.0
	for i := 0; i < 10; i++ {
		x += 0.1
	}
	fmt.Println(x, x == 1.0, math.Abs(x-1) < 1e-9)
}
