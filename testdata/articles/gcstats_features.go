// From seeds/002_331aef67ed7454d6.txt (3.1 特征提取代码示例): the snippet wrapped in main, otherwise
// verbatim. Real Go rejects it: `var gc debug.GCStats{...}` is a syntax error (a var declaration
// cannot take a composite literal that way). gcstats_features_fixed.go is the smallest edit that
// compiles.
// golden: compile-error
package main

import (
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
var m runtime.MemStats
runtime.ReadMemStats(&m)
var gc debug.GCStats{PauseQuantiles: make([]time.Duration, 5)}
debug.ReadGCStats(&gc)

// 关键特征:单位时间分配量(近似)与平均GC停顿
allocRate := float64(m.Alloc) / time.Since(time.Unix(0, gc.LastGC)).Seconds()
avgPause := time.Duration(int64(gc.PauseQuantiles[3])) // P75停顿
}
