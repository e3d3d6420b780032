// sync/atomic functions: AddInt64/LoadInt64/StoreInt64/SwapInt32/CompareAndSwapInt64 under
// contention give exact results.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))

	atomic.StoreInt64(&n, 5)
	fmt.Println(atomic.CompareAndSwapInt64(&n, 5, 6), atomic.CompareAndSwapInt64(&n, 5, 7), n)
	var s int32 = 1
	old := atomic.SwapInt32(&s, 9)
	fmt.Println(old, s)
	fmt.Println(atomic.AddInt32(&s, -10))
	atomic.AddUint32(&u, ^uint32(0)) // decrement an unsigned counter
	fmt.Println(u)

	// CAS loop: a lock-free maximum.
	var max int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := int64(i * 7 % 10)
			for {
				cur := atomic.LoadInt64(&max)
				if v <= cur || atomic.CompareAndSwapInt64(&max, cur, v) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("max", max)
}
