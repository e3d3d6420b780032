// Interpreted string literals with every escape, and their lengths in bytes.
package main

import "fmt"

func main() {
	s := "a\tb\nc\\d\"e\a\b\f\r\v"
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("%q %d\n", "\xff\x00\x7f", len("\xff\x00\x7f"))
	fmt.Printf("%q %d\n", "\101\102\377", len("\101\102\377"))
	fmt.Println("\u65e5本\U00008a9e", len("\u65e5本\U00008a9e"))
	fmt.Println("\u00e9" == "é", "\xc3\xa9" == "é")
	fmt.Println("日本語" + "!" + "\x21")
	fmt.Printf("% x\n", "héllo")
}
