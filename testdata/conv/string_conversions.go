// string <-> []byte / []rune conversions, int -> string, invalid code points.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b[:4])
	fmt.Println(r[:3])
	fmt.Println(string(r[7:]), string(b[7:]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Printf("%q\n", string(rune(0xD800)))
	fmt.Println([]byte("\xff"), []rune("\xff"))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x4e16, 0x754c}))
	var nb []byte
	fmt.Printf("%q\n", string(nb))
	type MyBytes []byte
	mb := MyBytes("typed")
	fmt.Println(string(mb), len(mb))
	type MyString string
	ms := MyString("x")
	fmt.Println(string(ms)+"y", []byte(ms))
}
