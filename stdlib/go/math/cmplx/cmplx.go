// Package cmplx provides basic functions on complex numbers: magnitude and phase, roots,
// exponentials and logarithms, and the circular and hyperbolic functions with their
// inverses, each the principal branch.
//
// The functions are built from their textbook identities over package math (for z = x+iy:
// e^z = e^x(cos y + i sin y), log z = ln|z| + i arg z, and so on), with the real-argument
// cases routed to math's real functions so that they are exact where those are.
package cmplx

import "math"

// Abs returns |x|, the modulus of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns x's modulus r and argument θ: x = r·e^(iθ).
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with modulus r and argument θ: r·(cos θ + i·sin θ).
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// Conj returns x mirrored in the real axis, its complex conjugate.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf returns the complex infinity whose parts are both +Inf.
func Inf() complex128 { return complex(math.Inf(1), math.Inf(1)) }

// NaN returns the complex "not a number" whose parts are both NaN.
func NaN() complex128 { return complex(math.NaN(), math.NaN()) }

// IsInf reports whether either part of x is infinite.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// IsNaN reports whether either part of x is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Sqrt returns the principal square root of x (real part >= 0, imaginary part with the
// sign of x's).
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		if re == 0 {
			return complex(0, im)
		}
		if re < 0 {
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		// sqrt(iy) = sqrt(|y|/2)·(1 ± i)
		t := math.Sqrt(0.5 * math.Abs(im))
		return complex(t, math.Copysign(t, im))
	}
	// With t = sqrt((|x| + |re|)/2): the root is t + i·im/(2t) for re > 0, and
	// |im|/(2t) ± i·t for re < 0 (each form avoids cancellation).
	t := math.Sqrt(0.5 * (Abs(x) + math.Abs(re)))
	if re > 0 {
		return complex(t, im/(2*t))
	}
	return complex(math.Abs(im)/(2*t), math.Copysign(t, im))
}

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) && (im == 0 || math.IsInf(im, 0) || math.IsNaN(im)) {
		if re > 0 {
			if im == 0 {
				return complex(re, im)
			}
			return complex(re, math.NaN())
		}
		return complex(0, math.Copysign(0, im))
	}
	if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	return Rect(math.Exp(re), im)
}

// Log returns the natural logarithm of x (imaginary part in [-Pi, Pi]).
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 returns the base-10 logarithm of x: Log(x) scaled by log10(e).
func Log10(x complex128) complex128 {
	w := Log(x)
	return complex(real(w)*math.Log10E, imag(w)*math.Log10E)
}

// Pow returns x**y: Pow(0, 0) is 1, Pow(0, y) is 0 for real(y) > 0 and Inf for
// real(y) < 0 (then imag(y) must be 0).
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		re, im := real(y), imag(y)
		switch {
		case re == 0:
			return 1
		case re < 0:
			if im == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	// x^y = e^(y·log x): modulus |x|^re · e^(-im·arg x), argument re·arg x + im·ln|x|.
	r, θ := Polar(x)
	re, im := real(y), imag(y)
	mod := math.Pow(r, re)
	arg := re * θ
	if im != 0 {
		mod *= math.Exp(-im * θ)
		arg += im * math.Log(r)
	}
	return Rect(mod, arg)
}

// Sin returns the sine of x: sin z = -i·sinh(iz).
func Sin(x complex128) complex128 {
	w := Sinh(complex(-imag(x), real(x)))
	return complex(imag(w), -real(w))
}

// Cos returns the cosine of x: cos z = cosh(iz) (and cos(±0 + iNaN) is NaN + 0i).
func Cos(x complex128) complex128 {
	if real(x) == 0 && math.IsNaN(imag(x)) {
		return complex(math.NaN(), 0)
	}
	return Cosh(complex(-imag(x), real(x)))
}

// Tan returns the tangent of x: tan z = -i·tanh(iz).
func Tan(x complex128) complex128 {
	w := Tanh(complex(-imag(x), real(x)))
	return complex(imag(w), -real(w))
}

// Cot returns the cotangent of x: (sin 2a - i·sinh 2b) / (cosh 2b - cos 2a) for x = a+ib.
func Cot(x complex128) complex128 {
	a, b := real(x), imag(x)
	d := math.Cosh(2*b) - math.Cos(2*a)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*a)/d, -math.Sinh(2*b)/d)
}

func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// Sinh returns the hyperbolic sine of x = a+ib: cos b·sinh a + i·sin b·cosh a, with C99's
// values where a part is infinite or NaN.
func Sinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && !finite(a):
		return x
	case !finite(b):
		if a == 0 || math.IsInf(a, 0) {
			return complex(a, math.NaN())
		}
		return NaN()
	}
	s, c := math.Sincos(b)
	return complex(c*math.Sinh(a), s*math.Cosh(a))
}

