// Complex numbers are outside minigo's Go subset: minigo must reject this program with a
// compile error (exit 1) and its own message. Not a golden: Go itself runs it fine.
package main

import "fmt"

func main() {
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(3+4i))
}
