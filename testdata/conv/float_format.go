// How Println formats floats: exponent thresholds, shortest round-trip, float32, specials.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 0.000001234)
	fmt.Println(0.1+0.2, 1.0, 100.0, -0.0, 1/3.0, 2.0/3)
	var f32 float32 = 0.1
	fmt.Println(f32, f32*3, float32(1)/3)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(float32(16777216.0), float32(1e10), 3.4e38)
	fmt.Println(math.Copysign(0, -1), 5e-324)
	fmt.Println(1e6, 1.5e6, 12345678.9, 1e100)
}
