// Generates float.txt: strconv.FormatFloat results of real Go for the tests of
// stdlib/src/fmt/float.rs. Run: go run gen_float.go > float.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.125, 0.5, 1.5, 2.5, 3.14159, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5,
		123456789, 1.0 / 3, 2.0 / 3, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 1e23, 0.000123456,
		float64(float32(0.1)), 16777216, 9007199254740993, 123.456, 999.9999, 0.05, 0.15, 1e100, 1e-100,
		math.Inf(1), math.Inf(-1), math.NaN(), 12345.6789e10, 0.3}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 25; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17, 25}
	for _, v := range vals {
		for _, size := range []int{64, 32} {
			if size == 32 && math.Abs(v) > math.MaxFloat32 && !math.IsInf(v, 0) {
				continue
			}
			x := v
			if size == 32 {
				x = float64(float32(v))
			}
			for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
				for _, p := range precs {
					if f == 'b' && p != -1 || (f == 'x' || f == 'X') && p > 17 {
						continue
					}
					fmt.Printf("%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(x), f, p, size, strconv.FormatFloat(x, f, p, size))
				}
			}
		}
	}
}
