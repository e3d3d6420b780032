// Float verbs: %e %E %f %F %g %G %x with width and precision, specials.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%e|%E|%f|%F|%g|%G\n", x, x, x, x, x, x)
	fmt.Printf("%.2e|%.0f|%.3f|%.3g|%10.2f|%-10.2f|%010.2f\n", x, x, x, x, x, x, x)
	fmt.Printf("%+.1f|% .1f|%+.1f\n", 2.55, 2.55, -2.55)
	fmt.Printf("%g %g %g %g %g\n", 1e6, 1e21, 1e-5, 100000.0, 0.0001)
	fmt.Printf("%v %v\n", float32(1)/3, 1.0/3)
	fmt.Printf("%f %f %f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%6.2f|%-8v|%8v|\n", math.Pi, math.E, 1.5)
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.05, 0.15, 0.25, 0.35)
	fmt.Printf("%.0f %.0f %.0f\n", 0.5, 1.5, 2.5)
	fmt.Printf("%x %X\n", 1.0, 0.5)
	fmt.Printf("%#g %#.3g\n", 1.0, 2.0)
	fmt.Printf("%8.3e|\n", 123456.789)
}
