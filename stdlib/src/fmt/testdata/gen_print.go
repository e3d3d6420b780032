// Generates print.txt: fmt results of real Go for the printer tests in
// stdlib/src/fmt/print_tests.rs. Each line: mode, hex(format), comma-separated operand names,
// hex(result). The operands are rebuilt by name on the Rust side (see `operands`).
// Run: go run gen_print.go > print.txt
package main

import (
	"encoding/hex"
	"fmt"
	"math"
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

// N nests the other kinds; its unexported field's String method is not called.
type N struct {
	T T
	P *T
	M map[int]string
	L []S
	I any
	q S
}

var operands = map[string]any{
	"i": 42, "n": -7, "u8": uint8(200), "u64": uint64(1<<64 - 1), "s": "hi", "q": "a\"b\n☺",
	"f": 3.14159, "f32": float32(0.1), "b": true, "big": 1e21, "small": 1e-7, "neg0": -0.0 * -1,
	"inf": 1 / zero(), "c": complex(1, -2.5), "sl": []int{1, 2, 3}, "nilsl": []int(nil),
	"m": map[string]int{"b": 2, "a": 1}, "nilm": map[string]int(nil), "t": T{1, "x"},
	"pt": &T{2, "y"}, "bs": []byte("hi"), "nil": nil, "e": E{3}, "st": S(5), "sts": []S{1, 2},
	"p": P{1, 2}, "r": 'x', "arr": [2]bool{true, false}, "any": []any{1, "a", nil, 2.5},
	"mi": map[int]string{3: "c", 1: "a", 2: "b"}, "w": 7, "pr": 2,
	"z": 0, "i64min": int64(-1 << 63), "i8": int8(-128), "u16": uint16(65535),
	"hs": "héllo, 世界", "bin": "\xff\x00a", "ctl": "a\tb`c", "f2": -2.5, "nan": math.NaN(),
	"ninf": math.Inf(-1), "three": 3.0, "c64": complex64(1 + 2i), "bigr": rune(0x1F600),
	"surr": rune(0xD800), "negr": rune(-1), "hugew": 10000000, "psl": &[]int{1, 2},
	"pm": &map[string]int{"a": 1}, "nilp": (*T)(nil), "rs": []rune("hé"), "strs": []string{"a", "b c"},
	"ua": [3]uint8{1, 2, 254}, "nbs": []byte(nil), "mS": map[S]int{2: 1, 1: 2},
	"nested": N{T{1, "x"}, nil, map[int]string{2: "b", 1: "a"}, []S{1}, 2.5, 3},
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
	{"f", "%+05d|%-+5d|% 05d|%+ d|%#b|%#o|%#O|%O|%#X|%08.3d|%.0d|%5.0d|%-08d|%.0d", "i,i,i,i,i,i,i,n,i,i,z,z,n,i"},
	{"f", "%d|%x|%b|%o|%#x|%+d|%05d", "i64min,i64min,n,n,n,i8,i8"},
	{"f", "%d|%x|%#o|%08b|%c", "u16,u16,u16,u8,u16"},
	{"f", "%x|%X|% x|%#x|%# x|%# X|%.2x|%10x|%-10x|%010x|%x", "s,s,hs,s,hs,s,hs,s,s,s,z"},
	{"f", "%x|% X|%#x|%# x|%.1x|%8x|%-8X|%x|%x", "bs,bs,ua,ua,ua,bs,bs,nbs,strs"},
	{"f", "%q|%+q|%#q|%#+q|%10q|%-10q|%.2q|%q|%#q|%+q", "hs,hs,hs,hs,s,s,hs,bin,ctl,bin"},
	{"f", "%q|%v|%#v|%x|%s", "strs,strs,strs,strs,strs"},
	{"f", "%c|%q|%+q|%U|%#U|%c|%q|%U|%c|%q|%U|%#U", "bigr,bigr,bigr,bigr,bigr,surr,surr,surr,negr,negr,negr,negr"},
	{"f", "%#U|%8U|%-8U|%.6U|%08U|%#q|%#q", "r,r,r,r,r,r,bigr"},
	{"f", "%.0e|%.3e|%.10e|%E|%.0g|%.1g|%.20g|%g|%G|%#.0e|%#.0f|%#g", "f,f,f,small,f,f,f,small,big,f,f,three"},
	{"f", "%+.3g|%08.3e|%-12.4g|%+08.2f|% 08.2f|%012g|%-012g|%8.0f|%.3f|%#v|%#v", "f,f2,f,f2,f,small,f,f,three,three,big"},
	{"f", "%v|%+v|% v|%08v|%-8v|%5.1f|%f|%e|%g|%08f|%+v|%v", "nan,nan,nan,nan,nan,nan,ninf,ninf,ninf,ninf,inf,neg0"},
	{"f", "%b|%b|%b|%#b|%#x|%.0x|%.20x|%X", "f,f32,three,f,f2,f,small,ninf"},
	{"f", "%v|%+v|%#v|%.1f|%8.2f|%T|%g|%+.2e", "c64,c64,c64,c64,c64,c64,c,c"},
	{"f", "%*s|%-*s|%.*s|%*.*f|%*d", "w,s,w,s,pr,hs,w,pr,f,n,i"},
	{"f", "%*d|%.*d|%*d|%.*d|%.*d", "s,i,n,i,hugew,i,hugew,i,u8,i"},
	{"f", "%[3]*.[2]*[1]f|%[1]d %[1]x %[1]o|%[2]*[1]d", "f,pr,w,i,w"},
	{"f", "%[5]d|%[0]d|%[x]d|%[1]d %d %d|%[2]d %[1]d", "i,n,w"},
	{"f", "%d %d %[1]d extra %v", "i,n"},
	{"f", "%[2]d %[1]d", "i,n,w"},
	{"f", "%[1]", "i"},
	{"f", "%.[2]d|%[1]*d|%-[1]d|%[1]-d|%[2]", "i,w"},
	{"f", "%.d|%5|%-", "i"},
	{"f", "%.", "i"},
	{"f", "%[2]*d", "i,s"},
	{"f", "%10.[1]d", "i"},
	{"f", "%d %s", "nil,nil"},
	{"f", "%v", "i,nil,s"},
	{"f", "%!%z%☺|%-+ #0☺", "i,i"},
	{"f", "%w|%p|%p|%p", "e,i,nilsl,nilm"},
	{"f", "%s|%d|%x|%5v|%-5v|%q", "sl,strs,sl,sl,strs,sl"},
	{"f", "%08s|%-08s|%08q|%08x|%08t|%08v", "s,s,s,s,b,nil"},
	{"f", "%v|%+v|%#v", "nested,nested,nested"},
	{"f", "%v|%+v|%#v|%d|%s", "psl,psl,psl,psl,psl"},
	{"f", "%v|%#v|%v|%+v|%#v|%d|%s|%T", "pm,pm,nilp,nilp,nilp,nilp,nilp,nilp"},
	{"f", "%v|%#v|%d|%x|%q|%U|%c", "rs,rs,rs,rs,rs,rs,rs"},
	{"f", "%v|%#v|%s|%x|%d|%T", "ua,ua,ua,ua,ua,ua"},
	{"f", "%v|%#v|%s|%q|%x", "nbs,nbs,nbs,nbs,nbs"},
	{"f", "%v|%#v|%d|%s|%x", "mS,mS,mS,mS,mS"},
	{"f", "%s|%x|%X|%q|%v|%d|%#v|%+v", "st,st,st,st,sts,sts,sts,sts"},
	{"f", "%s|%d|%v|%+v|%#v|%x|%q", "e,e,e,e,e,e,e"},
	{"f", "%t|%v|%d|%s|%#v", "b,b,b,b,b"},
	{"f", "%5.2s|%.0s|%.10s|%-6.3s|%6.3q|%.3x", "hs,hs,hs,hs,hs,hs"},
	{"f", "%T|%T|%T|%T|%T|%T|%T|%T", "nested,psl,pm,mS,rs,any,c64,nil"},
	{"f", "%99999999d|x", "i"},
	{"f", "%*d|%.*d|%*d|%-*d|", "i64min,i,u64,i,u8,i,u16,z"},
	{"f", "%#X|%#.3X|%#.0X|%#x|%#g|%#.3g|%#.0g|%#e|%#.0f|%#v", "f,f,f,three,neg0,small,big,neg0,neg0,big"},
	{"f", "%[1]*d|%[x]*d|%[", "w,i"},
	{"f", "%[2]5d|%[1].2d|%[1][2]d|%.[1]3d", "i,n"},
	{"f", "%-#10x|%+#o|% #X|%#-8b|%+.3d|% .0d|%+.0d|%x", "i,i,i,i,n,z,z,n"},
	{"p", "", "s,i,i,s,s,f,b"},
	{"p", "", "i,e,nil,sl"},
	{"l", "", "s,i,f,b,nil,m,pt,t,e,st"},
	{"l", "", "big,f32,inf,c,bs"},
	{"p", "", "nil,nil,s,nested,psl,pm,nilp,e,st"},
	{"p", "", "hs,bin,i64min,nan,ua,nbs,strs,rs"},
	{"l", "", "nested,psl,pm,nilp,ua,nbs,mS,c64,u16"},
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
