// Package unicode/utf8: decoding of every malformed shape (overlong, surrogate, too large,
// truncated, stray continuation), from the front and the back, FullRune, RuneStart,
// EncodeRune/AppendRune of invalid runes, and Valid on mixed input.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	cases := []string{"", "a", "\x80", "\xc0\x80", "\xc2\x80", "\xc2", "\xdf\xbf", "\xe0\x80\x80", "\xe0\xa0\x80",
		"\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbf", "\xf0\x90\x80\x80", "\xf0\x80\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xe4\xb8", "\xe4\xb8\x96", "a\xe4\xb8\x96", "\xe4\xb8\x96\x80",
		"\xf0\x9f\x99", "\xf0\x9f\x99\x82"}
	for _, s := range cases {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q: %U %d %v | %U %d %v | full=%v %v valid=%v %v count=%d %d\n", s, r1, n1, r1 == r2 && n1 == n2,
			r3, n3, r3 == r4 && n3 == n4, utf8.FullRuneInString(s), utf8.FullRune([]byte(s)),
			utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	}
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -5} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%X len=%d valid=%v enc=% x app=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	for _, b := range []byte{0, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()
	long := []byte("plain ascii text that is long enough to take any fast path, then é, then \xff")
	fmt.Println(utf8.Valid(long), utf8.Valid(long[:len(long)-1]), utf8.RuneCount(long))
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 1), '世')
}
