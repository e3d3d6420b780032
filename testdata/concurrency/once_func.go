// sync.OnceFunc and sync.OnceValue (Go 1.21) wrap a function so its body runs once.
// OnceValue is generic (its type argument is inferred), so a checker without generics rejects
// this program: that is why it is separate from once.go.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	hello := sync.OnceFunc(func() { fmt.Println("OnceFunc body runs once") })
	hello()
	hello()

	n := 0
	value := sync.OnceValue(func() int { n++; return 42 })
	fmt.Println(value(), value(), n)
}
