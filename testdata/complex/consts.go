// Untyped complex constants: imaginary literals in every form, exact constant arithmetic,
// complex/real/imag folded on constants (with their result types), typed complex constants,
// representability (a complex constant with zero imaginary part converts to int or float)
// and untyped complex shift counts.
package main

import "fmt"

const (
	I  = 1i
	C  = 1 + 2i
	C2 = C * C               // -3+4i
	Q  = C / (3 - 4i)        // exact: (-1+2i)/5
	R  = real(C2) + imag(Q)  // untyped float: -3 + 0.4
	K  = (1 + 2i) - 2i       // imaginary part 0: usable as an integer
	Big = 1e300i * 1e300i    // exact: -1e600, only the product is huge
	Back = Big / 1e600       // back in range
	Tiny = (1 + 1e-30i) * (1 - 1e-30i) - 1 // exactly 1e-60
)

const typed complex64 = 1.5 - 2.5i

type Cplx complex128

func main() {
	fmt.Println(2i, 1e3i, 0x1p-2i, 0123i, 1_0i, 0o17i, 0b101i, 0x1Fi, .5i, 1.e2i, 0i)
	fmt.Println(I*I, C, C2, Q, R, K, Back, real(Tiny) > 0, real(Tiny)*1e60)
	var n int = K
	var f float32 = K * 1.5
	arr := [K]int{}
	fmt.Println(n, f, len(arr), int(K), float64(C2*C2/C2/C2*2.5))
	fmt.Println(real(3), imag(3), real(2.5i), imag(2.5i), complex(1, 2), complex(0.5, -1))
	const c3 = complex(1, 2) * 3
	var c64 complex64 = c3
	var c128 = c3
	fmt.Printf("%T %v %T %v %T %v\n", c64, c64, c128, c128, typed, typed)
	fmt.Printf("%T %T %T\n", real(typed), imag(c128), complex(float32(1), 2))
	var cx Cplx = 3 + 4i
	fmt.Printf("%T %v %v %v\n", cx, cx, cx*cx, real(cx))
	fmt.Println(C == 1+2i, C != C2, I*I == -1, 1 == complex(1, 0))
	// untyped complex constants as shift counts (their imaginary parts are 0)
	x := 1
	fmt.Println(x<<(1+0i), x<<0i, x<<((1+0i)<<x), x<<(0i<<x), x<<(3+0i-1))
	// float32 rounding of typed constants
	const third complex64 = 1.0 / 3
	fmt.Println(third, complex128(third) == 1.0/3, real(third) == float32(1.0/3))
	var i interface{} = C
	fmt.Printf("%T %v\n", i, i)
}
