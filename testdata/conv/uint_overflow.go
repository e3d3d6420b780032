// Unsigned arithmetic is modular; constants that overflow are compile errors, variables wrap.
package main

import "fmt"

func main() {
	var a uint32 = 1 << 31
	fmt.Println(a*2, a+a-1)
	var b uint16 = 65535
	fmt.Println(b*b, b+1)
	var c uint64 = 1 << 63
	fmt.Println(c*2, c+c+5)
	var x uint = 0
	x -= 1
	fmt.Println(x == ^uint(0))
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	var m uint8 = 17
	fmt.Println(m*17, m*m*m)
}
