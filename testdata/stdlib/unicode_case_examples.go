// Package unicode's case mappings and classes on chosen runes (title-case digraphs, ß and
// ẞ, dotted and dotless i, the Kelvin sign, Greek sigmas, Cherokee, digits of other
// scripts, letter numbers, circled letters), To with every case, SimpleFold orbits, the
// Turkish SpecialCase and a hand-built one, and what strings and bytes build on them.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func classes(r rune) string {
	var b strings.Builder
	for _, c := range []struct {
		tag string
		f   func(rune) bool
	}{{"U", unicode.IsUpper}, {"l", unicode.IsLower}, {"T", unicode.IsTitle}, {"L", unicode.IsLetter},
		{"D", unicode.IsDigit}, {"N", unicode.IsNumber}, {"M", unicode.IsMark}, {"P", unicode.IsPunct},
		{"S", unicode.IsSymbol}, {"_", unicode.IsSpace}, {"C", unicode.IsControl}, {"g", unicode.IsGraphic},
		{"p", unicode.IsPrint}} {
		if c.f(r) {
			b.WriteString(c.tag)
		} else {
			b.WriteString(".")
		}
	}
	return b.String()
}

func orbit(r rune) []string {
	out := []string{fmt.Sprintf("%U", r)}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, fmt.Sprintf("%U", f))
	}
	return out
}

func main() {
	runes := []rune{'ǅ', 'ǆ', 'Ǆ', 'ß', 'ẞ', 'İ', 'ı', 'i', 'I', '\u212a', 'k', 'ſ', 'σ', 'ς', 'Σ', 'ͅ', '\u0390', '\u1fd3',
		'Ꭰ', 'ꭰ', 'ᏸ', 'Ᏸ', '٣', '३', '３', '𝟘', '߀', 'Ⅻ', 'ⅻ', 'Ⓐ', 'ⓐ', 'ᾈ', 'ᾀ', 'ǰ', 'µ', 'ÿ', 'Ÿ',
		'\u00a0', '\u0085', '\u2028', '\u200b', '\u180e', '\u3000', '\u00ad', '\u0378', '𐐀', '𐐨', '\U0001e900',
		'\U0001f600', 'ǈ', '\u2126', 'Ω', '\u212b', 'Å', 'ﬀ', '\uffff', -1, unicode.MaxRune + 1}
	for _, r := range runes {
		fmt.Printf("%U %s up=%U lo=%U ti=%U fold=%v\n", r, classes(r), unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r), orbit(r))
	}
	for _, c := range []int{-1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, 7} {
		fmt.Printf("To(%d): %U %U %U\n", c, unicode.To(c, 'ǆ'), unicode.To(c, 'a'), unicode.To(c, -3))
	}
	fmt.Println(unicode.Version, unicode.UpperLower, unicode.MaxCase)

	tr := unicode.TurkishCase
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'ǆ', 'ß'} {
		fmt.Printf("turkish %c: %c %c %c\n", r, tr.ToUpper(r), tr.ToLower(r), tr.ToTitle(r))
	}
	custom := unicode.SpecialCase{
		{Lo: 0x100, Hi: 0x105, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{3, 0, -1}},
	}
	for _, r := range []rune{0x100, 0x101, 0x104, 0x105, 'a', 'c', 'd', 'D'} {
		fmt.Printf("custom %U: %U %U %U\n", r, custom.ToUpper(r), custom.ToLower(r), custom.ToTitle(r))
	}
	fmt.Println(unicode.AzeriCase.ToUpper('i') == 'İ', len(unicode.TurkishCase))

	words := []string{"ǆungla", "straße", "İstanbul", "ΣΊΣΥΦΟΣ", "Ꮳꮃꭹ", "ǅ", "\xffé\xc3", "KELVIN", "ﬀ"}
	for _, w := range words {
		fmt.Printf("%q %q %q %q %q\n", strings.ToUpper(w), strings.ToLower(w), strings.ToTitle(w), strings.Title(w),
			strings.ToUpperSpecial(unicode.TurkishCase, w))
		fmt.Printf("  %q %q %q\n", bytes.ToUpper([]byte(w)), bytes.ToLowerSpecial(unicode.TurkishCase, []byte(w)),
			bytes.ToTitleSpecial(unicode.TurkishCase, []byte(w)))
	}
	pairs := [][2]string{{"\u212a", "k"}, {"\u212a", "K"}, {"ſ", "S"}, {"ß", "ẞ"}, {"ß", "ss"}, {"İ", "i"}, {"ı", "I"},
		{"ς", "Σ"}, {"ς", "σ"}, {"\u0390", "\u1fd3"}, {"Ꭰ", "ꭰ"}, {"ǅ", "ǆ"}, {"Ǆ", "ǅ"}, {"\xff", "\xfe"}, {"\xff", "\ufffd"},
		{"Go", "GO"}, {"Go", "Goo"}, {"µ", "Μ"}, {"\u212b", "å"}, {"𐐀", "𐐨"}}
	for _, p := range pairs {
		fmt.Print(strings.EqualFold(p[0], p[1]), bytes.EqualFold([]byte(p[0]), []byte(p[1])), " ")
	}
	fmt.Println()
	spaced := "a\u0085b\u00a0c\u1680d\u2000e\u2028f\u202fg\u205fh\u3000i\u200bj\u180ek\ufeffl"
	fmt.Printf("%q\n%q\n", strings.Fields(spaced), bytes.Fields([]byte(spaced)))
	fmt.Printf("%q %q\n", strings.TrimSpace("\u3000\u2029 x \u0085"), strings.TrimFunc("٣٤x٥", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("abc٣", unicode.IsDigit), strings.LastIndexFunc("Ωmega", unicode.IsUpper),
		strings.Map(unicode.SimpleFold, "Kelvin ſ σ"))
}
