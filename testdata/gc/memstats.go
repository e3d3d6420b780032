// golden: counts-gc
// runtime.ReadMemStats around explicit collections: each runtime.GC() adds exactly one to
// NumGC and NumForcedGC when the program allocates too little to start a cycle itself, and
// the counters stay consistent with each other: Mallocs >= Frees, HeapObjects ==
// Mallocs-Frees, Alloc == HeapAlloc, TotalAlloc >= HeapAlloc, a heap goal (NextGC) of at
// least Go's 4 MB minimum, a pause total, a LastGC time near now, EnableGC set.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var kept [][]byte

func read() runtime.MemStats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms
}

func consistent(ms runtime.MemStats) bool {
	return ms.Mallocs >= ms.Frees && ms.HeapObjects == ms.Mallocs-ms.Frees &&
		ms.Alloc == ms.HeapAlloc && ms.TotalAlloc >= ms.HeapAlloc && ms.HeapAlloc > 0
}

func main() {
	start := read()
	fmt.Println("NumGC at start:", start.NumGC)
	fmt.Println("consistent at start:", consistent(start))
	fmt.Println("EnableGC:", start.EnableGC)

	prev := start
	for i := 1; i <= 5; i++ {
		kept = append(kept, make([]byte, 1000*i))
		runtime.GC()
		ms := read()
		fmt.Printf("GC %d: NumGC +%d, NumForcedGC +%d, consistent %v\n", i,
			ms.NumGC-prev.NumGC, ms.NumForcedGC-prev.NumForcedGC, consistent(ms))
		prev = ms
	}

	ms := read()
	now := uint64(time.Now().UnixNano())
	fmt.Println("NextGC >= 4 MB:", ms.NextGC >= 4<<20)
	fmt.Println("PauseTotalNs > 0:", ms.PauseTotalNs > 0)
	fmt.Println("last pause > 0:", ms.PauseNs[(ms.NumGC+255)%256] > 0)
	fmt.Println("LastGC > 0:", ms.LastGC > 0)
	fmt.Println("LastGC within the last minute:", ms.LastGC <= now && now-ms.LastGC < uint64(time.Minute))
	fmt.Println("GCCPUFraction in [0, 1]:", ms.GCCPUFraction >= 0 && ms.GCCPUFraction <= 1)

	// A kept 1 MB allocation shows up in every counter.
	before := read()
	kept = append(kept, make([]byte, 1<<20))
	after := read()
	fmt.Println("TotalAlloc grew by >= 1 MB:", after.TotalAlloc-before.TotalAlloc >= 1<<20)
	fmt.Println("HeapAlloc grew by >= 1 MB:", after.HeapAlloc >= before.HeapAlloc+1<<20)
	fmt.Println("Mallocs grew:", after.Mallocs > before.Mallocs)
	fmt.Println("no collection in between:", after.NumGC == before.NumGC)
	runtime.GC()
	final := read()
	fmt.Println("still held after GC:", final.HeapAlloc >= 1<<20, "consistent:", consistent(final))
	fmt.Println("kept:", len(kept), len(kept[len(kept)-1]))
}
