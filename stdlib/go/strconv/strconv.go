// Package strconv converts between strings and numbers, booleans and quoted literals.
//
// This file holds the error types and the thin API layer; the scanning and digit work
// (integer and float parsing, integer and float formatting, quoting and unquoting) are Rust
// natives, registered in stdlib/src/pkgs/strconv.rs (quoting and floats share fmt's core).
package strconv

import "errors"

// IntSize is the width of int and uint in bits.
const IntSize = 64

// ErrRange is the reason of a NumError whose value does not fit the requested type.
var ErrRange = errors.New("value out of range")

// ErrSyntax is the reason of a NumError whose input is not a valid literal, and the error
// the unquoting functions return.
var ErrSyntax = errors.New("invalid syntax")

// NumError is what the Parse functions return on failure.
type NumError struct {
	Func string // the API function that failed: "ParseInt", "Atoi", ...
	Num  string // its input
	Err  error  // ErrSyntax, ErrRange or a description of a bad argument
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap lets errors.Is see ErrSyntax and ErrRange through a NumError.
func (e *NumError) Unwrap() error { return e.Err }

// The failure codes of the parsing natives (IntError in strconv.rs).
const (
	failSyntax = 1 + iota
	failRange
	failBase
	failBitSize
)

// numError builds the error for a native's failure code.
func numError(fn, s string, code, base, bitSize int) error {
	var reason error
	switch code {
	case failSyntax:
		reason = ErrSyntax
	case failRange:
		reason = ErrRange
	case failBase:
		reason = errors.New("invalid base " + Itoa(base))
	default:
		reason = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{Func: fn, Num: s, Err: reason}
}

// ParseBool accepts 1, t, T, TRUE, true, True and their false counterparts.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{Func: "ParseBool", Num: str, Err: ErrSyntax}
}

// FormatBool is "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends FormatBool(b) to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

// The natives behind ParseInt and ParseUint: the value (clamped on a range error) and 0,
// or a failure code.
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)

// ParseInt reads a signed integer in base 2 to 36, or in base 0 from its prefix (0b, 0o,
// 0 or 0x; underscores may then separate digits), that fits in bitSize bits (0 means int).
// Out-of-range values come back clamped, with ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, code := parseInt(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseInt", s, code, base, bitSize)
	}
	return n, nil
}

// ParseUint is ParseInt for unsigned values: no sign is accepted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code := parseUint(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseUint", s, code, base, bitSize)
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) as an int; its errors name Atoi.
func Atoi(s string) (int, error) {
	n, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(n), numError("Atoi", s, code, 10, 0)
	}
	return int(n), nil
}

// The natives behind the integer formatters; base is already checked.
func formatInt(i int64, base int) string
func formatUint(u uint64, base int) string

func checkBase(base int) {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
}

// FormatInt writes i in base 2 to 36, with lower-case letters for digits above 9.
func FormatInt(i int64, base int) string {
	checkBase(base)
	return formatInt(i, base)
}

// FormatUint is FormatInt for unsigned values.
func FormatUint(i uint64, base int) string {
	checkBase(base)
	return formatUint(i, base)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return formatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

// FormatFloat writes f in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') with prec
// digits (-1: the fewest that read back exactly as a float of bitSize bits).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// parseFloat is the native behind ParseFloat: the value and 0, or a failure code.
func parseFloat(s string, bitSize int) (float64, int)

// ParseFloat reads a decimal or hexadecimal float, "inf"/"infinity" or "nan", rounded to
// nearest for a float of bitSize (32 or 64) bits. Values beyond that float's range come
// back as ±Inf with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

// Quote is s as a double-quoted Go literal, with Go escapes for control characters,
// non-printable runes and invalid UTF-8.
func Quote(s string) string

// QuoteToASCII is Quote with every non-ASCII rune escaped as well.
func QuoteToASCII(s string) string

// QuoteRune is r as a single-quoted Go character literal.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// CanBackquote reports whether s can be written unchanged between back quotes.
func CanBackquote(s string) bool

// IsPrint reports whether Go's quoting leaves r unescaped.
func IsPrint(r rune) bool

// IsGraphic is IsPrint plus the Unicode space separators.
func IsGraphic(r rune) bool

// unquoteChar is the native behind UnquoteChar; size is 0 for a syntax error.
func unquoteChar(s string, quote byte) (value rune, multibyte bool, size int)

// UnquoteChar decodes the first character or escape of a literal's body s quoted with
// quote; multibyte tells whether value is a rune (to be UTF-8 encoded) rather than a byte.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, size := unquoteChar(s, quote)
	if size == 0 {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s[size:], nil
}

// unquote is the native behind Unquote and QuotedPrefix: the value of the literal at the
// start of s and its length, or -1.
func unquote(s string) (string, int)

// Unquote is the value of the Go string, character or raw string literal s.
func Unquote(s string) (string, error) {
	value, n := unquote(s)
	if n != len(s) {
		return "", ErrSyntax
	}
	return value, nil
}

// QuotedPrefix is the literal s starts with, quotes included.
func QuotedPrefix(s string) (string, error) {
	if _, n := unquote(s); n >= 0 {
		return s[:n], nil
	}
	return "", ErrSyntax
}

// FormatComplex writes c as "(re+imi)", each part as FormatFloat writes it with fmt and prec
// for a float of half of bitSize (64 or 128) bits.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	partBits := 0
	switch bitSize {
	case 64:
		partBits = 32
	case 128:
		partBits = 64
	default:
		panic("invalid bitSize")
	}
	im := FormatFloat(imag(c), fmt, prec, partBits)
	// The imaginary part always shows its sign: "+2", "+NaN", "-0".
	if sign := im[0]; sign != '-' && sign != '+' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, partBits) + im + "i)"
}

// parseComplex is the native behind ParseComplex: the parts and 0, or a failure code (with
// a range failure, the parts read so far, an out-of-range one as ±Inf).
func parseComplex(s string, bitSize int) (float64, float64, int)

// ParseComplex reads "N", "Ni" or "N±Ni" (optionally in parentheses), each N a float as
// ParseFloat reads it, for parts of half of bitSize (64 or 128) bits.
func ParseComplex(s string, bitSize int) (complex128, error) {
	re, im, code := parseComplex(s, bitSize)
	if code == failSyntax {
		return 0, numError("ParseComplex", s, code, 10, bitSize)
	}
	if code != 0 {
		return complex(re, im), numError("ParseComplex", s, code, 10, bitSize)
	}
	return complex(re, im), nil
}
