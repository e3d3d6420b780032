// Edge cases of package strings: empty separators and inputs, Unicode spaces and case
// mapping, invalid UTF-8, negative and zero counts.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q %q %q\n", strings.Split("", ","), strings.Split("abc", ""), strings.Split("a,b", ",,"))
	fmt.Printf("%q %q\n", strings.SplitN("a,b,c", ",", 0), strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.Fields(" \u00a0a\u2003b\tc\n"))
	fmt.Println(strings.ToUpper("straße ǆ ﬁ"), strings.ToLower("İSTANBUL"), strings.ToTitle("ǆ"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("日本語", "語"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "x", "y", -1))
	fmt.Printf("%q %q\n", strings.Repeat("", 5), strings.TrimLeft("\xff\xfeabc", "\xff"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ǆ", "ǅ"))
	fmt.Println(strings.Count("\xff\xff", ""), strings.Count("日本", ""), len(strings.Map(func(r rune) rune { return r }, "a\xffb")))
	fmt.Printf("%q\n", strings.Title("hello wide world"))
	fmt.Println(strings.ContainsRune("abc", -1), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexByte("abc", 'z'))
	fmt.Printf("%q\n", strings.Trim("  \t x y \n", " \t\n"))
	fmt.Printf("%q %q\n", strings.TrimSpace("\u2003 text \u00a0"), strings.Join(nil, ","))
	parts := strings.SplitAfterN("1.2.3.4", ".", 3)
	fmt.Printf("%q %d\n", parts, len(parts))
}
