// sync.Pool: Get returns a pooled object or calls New; the pool may drop objects at any GC,
// so a program may only rely on getting a usable object.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new(strings.Builder)
	}}
	b := pool.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), created)
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*strings.Builder)
	fmt.Println("reused builder is empty:", b2.Len() == 0)

	var empty sync.Pool
	fmt.Println("Get on a pool without New:", empty.Get())
	empty.Put("x")
	v := empty.Get()
	fmt.Println("Get after Put is x or nil:", v == "x" || v == nil)

	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sb := pool.Get().(*strings.Builder)
			sb.Reset()
			fmt.Fprintf(sb, "%d", i)
			pool.Put(sb)
		}()
	}
	wg.Wait()
	fmt.Println("New was called at least once:", created >= 1)
}
