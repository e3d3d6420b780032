// sync.Map: Store/Load/LoadOrStore/LoadAndDelete/Delete/Range, also from many goroutines.
// (Swap/CompareAndSwap/Clear are in sync_map_swap.go.)
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println(actual, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete("nope")

	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", i), i)
		}()
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:4], keys[len(keys)-1])
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 5 }) // returning false stops Range
	fmt.Println("Range stopped after", n)
}
