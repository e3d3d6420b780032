// Package unicode's named tables: for every table of Categories, Scripts and Properties
// (sorted by name), its LatinOffset and the count and checksum of its members among the
// runes 0, 61, 122, ... past MaxRune, plus a few runes each; the aliases, the alias map,
// GraphicRanges and PrintRanges, and Is on runes outside the code space.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func sortedNames(m map[string]*unicode.RangeTable) []string {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

var probes = []rune{-1, 0, ' ', 'A', 'z', 0xb5, 0x130, 0x3a3, 0x416, 0x5d0, 0x627, 0x905, 0x13a0, 0x3042,
	0x30a2, 0x4e00, 0xac00, 0xd800, 0xe000, 0xfffd, 0x10400, 0x1d7d8, 0x1f600, 0x20000, 0xe0001, 0x10ffff, 0x110000}

func show(group string, m map[string]*unicode.RangeTable) {
	fmt.Println(group, len(m))
	for _, name := range sortedNames(m) {
		t := m[name]
		n, h := 0, uint64(0)
		for r := rune(0); r <= unicode.MaxRune+61; r += 61 {
			if unicode.Is(t, r) {
				n++
				h = (h ^ uint64(r)) * 1099511628211
			}
		}
		bits := make([]byte, len(probes))
		for i, r := range probes {
			bits[i] = '0'
			if unicode.Is(t, r) {
				bits[i] = '1'
			}
		}
		fmt.Printf("  %-34s %2d %5d %016x %s\n", name, t.LatinOffset, n, h, bits)
	}
}

func main() {
	show("Categories", unicode.Categories)
	show("Scripts", unicode.Scripts)
	show("Properties", unicode.Properties)
	fmt.Println(unicode.Digit == unicode.Nd, unicode.Letter == unicode.L, unicode.Upper == unicode.Lu,
		unicode.Lower == unicode.Ll, unicode.Title == unicode.Lt, unicode.Mark == unicode.M,
		unicode.Number == unicode.N, unicode.Punct == unicode.P, unicode.Symbol == unicode.S,
		unicode.Space == unicode.Z, unicode.Other == unicode.C, unicode.STerm == unicode.Sentence_Terminal,
		unicode.Categories["Lu"] == unicode.Lu, unicode.Scripts["Han"] == unicode.Han,
		unicode.Properties["White_Space"] == unicode.White_Space, unicode.Latin == unicode.Greek)
	aliases := make([]string, 0, len(unicode.CategoryAliases))
	for alias, name := range unicode.CategoryAliases {
		aliases = append(aliases, alias+"="+name)
	}
	sort.Strings(aliases)
	fmt.Println(len(aliases), aliases)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[5] == unicode.Zs,
		unicode.PrintRanges[0] == unicode.L)
	fmt.Println(unicode.In('\u00e9', unicode.PrintRanges...), unicode.In('\u3000', unicode.PrintRanges...),
		unicode.In('\u3000', unicode.GraphicRanges...), unicode.IsOneOf(unicode.GraphicRanges, '\u0378'))
	fmt.Println(unicode.Is(unicode.Cs, 0xdfff), unicode.Is(unicode.Co, 0x10fffd), unicode.Is(unicode.Cn, 0x10ffff),
		unicode.Is(unicode.Cn, 0x110000), unicode.Is(unicode.Cn, -5), unicode.Is(unicode.C, 0x378))
}
