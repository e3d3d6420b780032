// sync.Map's newer methods: Swap, CompareAndSwap, CompareAndDelete (Go 1.20) and Clear (Go 1.23).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	prev, loaded := m.Swap("a", 1)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("a", 10)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("a", 10, 11), m.CompareAndSwap("a", 10, 12))
	v, _ := m.Load("a")
	fmt.Println(v)
	fmt.Println(m.CompareAndDelete("a", 99), m.CompareAndDelete("a", 11))
	m.Store("x", 1)
	m.Store("y", 2)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after Clear:", n)
}
