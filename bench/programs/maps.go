// CPU: map-heavy work -- counting with int keys and with string keys, then a lookup pass.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ints := make(map[int]int)
	x := 1
	for i := 0; i < 1_000_000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		ints[x%50000]++
	}
	words := make(map[string]int)
	for i := 0; i < 300_000; i++ {
		words["w"+strconv.Itoa(i%20000)]++
	}
	hits := 0
	for i := 0; i < 100_000; i++ {
		if _, ok := ints[i]; ok {
			hits++
		}
		hits += words["w"+strconv.Itoa(i)]
	}
	fmt.Println(len(ints), len(words), hits)
}
