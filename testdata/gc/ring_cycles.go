// A doubly linked ring is one big reference cycle: every node is reachable from its
// neighbours, so none of them is ever unreferenced. Building and dropping 100 rings of
// 10,000 nodes (about 64 MB in all) must not keep them: only a collector that finds
// unreachable cycles frees them.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	prev, next *node
	val        int
	payload    [4]int
}

// buildRing links n nodes into a ring and returns one of them.
func buildRing(n, seed int) *node {
	first := &node{val: seed}
	first.prev, first.next = first, first
	last := first
	for i := 1; i < n; i++ {
		nd := &node{val: seed + i, prev: last, next: first}
		nd.payload[i%4] = i
		last.next = nd
		first.prev = nd
		last = nd
	}
	return first
}

// walk goes round the ring forwards and backwards and sums what it sees.
func walk(r *node) (count, sum int) {
	for p := r; ; p = p.next {
		count++
		sum += p.val + p.payload[0]
		if p.next == r {
			break
		}
	}
	for p := r.prev; p != r; p = p.prev {
		sum -= p.val
	}
	return count, sum
}

func main() {
	const rings, size = 100, 10000
	var ms runtime.MemStats
	var peak uint64
	total := 0
	for i := 0; i < rings; i++ {
		r := buildRing(size, i)
		c, s := walk(r)
		if c != size {
			fmt.Println("bad ring size", c)
		}
		total += s
		if i%10 == 9 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak {
				peak = ms.HeapAlloc
			}
		}
	}
	fmt.Println("checksum:", total)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("peak heap while building bounded (< 32 MB):", peak < 32<<20)
	fmt.Println("heap after GC bounded (< 20 MB):", ms.HeapAlloc < 20<<20)
	fmt.Println("NumGC > 0:", ms.NumGC > 0)
	fmt.Println("collections during the loop:", ms.NumGC > 1)
}
