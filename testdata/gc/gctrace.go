// golden: counts-gc
// golden: env=GODEBUG=gctrace=1
// golden: normalize-decimals
// GODEBUG=gctrace=1 makes the runtime print one line per collection on stderr:
//
//	gc 1 @0.000s 14%: 0.071+0.13+0.005 ms clock, 0.14+0/0.061/0.042+0.010 ms cpu, 1->1->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)
//
// (cycle number, time since start, GC CPU share, wall and CPU times of the phases, heap
// before -> after marking -> live, heap goal, stacks, globals, Ps, and "(forced)" for
// runtime.GC). The numbers vary from run to run, so they are compared as `N`; the shape of
// each line and the number of lines are what must match. The program allocates far less than
// the 4 MB minimum heap goal, so only its two runtime.GC calls collect.
package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	sink = make([]byte, 1<<20)
	runtime.GC()
	fmt.Println("first collection done, holding", len(sink))
	sink = nil
	runtime.GC()
	fmt.Println("second collection done")
}
