// Constant conversions and arithmetic: exact untyped floats that become ints, typed constant
// results, rune and string constants.
package main

import "fmt"

type Small int8

const (
	f       = 5.0
	half    = 0.5
	twice   = half * 4 // exactly 2
	big     = 1e3
	r       = 'A'
	s       = "const" + "ant"
	letterC = r + 2
)

const typed Small = 100
const mask = 1<<8 - 1

func main() {
	var i int = f
	var j int = twice
	var k int64 = big
	fmt.Println(i, j, k, f/2, 7/2*2.0)
	fmt.Println(string(rune(letterC)), letterC, s, len(s))
	fmt.Printf("%T %v\n", typed+27, typed+27)
	var b byte = mask
	fmt.Println(b, mask, uint16(mask<<4))
	const huge = 1 << 70
	fmt.Println(huge>>60, float64(huge))
	fmt.Println(1e2 == 100, int('a'-'A'), "x"+string(rune(0x263A)))
	const third = 1.0 / 3.0
	fmt.Println(third+third+third == 1, float32(third))
	var u8 uint8 = 255
	fmt.Println(u8+1 == 0, ^uint8(0)-u8)
}
