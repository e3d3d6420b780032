// Cycles that pass through interface values: a struct field of type any holding a pointer
// back to its owner, a []any holding its owner, an interface-typed field holding a method
// value bound to its owner, and a buffered channel whose buffer holds the struct that owns
// the channel. Each kind is built and dropped 50,000 times with a 256-byte payload (more
// than 20 MB of cyclic garbage per kind).
package main

import (
	"fmt"
	"runtime"
)

type Namer interface{ Name() string }

type holder struct {
	id      int
	back    any        // holds *holder: the owner itself or its twin
	items   []any      // holds the owner among other values
	namer   Namer      // holds a *holder pointing back here
	hook    func() int // a method value bound to the owner
	mailbox chan *holder
	payload [32]int
}

func (h *holder) Name() string { return fmt.Sprint("h", h.id) }
func (h *holder) Size() int    { return h.id % 7 }

var ms runtime.MemStats

func heapNow() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// run builds and drops n structures with build, samples the heap every n/10 rounds and
// reports the checksum and whether the heap grew by less than 12 MB over the run.
func run(kind string, n int, build func(i int) int) {
	runtime.GC()
	base := heapNow()
	var peak uint64
	sum := 0
	for i := 0; i < n; i++ {
		sum += build(i)
		if i%(n/10) == n/10-1 {
			if h := heapNow(); h > peak {
				peak = h
			}
		}
	}
	fmt.Printf("%-16s checksum %d, heap growth bounded (< 12 MB): %v\n", kind, sum, peak < base+12<<20)
}

func main() {
	const n = 50000
	run("field of any", n, func(i int) int {
		h := &holder{id: i}
		h.back = h
		h.payload[i%32] = i
		return h.back.(*holder).payload[i%32] % 10
	})
	run("pair through any", n, func(i int) int {
		a, b := &holder{id: i}, &holder{id: i + 1}
		a.back, b.back = b, a
		return a.back.(*holder).back.(*holder).id - i
	})
	run("slice of any", n, func(i int) int {
		h := &holder{id: i}
		h.items = []any{i, "x", h, []any{h}}
		return h.items[2].(*holder).items[3].([]any)[0].(*holder).id % 3
	})
	run("interface field", n, func(i int) int {
		a, b := &holder{id: i}, &holder{id: -i}
		a.namer, b.namer = b, a
		return len(a.namer.Name()) - len(b.namer.Name())
	})
	run("method value", n, func(i int) int {
		h := &holder{id: i}
		h.hook = h.Size
		return h.hook()
	})
	run("channel buffer", n, func(i int) int {
		h := &holder{id: i, mailbox: make(chan *holder, 1)}
		h.mailbox <- h
		return len(h.mailbox)
	})
	runtime.GC()
	fmt.Println("heap after GC bounded (< 8 MB):", heapNow() < 8<<20)
}
