// Integer verbs: %d %b %o %O %x %X %c %q %U, with width, padding, sign and # flags.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%x][%X][% x][%#X]\n", -255, "Hi", "Hi", []byte{1, 171})
	fmt.Printf("%c|%c|%q|%q|%U|%#U\n", 65, 0x4E16, 'a', 0x1F600, 0x1F600, 'ä')
	fmt.Printf("%8.3d|%-8.3d|%.0d|\n", 7, 7, 0)
	fmt.Printf("%d %d %d\n", int8(-128), uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%x %X\n", uint32(3735928559), int16(-1))
	fmt.Printf("%v %d\n", []int{10, 20}, [3]uint8{1, 2, 3})
	fmt.Printf("%*d|%-*d|\n", 6, 1, 4, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("100%%\n")
}
