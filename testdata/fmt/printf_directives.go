package main

import (
	"errors"
	"fmt"
	"math"
	"os"
)

type T struct {
	A int
	B string
}

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type N struct {
	T T
	P *T
	M map[int]string
	L []S
	I any
	q S
}

// Printf directives end to end: flags, widths and precisions (literal and from *
// operands), explicit operand indexes, and every %! error form of the fmt documentation.
func main() {
	fmt.Printf("%+05d|%-+5d|% 05d|%#b|%#o|%#O|%#X|%08.3d|%.0d|%-08d|\n", 42, 42, 42, 42, 42, 42, 42, 42, 0, -7)
	fmt.Printf("%x|% X|%#x|%# x|%.2x|%10x|%-10q|%+q|%#q\n", "hé", "hi", "hi", []byte("hi"), "héllo", "hi", "hi", "héllo", "a`b")
	fmt.Printf("%c|%q|%U|%#U|%c|%U\n", 0x1F600, 'x', 0x1F600, 'x', -1, int64(-1))
	fmt.Printf("%.0e|%.3e|%E|%.0g|%.20g|%#g|%#.0f|%+.3g|%08.3e|%-12.4g|\n", math.Pi, math.Pi, 1e-7, math.Pi, math.Pi, 3.0, 3.0, math.Pi, -2.5, math.Pi)
	fmt.Printf("%v|%+v|% v|%08v|%5.1f|%f|%+v|%x|%#x|%b\n", math.NaN(), math.NaN(), math.NaN(), math.Inf(1), math.NaN(), math.Inf(-1), math.Inf(1), 3.5, -2.5, 1.0)
	fmt.Printf("%*s|%-*s|%.*s|%*.*f|%*d|%.*d\n", 7, "hi", 7, "hi", 2, "héllo", 7, 2, math.Pi, -7, 42, -1, 42)
	fmt.Printf("%*d|%.*d|%*d\n", "x", 42, 2.5, 42, 10000000, 42)
	fmt.Printf("%[3]*.[2]*[1]f|%[1]d %[1]x %[1]o|%[2]*[1]d\n", 12.0, 2, 7)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1]d %d %d|%[2]d %[1]d\n", 1, 2, 3)
	fmt.Printf("%d %d %[1]d extra %v\n", 1, 2)
	fmt.Printf("%[1]5d|%[1].2d|%.[2]d|%-[1]d|%10.[1]d|%[1]\n", 42, 7)
	fmt.Printf("%d|%s|%!|%z|%-+ #0☺|%.|%\n", "hi", 42, 1, 2, 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra", nil, 2.5)
	fmt.Printf("%99999999d|tail\n", 1)
	fmt.Printf("%d %s %v %T\n", nil, nil, nil, nil)
	n := N{T{1, "x"}, nil, map[int]string{2: "b", 1: "a"}, []S{1}, 2.5, 3}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", n, n, n, n)
	fmt.Printf("%v|%+v|%#v|%d|%s\n", &[]int{1, 2}, &map[string]int{"a": 1}, &T{2, "y"}, &[]int{3}, &[]int{4})
	fmt.Printf("%v|%#v|%d|%x|%q|%U|%c\n", []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"))
	fmt.Printf("%v|%#v|%s|%x|%d|%q\n", [3]uint8{1, 2, 254}, [3]uint8{1, 2, 254}, [3]uint8{65, 66, 67}, [3]uint8{1, 2, 254}, [3]uint8{1, 2, 254}, []byte(nil))
	fmt.Printf("%s|%x|%q|%v|%d|%#v|%08s|%-8v|\n", S(5), S(5), S(5), []S{1, 2}, []S{1, 2}, []S{1, 2}, "hi", S(7))
	err := fmt.Errorf("wrap: %w and %w; %d", errors.New("one"), errors.New("two"), 3)
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Printf("%w|%v\n", errors.New("x"), fmt.Errorf("%w", 42))
	fmt.Fprintf(os.Stdout, "%6.2f%%|%-6.2v|%06.2f|%+.1e|%v\n", 99.5, 3.14159, -1.5, 1234.5, float32(0.1))
	fmt.Print("a", 1, 2, "b", nil, 3.5, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf(""))
}
