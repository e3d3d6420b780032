// math: the special cases Go documents (NaN, ±0, ±Inf) for Max/Min, Frexp/Ldexp (also
// subnormals and overflow), Mod, Modf, Dim, rounding, Pow, Sqrt, Copysign/Signbit, and the
// integer and float limit constants.
package main

import (
	"fmt"
	"math"
)

var (
	nan    = math.NaN()
	inf    = math.Inf(1)
	negInf = math.Inf(-1)
	negZ   = math.Copysign(0, -1)
)

func main() {
	vals := []float64{nan, inf, negInf, 0, negZ, 1, -1, 2.5, -2.5, 0.49999999999999994, 1e300, 5e-324, -5e-324, 2.2250738585072014e-308}
	for _, x := range vals {
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, fr, ex, ip, fp, math.Trunc(x), math.Floor(x), math.Ceil(x), math.Round(x), math.RoundToEven(x), math.Abs(x), math.Signbit(x), math.Sqrt(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
	pairs := [][2]float64{{nan, 1}, {1, nan}, {inf, nan}, {nan, negInf}, {0, negZ}, {negZ, 0}, {negZ, negZ}, {inf, 1}, {negInf, 1}, {3, 2}, {-3, 2}, {3, -2}, {5, 0}, {5, inf}, {inf, 5}, {-7.5, 2}, {1e308, 1e-308}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println(x, y, math.Max(x, y), math.Min(x, y), math.Signbit(math.Max(x, y)), math.Signbit(math.Min(x, y)), math.Mod(x, y), math.Dim(x, y), math.Copysign(x, y), math.Pow(x, y), math.Hypot(x, y), math.Remainder(x, y))
	}
	for _, p := range [][2]float64{{0, -1}, {negZ, -1}, {negZ, -2}, {negZ, 3}, {-1, inf}, {-1, negInf}, {0.5, inf}, {2, negInf}, {-8, 1.0 / 3}, {-2, 3}, {nan, 0}, {1, nan}, {inf, -1}, {negInf, 3}, {negInf, -3}, {10, 309}, {2, -1074}, {2, -1075}} {
		fmt.Println(p[0], p[1], math.Pow(p[0], p[1]))
	}
	for _, c := range []struct {
		f float64
		e int
	}{{0.5, 1}, {0.5, -1073}, {0.75, -1074}, {0.5, -1074}, {0.5, -1075}, {0.99, 1024}, {0.5, 1025}, {-0.5, 1025}, {1, -2000}, {-1, -2000}, {3, 10}, {nan, 3}, {inf, -5}, {negZ, 5}, {0.6, -1073}, {1.5, -1074}} {
		fmt.Println(c.f, c.e, math.Ldexp(c.f, c.e))
	}
	fmt.Printf("%x %x %x %x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Max(nan, 1)), math.Float64bits(math.Inf(-3)), math.Float64bits(negZ))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.Pi*1e20, math.E/3, math.Ln2*math.Log2E)
	s, c := math.Sincos(0)
	fmt.Println(s, c, math.Pow10(3), math.Pow10(-2), math.Pow10(400), math.Pow10(-400), math.Asinh(0), math.Acosh(1), math.Atanh(0), math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter(nan, 1))
	fmt.Println(math.Float32bits(-1.5), math.Float32frombits(0x3fc00000), math.Logb(8), math.Logb(0), math.Ilogb(8), math.Ilogb(0.1), math.FMA(2, 3, 4))
}
