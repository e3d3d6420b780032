// Package math: floating-point constants and functions.
//
// The functions are natives (stdlib/src/pkgs/math.rs), mostly Rust's own f64 operations;
// this file has the constants and the few tests and conversions simplest in Go.
package math

// Mathematical constants, to more digits than any float holds: constant expressions on
// them are exact until converted.
const (
	E   = 2.718281828459045235360287471352662497757247093699959574966967628
	Pi  = 3.141592653589793238462643383279502884197169399375105820974944592
	Phi = 1.618033988749894848204586834365638117720309179805762862135448623

	Sqrt2   = 1.414213562373095048801688724209698078569671875376948073176679738
	SqrtE   = 1.648721270700128146848650787814163571653776100710148011575079311
	SqrtPi  = 1.772453850905516027298167483341145182797549456122387128213807790
	SqrtPhi = 1.272019649514068964252422461737491491715608041840096248616640382

	Ln2    = 0.6931471805599453094172321214581765680755001343602552541206800095
	Log2E  = 1 / Ln2
	Ln10   = 2.302585092994045684017991454684364207601101488628772976033327901
	Log10E = 1 / Ln10
)

// The largest finite float32 and float64 ((2 - 2^-23)·2^127 and (2 - 2^-52)·2^1023) and
// the smallest positive subnormal ones (2^-149 and 2^-1074).
const (
	MaxFloat32             = 0x1.fffffep127
	SmallestNonzeroFloat32 = 0x1p-149
	MaxFloat64             = 0x1.fffffffffffffp1023
	SmallestNonzeroFloat64 = 0x1p-1074
)

// The limits of the integer types (int and uint are 64 bits wide).
const (
	MaxInt    = MaxInt64
	MinInt    = MinInt64
	MaxInt8   = 127
	MinInt8   = -128
	MaxInt16  = 32767
	MinInt16  = -32768
	MaxInt32  = 2147483647
	MinInt32  = -2147483648
	MaxInt64  = 9223372036854775807
	MinInt64  = -9223372036854775808
	MaxUint   = MaxUint64
	MaxUint8  = 255
	MaxUint16 = 65535
	MaxUint32 = 4294967295
	MaxUint64 = 18446744073709551615
)

// Roots, powers and logarithms.
func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Pow(x, y float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Hypot(p, q float64) float64

// Trigonometric and hyperbolic functions and their inverses (radians).
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64

// Rounding to integers: toward minus infinity, toward plus infinity, toward zero, to
// nearest with halves away from zero, to nearest with halves to even.
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64

// Abs is |x|.
func Abs(x float64) float64

// Mod is the remainder of x/y with the sign of x (as truncated division leaves it).
func Mod(x, y float64) float64

// Remainder is x - n·y for the integer n nearest x/y (ties: even n).
func Remainder(x, y float64) float64

// Max is the larger of x and y: +Inf if either is, else NaN if either is; +0 is larger
// than -0.
func Max(x, y float64) float64

// Min is the smaller of x and y: -Inf if either is, else NaN if either is; -0 is smaller
// than +0.
func Min(x, y float64) float64

// Copysign is the magnitude of f with the sign of sign.
func Copysign(f, sign float64) float64

// Nextafter is the next float after x toward y.
func Nextafter(x, y float64) float64

// FMA is x·y + z rounded once.
func FMA(x, y, z float64) float64

// Frexp splits f into frac·2^exp with |frac| in [0.5, 1); ±0, ±Inf and NaN come back
// unchanged with exp 0.
func Frexp(f float64) (frac float64, exp int)

// Ldexp is frac·2^exp, the inverse of Frexp.
func Ldexp(frac float64, exp int) float64

// The IEEE 754 bits of floats, and back.
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32

// Inf is +Inf for sign >= 0, else -Inf.
func Inf(sign int) float64 {
	largest := MaxFloat64 // a variable: the constant product would not compile
	if sign < 0 {
		largest = -largest
	}
	return largest * 2
}

// NaN is a quiet not-a-number value.
func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

// IsNaN reports whether f is not a number.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x has its sign bit set (true for -0 and negative NaNs).
func Signbit(x float64) bool { return Float64bits(x)>>63 == 1 }

// Dim is x - y when that is positive, else 0 (NaN if either is NaN).
func Dim(x, y float64) float64 {
	if d := x - y; !(d <= 0) {
		return d
	}
	return 0
}

// Modf splits f into an integer part and a fraction, both with f's sign.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	return int, Copysign(f-int, f)
}

// Sincos is Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

// Pow10 is 10^n: 0 below 10^-323 and +Inf above 10^308.
func Pow10(n int) float64 {
	switch {
	case n < -323:
		return 0
	case n > 308:
		return Inf(1)
	}
	return Pow(10, float64(n))
}

// Logb is the binary exponent of x (±Inf → +Inf, 0 → -Inf, NaN → NaN).
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	_, exp := Frexp(x)
	return float64(exp - 1)
}

// Ilogb is Logb as an int (0 → MinInt32, ±Inf and NaN → MaxInt32).
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsInf(x, 0) || IsNaN(x):
		return MaxInt32
	}
	_, exp := Frexp(x)
	return exp - 1
}
