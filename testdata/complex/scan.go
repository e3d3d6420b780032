// Scanning complex numbers with fmt: "(re±imi)" or "re±imi", each part a float, and the
// errors for malformed input and bad verbs.
package main

import "fmt"

func main() {
	var c complex128
	var c64 complex64
	var n int
	for _, in := range []string{"(1+2i)", "3-4i 7", "1.5e3+0x1p2i", "(1+2i", "1+2", "5", "-inf+nani", "(1e400+1i)", "+1-1i", "1 + 2i"} {
		c, c64, n = 0, 0, 0
		k, err := fmt.Sscan(in, &c, &n)
		fmt.Println(in, k, err, c, n)
		k, err = fmt.Sscanf(in, "%g", &c64)
		fmt.Println(in, k, err, c64)
	}
	k, err := fmt.Sscanf("1+1i", "%d", &c)
	fmt.Println(k, err)
}
