// range over a string decodes UTF-8: byte offsets, runes, and U+FFFD for invalid bytes.
package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界" {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xc3\x28c\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	s := "日本"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	n := 0
	for range "🙂🙃x" {
		n++
	}
	fmt.Println(n, len("🙂🙃x"))
	for i := range "ab" {
		fmt.Print(i)
	}
	fmt.Println()
}
