// The builtins complex, real and imag: argument types and counts.
package main

func main() {
	var ff float32
	var dd float64
	var ii int
	var x complex128
	_ = complex(1, 2i)
	_ = complex(ff, dd)
	_ = complex(ii, ii)
	_ = complex(1)
	_ = real("a")
	_ = imag(ii)
	_ = real(x, x)
	_ = complex(x, x)
}
