// Scanning complex numbers with fmt: "(re±imi)" or "re±imi", each part a float, into
// complex64, complex128 and defined complex types, the errors for malformed input and bad
// verbs; and fmt's order of complex map keys (NaN parts first).
package main

import (
	"fmt"
	"math"
)

func main() {
	var c complex128
	var c64 complex64
	var n int
	for _, in := range []string{"(1+2i)", "3-4i 7", "1.5e3+0x1p2i", "(1+2i", "1+2", "5", "-inf+nani", "(1e400+1i)", "+1-1i", "1 + 2i"} {
		c, c64, n = 0, 0, 0
		k, err := fmt.Sscan(in, &c, &n)
		fmt.Println(in, k, err, c, n)
		k, err = fmt.Sscanf(in, "%g", &c64)
		fmt.Println(in, k, err, c64)
	}
	k, err := fmt.Sscanf("1+1i", "%d", &c)
	fmt.Println(k, err)
}

type Impedance complex64

type Signal complex128

func init() {
	var z Impedance
	var g Signal
	k, err := fmt.Sscan("(0.1+0.2i) 3e2-1i", &z, &g)
	fmt.Println(k, err, z, g)
	m := map[complex128]bool{complex(math.NaN(), 0): true, 1: false, -1i: true, complex(1, math.NaN()): true}
	fmt.Println(m)
}
