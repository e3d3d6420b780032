// Rune literals with every escape form.
package main

import "fmt"

func main() {
	runes := []rune{'a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234', '\'', '\\', '\a', '\b', '\f', '\n', '\r', '\v'}
	for _, r := range runes {
		fmt.Print(r, " ")
	}
	fmt.Println()
	fmt.Printf("%q %q %q %q\n", 'x', '\n', '本', '\U0001F600')
	fmt.Println('a'+1, 'z'-'a', string(rune('A'+2)))
}
