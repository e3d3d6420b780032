// Package unicode over the whole code space: for each predicate, the number of runes in
// -2..0x110001 it accepts and a checksum of them; for each case mapping and SimpleFold, the
// number of runes it changes and a checksum of the results.
package main

import (
	"fmt"
	"unicode"
)

const last = unicode.MaxRune + 2

func checksum(h uint64, r rune) uint64 {
	return (h^uint64(uint32(r)))*1099511628211 + 7
}

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
		n, h := 0, uint64(0)
		for r := rune(-2); r <= last; r++ {
			if p.f(r) {
				n++
				h = checksum(h, r)
			}
		}
		fmt.Printf("%-10s %7d %016x\n", p.name, n, h)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold},
	}
	for _, m := range maps {
		n, h := 0, uint64(0)
		for r := rune(-2); r <= last; r++ {
			if to := m.f(r); to != r {
				n++
				h = checksum(checksum(h, r), to)
			}
		}
		fmt.Printf("%-10s %7d %016x\n", m.name, n, h)
	}
}
