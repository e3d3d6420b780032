// String verbs: %s %q %x %X %v with width and precision; %q of special characters.
package main

import "fmt"

type Name string

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q]\n", s, s, s, s, s)
	fmt.Printf("%q %+q %#q %#q\n", "tab\there", "日本", "raw`no", "back`tick")
	fmt.Printf("%x %X % x\n", "hello", "hello", "hi!")
	fmt.Printf("%s %v %q\n", []string{"a", "b"}, []string{"c"}, []string{"d", "e"})
	fmt.Printf("%s|%q\n", Name("named"), Name("named"))
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%q\n", "\x00\x7f\u2028")
	fmt.Printf("%5.1q|%-6q|\n", "abc", "z")
	fmt.Printf("%s\n", 3.5)
	fmt.Printf("%t %v %5t|\n", true, false, true)
}
