// Complex arithmetic at run time: + - * / on complex128 and complex64 (each part of a
// complex64 rounded to float32 after every operation), unary minus, ++ and op=, division by
// zero (no panic: infinities and NaNs as Go's runtime gives them), NaN and signed zeros.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 3+4i, -1.5+0.5i
	fmt.Println(a+b, a-b, a*b, a/b, -a, -b)
	var c, d complex64 = 1.1 + 2.2i, 3.3 - 4.4i
	fmt.Println(c+d, c-d, c*d, c/d, -c)
	// float32 rounding of each part after each step
	var third complex64 = 1
	third /= 3
	fmt.Println(third, third*3, complex128(third))
	fmt.Println(real(third) == float32(1.0/3.0), imag(third))
	x := a
	x++
	x--
	x += 1i
	x -= 2
	x *= 2i
	x /= 1 + 1i
	fmt.Println(x)

	// division by zero gives infinities and NaNs, never a panic
	var zero complex128
	one := complex(1, 0)
	fmt.Println(one/zero, -one/zero, zero/zero, (1+1i)/zero, 1i/zero)
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(complex(inf, 0)/(1+1i), (1+1i)/complex(inf, inf), complex(inf, 1)/(2+0i))
	fmt.Println(complex(nan, 0)/zero, complex(0, nan)*2, (1+2i)/complex(0, inf))
	var z64 complex64
	fmt.Println(complex64(1)/z64, z64/z64)
	huge, tiny := complex(1e308, 1e308), complex(1e-308, 1e-308)
	fmt.Println(huge*(2+0i), huge/tiny, huge/huge, one/complex(1e-320, 0))

	// equality: both parts compare as floats
	n := complex(nan, 1)
	fmt.Println(n == n, n != n, zero == complex(0, math.Copysign(0, -1)), a == 3+4i)
	negz := complex(math.Copysign(0, -1), math.Copysign(0, -1))
	fmt.Println(negz, -zero, zero-zero, -negz)

	// mixing with untyped constants and conversions
	var f float64 = 2.5
	y := complex(f, f*2) * 2
	fmt.Println(y, real(y), imag(y), complex64(y), complex128(complex64(y*1e-50)))
	var r32 float32 = 0.1
	z := complex(r32, r32)
	fmt.Printf("%T %v %T %v\n", z, z, real(z), real(z))
	fmt.Println(real(complex64(0.1+0.1i)) == r32)

	// a loop: the Mandelbrot iteration for a few points
	for _, p := range []complex128{0, -1, 1i, 0.25 + 0.5i, 1 + 1i} {
		z, n := complex128(0), 0
		for ; n < 50 && real(z)*real(z)+imag(z)*imag(z) <= 4; n++ {
			z = z*z + p
		}
		fmt.Println(p, n, z)
	}
}
