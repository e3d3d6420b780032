// Race: a func variable reassigned by two goroutines (closures over locals, over a shared
// counter they increment racily, over big slices, method values, a closure that reassigns
// the variable itself, one calling the closure it replaced) while three others call it in a loop. Only the number of calls is
// printed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Acc struct{ total int }

func (a *Acc) Add(x int) int { a.total += x; return a.total }

var f = func(x int) int { return x }

var shared int

const iters = 30000

// readersLeft counts the readers still running: the writers write until none is left.
var readersLeft int32 = 3

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			acc := &Acc{}
			for i := 0; atomic.LoadInt32(&readersLeft) > 0; i++ {
				switch (i + w) % 6 {
				case 0:
					k := i
					f = func(x int) int { return x + k }
				case 1:
					f = func(x int) int { shared++; return shared }
				case 2:
					big := make([]int, 1+i%64)
					f = func(x int) int { return big[x%len(big)] }
				case 3:
					f = acc.Add
				case 4:
					f = func(x int) int {
						f = func(y int) int { return -y }
						return x
					}
				case 5:
					g := f
					f = func(x int) int { return g(x/2) + 1 }
				}
			}
		}(w)
	}
	calls := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for i := 0; i < iters; i++ {
				_ = f(i)
				g := f
				_ = g(i + 1)
				calls[r] += 2
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("calls", calls[0]+calls[1]+calls[2])
	fmt.Println("done")
}
