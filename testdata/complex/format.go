// Formatting complex numbers: fmt's verbs, widths, precisions and flags, Print/Println
// spacing, %T, the builtin println, and strconv.FormatComplex and ParseComplex (with its
// NumErrors).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	c := 1 + 2i
	var c64 complex64 = -1.5 + 0.1i
	for _, f := range []string{"%v", "%g", "%e", "%E", "%f", "%F", "%.2f", "%+v", "%8.3f", "%-12.1e|", "%+.3g", "%x", "%X", "%b", "% v", "%#v", "%G", "%010.2f", "%d", "%s", "%q"} {
		fmt.Printf(f+"  ", c)
		fmt.Printf(f+"\n", c64)
	}
	fmt.Printf("%T %T\n", c, c64)
	fmt.Println(c, c64, complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), math.Inf(-1)))
	fmt.Print(c, c64, "\n")
	fmt.Print(c, "x", 2i, "\n")
	fmt.Println(fmt.Sprint(1e21+1e-7i), fmt.Sprintf("%.3v", 1.23456+7.891011i), fmt.Sprintf("%6.2v|", 1i))
	fmt.Printf("%v %v\n", []complex128{1, 2i}, map[string]complex64{"k": 3})
	fmt.Printf("%v %+v\n", struct{ Z complex64 }{1i}, struct{ Z complex128 }{-1})
	fmt.Printf("%[2]v %[1]v\n", 1i, 2i)
	println(c, c64, complex(math.NaN(), math.Inf(1)))

	for _, v := range []complex128{0, 1 + 2i, -1.5 - 0.25i, 1e21 + 1e-7i, complex(math.Inf(1), math.NaN())} {
		fmt.Println(strconv.FormatComplex(v, 'g', -1, 128), strconv.FormatComplex(v, 'e', 3, 128),
			strconv.FormatComplex(v, 'f', 1, 64), strconv.FormatComplex(v, 'G', 2, 64))
	}
	ins := []string{"1", "1+2i", "(1+2i)", "-3.5i", "i", "+i", "1+i", "1e5-2e-3i", "0x1p-2+0x1p3i",
		"inf", "Infi", "-Inf+NaNi", "NaN-NaNi", "1++2i", "(1+2i", "1 + 2i", "1e400+1i", "1+1e400i",
		"1e50+1i", "+1e-50-1e50i", "1_000+2i", "NaNi", "-NaNi", "", "2i+1", "3+-4i", "+NaNi", "1e39i"}
	for _, s := range ins {
		for _, bits := range []int{128, 64} {
			v, err := strconv.ParseComplex(s, bits)
			fmt.Println(s, bits, v, err)
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'g', -1, 32)
}
