// Race: a pointer to a struct swapped between the nodes of rings (reference cycles, which
// only the cycle collector frees) by two goroutines that also build new rings and splice
// nodes in, while three others walk the rings from it and one goroutine calls runtime.GC()
// in a loop. Every next pointer ever stored is non-nil and every node's tag matches its
// value, so a walker that meets nil or a mismatched node saw something nobody wrote; the
// count of those is printed.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Node struct {
	next    *Node
	val     int
	tag     string
	payload []int
}

func tagOf(v int) string { return fmt.Sprint(v % 10) }

func ring(n, base int) *Node {
	first := &Node{val: base, tag: tagOf(base), payload: make([]int, 8)}
	cur := first
	for i := 1; i < n; i++ {
		cur.next = &Node{val: base + i, tag: tagOf(base + i), payload: make([]int, i)}
		cur = cur.next
	}
	cur.next = first
	return first
}

var head = ring(4, 0)

const iters = 4000

// maxWrites bounds each writer: on a starved machine (the readers barely scheduled while
// runtime.GC() runs in a loop) unbounded writers only pile up garbage for the collector.
const maxWrites = 20000

// readersLeft counts the readers still running: the writers write until none is left (or
// until maxWrites).
var readersLeft int32 = 3

func main() {
	var wg sync.WaitGroup
	stop := make(chan struct{})
	gcDone := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				gcDone <- n
				return
			default:
			}
			runtime.GC()
			n++
			runtime.Gosched()
		}
	}()
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < maxWrites && atomic.LoadInt32(&readersLeft) > 0; i++ {
				switch (i + w) % 4 {
				case 0:
					head = ring(1+i%6, i)
				case 1:
					head = head.next
				case 2:
					h := head
					h.next = &Node{next: h.next, val: i, tag: tagOf(i)}
				case 3:
					h := head
					other := ring(3, i)
					other.next.next.next = h
					h.next = other
				}
			}
		}(w)
	}
	steps := make([]int, 3)
	bad := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for i := 0; i < iters; i++ {
				n := head
				for j := 0; j < 10; j++ {
					if n == nil || n.tag != tagOf(n.val) {
						bad[r]++
						break
					}
					n = n.next
				}
				steps[r]++
			}
		}(r)
	}
	wg.Wait()
	close(stop)
	if <-gcDone < 1 {
		fmt.Println("no collection ran")
	}
	fmt.Println("walks", steps[0]+steps[1]+steps[2], "bad", bad[0]+bad[1]+bad[2])
	fmt.Println("done")
}
