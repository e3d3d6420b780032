// Package math: constants, rounding, powers, trigonometry, special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8, uint64(math.MaxUint64))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(1))
	fmt.Println(math.Hypot(3, 4), math.Inf(1) > math.MaxFloat64, math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Max(math.NaN(), 1))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
}