// Cosh returns the hyperbolic cosine of x = a+ib: cos b·cosh a + i·sin b·sinh a, with
// C99's values where a part is infinite or NaN.
func Cosh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.IsNaN(a):
		return x
	case b == 0 && !finite(a):
		return complex(math.Abs(a), b*math.Copysign(1, a))
	case !finite(b):
		if a == 0 {
			return complex(math.NaN(), a*math.Copysign(0, b))
		}
		if math.IsInf(a, 0) {
			return complex(math.Inf(1), math.NaN())
		}
		return NaN()
	}
	s, c := math.Sincos(b)
	return complex(c*math.Cosh(a), s*math.Sinh(a))
}

// Tanh returns the hyperbolic tangent of x = a+ib: (sinh 2a + i·sin 2b) / (cosh 2a + cos 2b),
// with C99's values where a part is infinite or NaN.
func Tanh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case math.IsInf(a, 0):
		if finite(b) {
			return complex(math.Copysign(1, a), math.Copysign(0, math.Sin(2*b)))
		}
		return complex(math.Copysign(1, a), math.Copysign(0, b))
	case !finite(b):
		return NaN()
	case math.IsNaN(a):
		if b == 0 {
			return complex(a, b)
		}
		return NaN()
	}
	d := math.Cosh(2*a) + math.Cos(2*b)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*a)/d, math.Sin(2*b)/d)
}

// Asin returns the inverse sine of x: -i·log(ix + sqrt(1 - x²)).
func Asin(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.Abs(a) <= 1:
		return complex(math.Asin(a), b)
	case a == 0 && math.Abs(b) <= 1:
		// asin(iy) = i·asinh(y)
		return complex(a, math.Asinh(b))
	case math.IsInf(a, 0) && math.IsNaN(b):
		return complex(b, a)
	}
	if !finite(a) || !finite(b) {
		// asin z = -i·asinh(iz), whose infinite and NaN cases C99 lists.
		w := Asinh(complex(-b, a))
		return complex(imag(w), -real(w))
	}
	xx := x * x
	w := Log(complex(-b, a) + Sqrt(complex(1-real(xx), -imag(xx))))
	return complex(imag(w), -real(w))
}

// Acos returns the inverse cosine of x: Pi/2 - Asin(x).
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Atan returns the inverse tangent of x = a+ib: the real part is half the argument of
// (1 - a² - b²) + 2ai, the imaginary part a quarter of log(|x+i|² / |x-i|²).
func Atan(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0:
		return complex(math.Atan(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Atanh(b))
	case math.IsInf(a, 0) || math.IsInf(b, 0):
		if math.IsNaN(a) {
			return complex(a, math.Copysign(0, b))
		}
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(0, b))
	case math.IsNaN(a) || math.IsNaN(b):
		return NaN()
	}
	d := 1 - a*a - b*b
	if d == 0 {
		return NaN()
	}
	// The real part lies in [-Pi/2, Pi/2): an angle of exactly Pi/2 wraps around.
	re := 0.5 * math.Atan2(2*a, d)
	if re == math.Pi/2 {
		re = -math.Pi / 2
	}
	below := a*a + (b-1)*(b-1)
	if below == 0 {
		return NaN()
	}
	return complex(re, 0.25*math.Log((a*a+(b+1)*(b+1))/below))
}

// Asinh returns the inverse hyperbolic sine of x: log(x + sqrt(1 + x²)), with C99's values
// where a part is infinite or NaN.
func Asinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.Abs(a) <= 1:
		return complex(math.Asinh(a), b)
	case a == 0 && math.Abs(b) <= 1:
		// asinh(iy) = i·asin(y)
		return complex(a, math.Asin(b))
	case math.IsInf(a, 0):
		switch {
		case math.IsNaN(b):
			return complex(a, b)
		case math.IsInf(b, 0):
			return complex(a, math.Copysign(math.Pi/4, b))
		}
		return complex(a, math.Copysign(0, b))
	case math.IsInf(b, 0):
		if math.IsNaN(a) {
			return complex(b, a)
		}
		return complex(math.Copysign(math.Inf(1), a), math.Copysign(math.Pi/2, b))
	case math.IsNaN(a) && b == 0:
		return complex(a, b)
	case math.IsNaN(a) || math.IsNaN(b):
		return NaN()
	}
	xx := x * x
	return Log(x + Sqrt(complex(1+real(xx), imag(xx))))
}

// Acosh returns the inverse hyperbolic cosine of x (real part >= 0): ±i·Acos(x).
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atanh returns the inverse hyperbolic tangent of x: -i·Atan(ix).
func Atanh(x complex128) complex128 {
	w := Atan(complex(-imag(x), real(x)))
	return complex(imag(w), -real(w))
}
