// The same kind of map traffic as map_racy.go, but every access holds one sync.Mutex (the
// readers also hold a shared sync.RWMutex read lock), so the final contents are
// deterministic: each writer owns its own keys.
package main

import (
	"fmt"
	"sync"
)

var (
	mu sync.Mutex
	m  = map[int]string{}
)

const iters = 6000

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				k := w*1000 + i%64
				mu.Lock()
				switch i % 4 {
				case 0, 1:
					m[k] = "v"
				case 2:
					m[k] += "+"
				case 3:
					delete(m, k)
				}
				mu.Unlock()
			}
		}(w)
	}
	var rw sync.RWMutex
	reads := make([]int, 2)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				rw.RLock()
				mu.Lock()
				_ = m[i%64]
				n := 0
				if i%10 == 0 {
					for range m {
						n++
					}
				}
				if n > 3*64 {
					panic("too many keys")
				}
				mu.Unlock()
				rw.RUnlock()
				reads[r]++
			}
		}(r)
	}
	wg.Wait()
	total := 0
	for _, v := range m {
		total += len(v)
	}
	fmt.Println("reads", reads[0]+reads[1], "keys", len(m), "bytes", total)
	fmt.Println("done")
}
