// Calling Done more often than Add panics: `sync: negative WaitGroup counter` (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
	fmt.Println("unreachable")
}
