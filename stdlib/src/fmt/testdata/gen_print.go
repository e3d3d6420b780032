// Generates print.txt: fmt results of real Go for the printer tests in
// stdlib/src/fmt/print.rs. Each line: mode, hex(format), comma-separated operand names,
// hex(result). The operands are rebuilt by name on the Rust side (see `operand`).
// Run: go run gen_print.go > print.txt
package main

import (
	"encoding/hex"
	"fmt"
	"strings"
)

type T struct {
	A int
	B string
}

type E struct{ code int }

func (E) Error() string { return "boom" }

type S int

func (S) String() string { return "str" }

type P struct{ X, y int }

var operands = map[string]any{
	"i": 42, "n": -7, "u8": uint8(200), "u64": uint64(1<<64 - 1), "s": "hi", "q": "a\"b\n☺",
	"f": 3.14159, "f32": float32(0.1), "b": true, "big": 1e21, "small": 1e-7, "neg0": -0.0 * -1,
	"inf": 1 / zero(), "c": complex(1, -2.5), "sl": []int{1, 2, 3}, "nilsl": []int(nil),
	"m": map[string]int{"b": 2, "a": 1}, "nilm": map[string]int(nil), "t": T{1, "x"},
	"pt": &T{2, "y"}, "bs": []byte("hi"), "nil": nil, "e": E{3}, "st": S(5), "sts": []S{1, 2},
	"p": P{1, 2}, "r": 'x', "arr": [2]bool{true, false}, "any": []any{1, "a", nil, 2.5},
	"mi": map[int]string{3: "c", 1: "a", 2: "b"}, "w": 7, "pr": 2,
}

func zero() float64 { return 0 }

var cases = []struct {
	mode, format, args string
}{
	{"f", "%v %d %s", "i,i,s"},
	{"f", "%5d|%-5d|%05d|%+d|% d", "i,i,n,i,i"},
	{"f", "%x %X %o %b %O %#x %#o", "i,i,i,i,i,i,i"},
	{"f", "%d %v %x %#v", "u8,u64,u64,u64"},
	{"f", "%c %q %U %#U", "r,r,r,r"},
	{"f", "%8.3f|%-10.2e|%g|%G|%.3g|%e", "f,f,f,big,f,small"},
	{"f", "%v %v %v %v %v %v", "f,f32,big,small,neg0,inf"},
	{"f", "%06.2f|%+.1f|% .2f|%#g|%#.3x", "f,f,f,f,i"},
	{"f", "%v|%+v|%#v|%T", "t,t,t,t"},
	{"f", "%v|%+v|%#v|%T", "pt,pt,pt,pt"},
	{"f", "%v %d %#v %T", "sl,sl,sl,sl"},
	{"f", "%v %#v %d", "nilsl,nilsl,nilsl"},
	{"f", "%v %#v %v %#v", "m,m,nilm,nilm"},
	{"f", "%v %s %x %X % x %#x %q %#v", "bs,bs,bs,bs,bs,bs,bs,bs"},
	{"f", "%s|%q|%x|%10s|%-10s|%.1s|%#q", "s,q,s,s,s,q,s"},
	{"f", "%v %T %d", "nil,nil,nil"},
	{"f", "%d %s %t %z", "s,i,i,b"},
	{"f", "%d %d", "i"},
	{"f", "%d", "i,s,nil"},
	{"f", "%[2]d %[1]d %[3]d", "i,n"},
	{"f", "%*d|%-*d|%.*f", "w,i,w,i,pr,f"},
	{"f", "%!|%|100%%|%", "i"},
	{"f", "%v %s %d %x", "e,e,e,e"},
	{"f", "%v %s %d %+v", "st,st,st,sts"},
	{"f", "%v %+v %#v", "p,p,p"},
	{"f", "%v %.2f %+.1e %#v", "c,c,c,c"},
	{"f", "%v %#v %v", "arr,arr,any"},
	{"f", "%v %#v", "any,mi"},
	{"f", "%t %v %5t", "b,b,b"},
	{"f", "%x|%X|%#.3x|%10.2x|%x", "f,big,f,f,f32"},
	{"p", "", "s,i,i,s,s,f,b"},
	{"p", "", "i,e,nil,sl"},
	{"l", "", "s,i,f,b,nil,m,pt,t,e,st"},
	{"l", "", "big,f32,inf,c,bs"},
}

func main() {
	for _, c := range cases {
		var args []any
		for _, name := range strings.Split(c.args, ",") {
			args = append(args, operands[name])
		}
		var out string
		switch c.mode {
		case "f":
			out = fmt.Sprintf(c.format, args...)
		case "p":
			out = fmt.Sprint(args...)
		case "l":
			out = fmt.Sprintln(args...)
		}
		fmt.Printf("%s\t%s\t%s\t%s\n", c.mode, hex.EncodeToString([]byte(c.format)), c.args, hex.EncodeToString([]byte(out)))
	}
}
