// Package unicode: classification and case mapping.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t!é世_" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('x')))
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'), unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin))
	fmt.Println(unicode.MaxRune, unicode.IsPrint('\n'), unicode.IsControl('\n'), unicode.IsGraphic('a'))
}
