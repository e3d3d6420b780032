// strconv: integer parsing corner cases (bases, bit sizes, underscores, error order), float
// parsing rounding and syntax, Unquote/UnquoteChar/QuotedPrefix, the Append* family.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	ints := []string{"0", "-0", "+", "-", "0x", "0b", "0o", "0_1", "0x_1f", "0x1f_", "1__0", "_1", "1_",
		"0b1_0", "0o_7", "07", "08", "0X1F", "0B11", "0O17", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "99999999999999999999x", "x9", "1_000_000",
		"0x8000000000000000", "-0x8000000000000000", "1e3", " 1", "1 ", "١"}
	for _, s := range ints {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("ParseInt(%q,0,64) = %d %v\n", s, n, err)
	}
	for _, bits := range []int{0, 1, 7, 8, 16, 32, 33, 63, 64, -1, 65} {
		n, err := strconv.ParseInt("-70000", 10, bits)
		u, uerr := strconv.ParseUint("70000", 10, bits)
		fmt.Println(bits, n, err, u, uerr)
	}
	for _, base := range []int{2, 8, 10, 16, 36, 37, 1, -1} {
		n, err := strconv.ParseInt("Zz19", base, 64)
		u, uerr := strconv.ParseUint("101", base, 64)
		fmt.Println(base, n, err, u, uerr)
	}
	for _, s := range []string{"1_0", "+5", "18446744073709551616", "0x_ff", "0xFFFFFFFFFFFFFFFF", ""} {
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(u, err)
	}
	for _, s := range []string{"9223372036854775807", "-9223372036854775808", "1_0", "+-1", "--1", "12345678901234567890", "-", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	_, err := strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	_, err = strconv.ParseFloat("x", 64)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)

	floats := []string{"0.1", "1e23", "8.41e21", "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623159e308", "179769313486231580793728971405301e276",
		"0.000000000000000000000000000000000000000000001", "123456789012345678901234567890", "1e", "1e+", "e1", ".", "-.",
		"1.5e-5", "1E5", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
		"0x1p1024", "0x.8p1", "0x1", "0x1.8", "1__0", "1_0.5_5e1_0", "0x1_0p0", "infinity", "+Inf", "-iNf", "nan", "NAN", "-NaN",
		"infx", "1.0.0", "1e1.5", "00001.5", "1e-4294967296", "1e4294967296", "0e999999999"}
	for _, s := range floats {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q: %v %b %v\n", s, f, f, err)
	}
	for _, s := range []string{"0.1", "3.4028235e38", "3.4028236e38", "1e-45", "1e-46", "16777217", "0x1.000001p0", "0x1.0000018p0", "0x1p-149", "0x1p-150", "1.00000005960464477539062500001"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %b %v\n", s, f, float32(f), err)
	}

	quoted := []string{`"abc"`, `'a'`, "`raw\\n`", "`a\rb`", `"\x41\101\u00e9\U0001F600"`, `"\'"`, `'\"'`, `'\''`, `"\"`,
		`"a`, `a"`, `''`, `'ab'`, `'\xff'`, `"\xff"`, `"\400"`, `"\8"`, `"\uD800"`, `"\U00110000"`, `"a
b"`, `"\q"`, `"é"`, `'é'`, `"\a\b\f\n\r\t\v\\"`, `"` + "\xff" + `"`, `'` + "\xff" + `'`, "``", `"`, ``, `"abc"x`}
	for _, s := range quoted {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "rest")
		fmt.Printf("%q -> %q %v | %q %v\n", s, u, err, p, perr)
	}
	for _, s := range []string{`\n1`, `\x7f`, `\u263a!`, `é`, `\'`, `\"`, `'`, `"`, `\`, `\x`, `\377`, `\400`, `a`} {
		for _, q := range []byte{'\'', '"', '`'} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %c: %q %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	b := []byte("x:")
	b = strconv.AppendInt(b, -12, 16)
	b = strconv.AppendUint(b, 255, 2)
	b = strconv.AppendBool(b, false)
	b = strconv.AppendQuote(b, "q\t")
	b = strconv.AppendQuoteRune(b, '\n')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	b = strconv.AppendFloat(b, 1.5, 'e', -1, 32)
	fmt.Println(string(b))
	fmt.Println(strconv.FormatInt(35, 36), strconv.FormatInt(-36, 36), strconv.FormatUint(1<<63, 10), strconv.IntSize)
	for _, base := range []int{1, 37} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(strconv.FormatInt(5, base))
		}()
	}
}
