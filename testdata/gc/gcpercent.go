// debug.SetGCPercent: it returns the previous setting (100 by default, GOGC unset); -1 turns
// automatic collection off, so allocating 64 MB of garbage starts no cycle, while an explicit
// runtime.GC() still runs exactly one; setting it back to 100 resumes automatic collection.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func numGC() uint32 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.NumGC
}

// churn allocates total bytes of garbage in 64 KB pieces.
func churn(total int) int {
	sum := 0
	for n := 0; n < total; n += 64 << 10 {
		sink = make([]byte, 64<<10)
		sink[n%len(sink)] = byte(n >> 16)
		sum += int(sink[n%len(sink)])
	}
	return sum
}

func main() {
	fmt.Println("SetGCPercent(-1) returned", debug.SetGCPercent(-1))
	before := numGC()
	sum := churn(64 << 20)
	fmt.Println("NumGC moved while off:", numGC() != before)
	runtime.GC()
	fmt.Println("explicit GC while off adds:", numGC()-before)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("EnableGC while off:", ms.EnableGC)
	fmt.Println("SetGCPercent(-1) again returned", debug.SetGCPercent(-1))

	fmt.Println("SetGCPercent(100) returned", debug.SetGCPercent(100))
	before = numGC()
	sum += churn(64 << 20)
	fmt.Println("collections resumed:", numGC() > before)
	fmt.Println("SetGCPercent(50) returned", debug.SetGCPercent(50))
	fmt.Println("SetGCPercent(100) returned", debug.SetGCPercent(100))
	fmt.Println("checksum:", sum)
}
