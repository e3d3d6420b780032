// Race: a slice variable reassigned (append, reslice, make of other lengths, a literal) by
// two goroutines while three others index it, write through it and slice it. Both sides read
// the variable more than once, so an out-of-range panic is a legitimate outcome of the race:
// they run inside recover()-protected functions. Only the total number of reader attempts,
// which does not depend on the race, is printed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var sl = make([]int, 8)

const iters = 20000

// readersLeft counts the readers still running: the writers write until none is left.
var readersLeft int32 = 3

func touch(k int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	x := sl[k]
	sl[k] = x + 1
	_ = sl[k/2 : k+1]
	_ = len(sl) + cap(sl)
	for _, v := range sl {
		x += v
	}
	return x >= 0 || x < 0
}

// mutate reassigns sl; it reads sl more than once, so the other writer's assignments in
// between can make it go out of range, which is recovered.
func mutate(k int) {
	defer func() { recover() }()
	switch k % 6 {
	case 0:
		sl = append(sl, k)
	case 1:
		if len(sl) > 1 {
			sl = sl[1:]
		}
	case 2:
		sl = make([]int, k%17)
	case 3:
		sl = sl[:cap(sl)]
	case 4:
		sl = []int{1, 2, 3}
	case 5:
		sl = append(sl[:len(sl)/2], sl...)
		if len(sl) > 1000 {
			sl = nil
		}
	}
}

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; atomic.LoadInt32(&readersLeft) > 0; i++ {
				mutate(i + w)
			}
		}(w)
	}
	attempts := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for i := 0; i < iters; i++ {
				touch(i % 20)
				attempts[r]++
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("attempts", attempts[0]+attempts[1]+attempts[2])
	fmt.Println("done")
}
