// Sscan and Sscanln into every basic pointer type: counts, values, newline rules and
// the integer prefixes %v accepts.
package main

import "fmt"

func report(label string, n int, err error, vals ...any) {
	fmt.Printf("%-28s n=%d err=%v vals=%v\n", label, n, err, vals)
}

func main() {
	var (
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
	)
	n, err := fmt.Sscan("-1 -128 32767 -2147483648 9223372036854775807", &i, &i8, &i16, &i32, &i64)
	report("signed", n, err, i, i8, i16, i32, i64)
	n, err = fmt.Sscan("1 255 65535 4294967295 18446744073709551615 7", &u, &u8, &u16, &u32, &u64, &up)
	report("unsigned", n, err, u, u8, u16, u32, u64, up)
	n, err = fmt.Sscan("0x1F -0X1f 0b101 +0B11 0o17 0O7 017 0 5 10 1_000 0x_ff", &i, &i8, &i16, &i32, &i64, &u, &u8, &u16, &u32, &u64, &up, &i)
	report("prefixes", n, err, i, i8, i16, i32, i64, u, u8, u16, u32, u64, up)

	var f32 float32
	var f64 float64
	for _, in := range []string{"3.25 -1e3", "1e-2 .5", "+Inf -inf", "NaN nan", "0x1p-2 0x1.8p1", "1_000.5 2.5e+2", "1p4 3.0p-1", "1e40 1e400", "1 1e400", "7 8", "-0x1.8p+1 1E2", "1P4 2", "abc 1", ". 1", "1e 1", "0x 1"} {
		f32, f64 = 0, 0
		n, err = fmt.Sscan(in, &f32, &f64)
		report("floats "+in, n, err, f32, f64)
	}

	var s1, s2 string
	n, err = fmt.Sscan("  hello\n\n  world  ", &s1, &s2)
	report("strings across newline", n, err, s1, s2)
	n, err = fmt.Sscan("héllo\twörld\r\nx", &s1, &s2)
	report("unicode strings", n, err, s1, s2)

	var b []byte
	n, err = fmt.Sscan("bytes!", &b)
	report("bytes", n, err, string(b))

	var t1, t2, t3, t4, t5, t6 bool
	n, err = fmt.Sscan("true FALSE 1 0 T f", &t1, &t2, &t3, &t4, &t5, &t6)
	report("bools", n, err, t1, t2, t3, t4, t5, t6)
	n, err = fmt.Sscan("TRUE False", &t1, &t2)
	report("bools caps", n, err, t1, t2)

	var a, c int
	var w string
	n, err = fmt.Sscan("12abc", &a, &w)
	report("number then word", n, err, a, w)
	n, err = fmt.Sscan("089", &a, &c)
	report("octal stops at 8", n, err, a, c)
	n, err = fmt.Sscan("1\n2", &a, &c)
	report("Sscan newline is space", n, err, a, c)
	n, err = fmt.Sscanln("3 4\n5", &a, &c)
	report("Sscanln one line", n, err, a, c)
	n, err = fmt.Sscanln("6 7   \r\n", &a, &c)
	report("Sscanln crlf", n, err, a, c)
	n, err = fmt.Sscanln("8 9", &a, &c)
	report("Sscanln eof", n, err, a, c)
	n, err = fmt.Sscan("")
	report("no operands", n, err)
	n, err = fmt.Sscan("-1 +2 -0b11 +0o7", &i8, &i16, &i32, &i64)
	report("signs", n, err, i8, i16, i32, i64)
	n, err = fmt.Sscanln("anything")
	report("Sscanln no operands", n, err)
	n, err = fmt.Sscanln("\n")
	report("Sscanln no operands nl", n, err)
	var r rune
	n, err = fmt.Sscan("65", &r)
	report("rune as number", n, err, r)
}
