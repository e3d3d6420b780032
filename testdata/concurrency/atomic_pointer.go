// atomic.Pointer[T] is a generic type: separate from atomic_types.go because a checker without
// generics rejects the instantiation.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	p.Store(&config{"first"})
	old := p.Swap(&config{"second"})
	fmt.Println(old.name, p.Load().name)
	fmt.Println(p.CompareAndSwap(old, nil), p.Load().name)
}
