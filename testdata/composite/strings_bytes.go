// Strings are immutable byte sequences: indexing gives bytes, len counts bytes, comparison is bytewise.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), s[0], s[1], s[2])
	fmt.Printf("%c %T\n", s[0], s[0])
	fmt.Println("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
	t := s
	t += "!"
	fmt.Println(s, t)
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	cat := ""
	for i := 0; i < 5; i++ {
		cat += string(rune('a' + i))
	}
	fmt.Println(cat)
	multi := "a" + "b" +
		"c"
	fmt.Println(multi == "abc")
	var empty string
	fmt.Println(len(empty), empty == "")
}
