// Generates unicode.txt: unicode predicate and case-mapping results of real Go for the
// runes 0..0x24F (Latin-1 and Latin Extended), for stdlib/src/pkgs/unicode.rs.
// Each line: name, then one character per rune ('0'/'1', or the mapped rune in hex
// separated by commas for the To* functions). Run: go run gen_unicode.go > unicode.txt
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower}, {"IsTitle", unicode.IsTitle},
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsPunct", unicode.IsPunct}, {"IsControl", unicode.IsControl},
		{"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic}, {"IsSymbol", unicode.IsSymbol},
		{"IsMark", unicode.IsMark},
	}
	for _, p := range preds {
		var b strings.Builder
		for r := rune(0); r <= 0x24F; r++ {
			if p.f(r) {
				b.WriteByte('1')
			} else {
				b.WriteByte('0')
			}
		}
		fmt.Printf("%s\t%s\n", p.name, b.String())
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}}
	for _, m := range maps {
		var parts []string
		for r := rune(0); r <= 0x24F; r++ {
			parts = append(parts, fmt.Sprintf("%x", m.f(r)))
		}
		fmt.Printf("%s\t%s\n", m.name, strings.Join(parts, ","))
	}
}
