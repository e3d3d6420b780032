// The sync/atomic types: Int64, Int32, Uint64, Bool, Value. (The generic Pointer[T] is in
// atomic_pointer.go.)
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var hits atomic.Int64
	var small atomic.Int32
	var big atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				hits.Add(1)
				small.Add(-1)
				big.Add(3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), small.Load(), big.Load())
	fmt.Println(hits.Swap(0), hits.Load(), hits.CompareAndSwap(0, 5), hits.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load())
	flag.Store(true)
	fmt.Println(flag.Load(), flag.Swap(false), flag.Load(), flag.CompareAndSwap(false, true))

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"first"})
	fmt.Println(v.Load().(config).name)
	old := v.Swap(config{"second"})
	fmt.Println(old.(config).name, v.Load().(config).name)
}
