// Race: a map written (insert, overwrite, delete, clear by reassignment) and read (lookup,
// len, range) by several goroutines without a lock. Go itself may stop such a program with
// "fatal error: concurrent map writes" (exit 2); the interpreter must never crash.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var m = map[int]string{}

const iters = 30000

// readersLeft counts the readers still running: the writers write until none is left.
var readersLeft int32 = 2

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; atomic.LoadInt32(&readersLeft) > 0; i++ {
				k := (i*7 + w) % 64
				switch i % 5 {
				case 0, 1:
					m[k] = "value"
				case 2:
					m[k] += "+"
				case 3:
					delete(m, k)
				case 4:
					if i%50 == 4 {
						m = make(map[int]string, i%9)
					}
				}
			}
		}(w)
	}
	reads := make([]int, 2)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for i := 0; i < iters; i++ {
				_ = m[i%64]
				_, _ = m[i%70]
				_ = len(m)
				if i%10 == 0 {
					for k, v := range m {
						_, _ = k, v
					}
				}
				reads[r]++
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("reads", reads[0]+reads[1])
	fmt.Println("done")
}
