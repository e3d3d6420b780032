// Package unicode/utf8: counting, decoding, encoding, validity.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('🙂'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 'é'))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.FullRuneInString("\xe4\xb8"), utf8.ValidRune(0xD800))
	for i, w := 0, 0; i < len(s); i += w {
		var rr rune
		rr, w = utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(rr), w, " ")
	}
	fmt.Println()
}
