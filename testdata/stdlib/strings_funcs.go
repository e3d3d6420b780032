// The common functions of package strings.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "World"), strings.ContainsRune(t, 'G'), strings.ContainsAny(t, "xyz!"))
	fmt.Println(strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "Go!"))
	fmt.Println(strings.Index(t, "Hello"), strings.LastIndex(t, "Hello"), strings.Index(t, "nope"), strings.IndexByte(t, 'W'), strings.IndexRune(t, 'G'))
	fmt.Println(strings.Count(t, "l"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), strings.ReplaceAll(t, "Hello", "Bye"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a b\t\nc  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.Title("x") == "X", strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Println(strings.ToTitle("go"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c", unicode.IsDigit))
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.Count("cheese", "e"))
}
