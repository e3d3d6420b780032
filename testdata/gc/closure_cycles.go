// A recursive closure refers to itself through the variable it is stored in: the closure
// holds the variable, the variable holds the closure. 200,000 of them, each also holding a
// 256-byte table (about 60 MB in all), are made, called and dropped; only the last 64 are
// kept, in a window that is overwritten as the loop goes.
package main

import (
	"fmt"
	"runtime"
)

var window [64]func(int) int

func makeCounter(seed int) func(int) int {
	table := make([]int, 32)
	for i := range table {
		table[i] = seed + i
	}
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return table[seed%32]
		}
		return f(n-1) + 1
	}
	return f
}

func main() {
	const count = 200000
	var ms runtime.MemStats
	var peak uint64
	sum := 0
	for i := 0; i < count; i++ {
		f := makeCounter(i)
		sum += f(i % 5)
		window[i%len(window)] = f
		if i%20000 == 19999 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak {
				peak = ms.HeapAlloc
			}
		}
	}
	fmt.Println("checksum:", sum)
	kept := 0
	for i, f := range window {
		kept += f(i % 3)
	}
	fmt.Println("window checksum:", kept)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("peak heap while looping bounded (< 24 MB):", peak < 24<<20)
	fmt.Println("heap after GC bounded (< 8 MB):", ms.HeapAlloc < 8<<20)
	fmt.Println("NumGC > 0:", ms.NumGC > 0)
}
