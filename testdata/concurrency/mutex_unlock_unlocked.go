// Unlocking an unlocked Mutex is a fatal error, not a panic: recover cannot stop it (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
