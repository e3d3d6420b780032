// golden: stderr=first-line
package main

// runtime.Breakpoint outside a debugger: the program dies of SIGTRAP with exit status 2;
// deferred calls do not run. runtime.MemProfileRate reads 0 (no memory profile) and can be set.

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 512 * 1024
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 0
	defer fmt.Println("deferred: never printed")
	fmt.Println("before the trap")
	runtime.Breakpoint()
	fmt.Println("after the trap: never printed")
}
