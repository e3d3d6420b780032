// Converting an integer to a string yields the UTF-8 of that code point (go vet warns, the
// compiler accepts it); invalid code points become U+FFFD. strconv is the decimal way.
package main

import (
	"fmt"
	"strconv"
)

type Code int

func main() {
	i := 65
	var u8 uint8 = 0xe9
	var c Code = 0x4e16
	big := int64(0x110000)
	neg := -1
	fmt.Println(string(i), string(u8), string(c), string(rune(i)))
	fmt.Printf("%q %q %q\n", string(big), string(neg), string(rune(0xDFFF)))
	fmt.Println(strconv.Itoa(i), fmt.Sprint(i), string(rune('0'+7)))
	var s string
	for r := 'a'; r < 'f'; r++ {
		s += string(r)
	}
	fmt.Println(s, len(string(c)))
}
