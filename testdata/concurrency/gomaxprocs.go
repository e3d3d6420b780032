// runtime.GOMAXPROCS(n) sets the number of Ps and returns the previous value; n < 1 only
// queries. The program sets its own starting value so the output does not depend on the host.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(2)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(4))
	fmt.Println(runtime.GOMAXPROCS(-1))
	fmt.Println(runtime.GOMAXPROCS(3))
	fmt.Println(runtime.GOMAXPROCS(0))
}
