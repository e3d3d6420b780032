// Package debug: runtime tuning knobs. Memory is reference counted (no collector to
// tune), so the settings are remembered and reported back as Go does.
package debug

import (
	"runtime"
	"time"
)

var gcPercent = 100

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

var maxStack = 1000000000

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine
// stack and returns the previous setting.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit sets a soft memory limit for the runtime and returns the previous
// limit; a negative input only reports the current one.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory forces a garbage collection (memory is freed eagerly: a no-op).
func FreeOSMemory() {}

// GCStats collect information about recent garbage collections (there are no pauses:
// memory is reference counted; NumGC counts runtime.GC calls).
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
	stats.LastGC = time.Time{}
	stats.PauseTotal = 0
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := range stats.PauseQuantiles {
		stats.PauseQuantiles[i] = 0
	}
}
