// math/cmplx: every function on ordinary values and on the special ones (±0, ±Inf, NaN
// parts). Results of transcendental functions are printed with 10 significant digits:
// minigo's math functions may differ from Go's in the last bit.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	vals := []complex128{0, 1, -1, 1i, -1i, 1 + 1i, -2 + 3i, 3 - 4i, 0.5 - 0.25i, -0.1 - 7i, 100 + 0.001i, 2, -4, 0.3, 0 - 2i, 0.6 + 0.8i}
	for _, a := range []float64{0, negz, 1, -2, inf, -inf, nan} {
		for _, b := range []float64{0, negz, 1, -2, inf, -inf, nan} {
			vals = append(vals, complex(a, b))
		}
	}
	fs := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj},
	}
	for _, f := range fs {
		for _, v := range vals {
			fmt.Printf("%s(%v) = %.10g\n", f.name, v, f.f(v))
		}
	}
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Printf("%v abs=%v phase=%.10g polar=(%v, %.10g) inf=%v nan=%v rect=%.10g\n",
			v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.IsInf(v), cmplx.IsNaN(v), cmplx.Rect(r, th))
		for _, w := range []complex128{0, 1, -1, 2i, 0.5 + 0.5i, -2 - 1i, complex(inf, 0), complex(nan, 0)} {
			fmt.Printf("Pow(%v, %v) = %.10g\n", v, w, cmplx.Pow(v, w))
		}
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), cmplx.IsNaN(cmplx.Inf()))
	fmt.Println(cmplx.Abs(3+4i), cmplx.Sqrt(-4), cmplx.Sqrt(3+4i), cmplx.Conj(1+1i), cmplx.Pow(2, 10))
	fmt.Printf("%.10g\n", cmplx.Pow(1i, 2))
	// Euler's identity, to 10 digits
	fmt.Printf("%.10f\n", cmplx.Exp(complex(0, math.Pi))+1)
}
