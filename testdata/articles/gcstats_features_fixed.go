// From seeds/002_331aef67ed7454d6.txt (3.1 特征提取代码示例) with the smallest edits that compile: `var gc
// =` instead of `var gc`, `time.Since(gc.LastGC)` (LastGC is a time.Time, not nanoseconds) and the
// two features consumed by `_, _ =` (see gcstats_features.go for the verbatim snippet). Prints
// nothing, exits 0.
package main

import (
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
var m runtime.MemStats
runtime.ReadMemStats(&m)
var gc = debug.GCStats{PauseQuantiles: make([]time.Duration, 5)}
debug.ReadGCStats(&gc)

// 关键特征:单位时间分配量(近似)与平均GC停顿
allocRate := float64(m.Alloc) / time.Since(gc.LastGC).Seconds()
avgPause := time.Duration(int64(gc.PauseQuantiles[3])) // P75停顿
_, _ = allocRate, avgPause
}
