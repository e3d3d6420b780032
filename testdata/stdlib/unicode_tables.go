// Package unicode: Is/In/IsOneOf over the script range tables, at range edges, on
// strided ranges, for negative and out-of-range runes and for a hand-built RangeTable.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{{"Han", unicode.Han}, {"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul},
		{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}}
	probes := []rune{-1, 0, 'A', 'z', 0xaa, 0xab, 0xba, 0x2e99, 0x2e9a, 0x3005, 0x3006, 0x3007, 0x4e00, 0x9fff,
		0x370, 0x374, 0x3c0, 0x430, 0x3042, 0x30a2, 0xac00, 0x627, 0x5d0, 0xfb3e, 0xfb3f, 0x16fe2, 0x20000,
		0x2a6df, 0x2a6e0, 0x1f200, 0x1b001, 0x10ffff, 0x110000}
	for _, tb := range tables {
		fmt.Print(tb.name, " ")
		for _, r := range probes {
			if unicode.Is(tb.t, r) {
				fmt.Print("1")
			} else {
				fmt.Print("0")
			}
		}
		count := 0
		for r := rune(0); r < 0x34000; r += 3 {
			if unicode.Is(tb.t, r) {
				count++
			}
		}
		fmt.Println("", count)
	}
	custom := &unicode.RangeTable{
		R16: []unicode.Range16{{0x41, 0x4f, 2}, {0x100, 0x110, 4}},
		R32: []unicode.Range32{{0x10000, 0x10010, 8}},
	}
	for _, r := range []rune{0x41, 0x42, 0x4f, 0x50, 0x104, 0x105, 0x110, 0x10000, 0x10008, 0x10009, 0x10010, 0x10018} {
		fmt.Print(unicode.Is(custom, r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'), unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Han}, '世'))
	fmt.Println(unicode.MaxASCII, unicode.MaxLatin1, unicode.ReplacementChar)
}
