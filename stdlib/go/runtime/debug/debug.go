// Package debug: runtime tuning knobs. SetGCPercent sets the collector's pacing; the
// stack and memory limits are remembered and reported back as Go does.
package debug

import (
	"runtime"
	"time"
)

// SetGCPercent sets the garbage collection target percentage (the heap may grow by
// that much over what the last cycle found live before the next one starts; negative
// turns collection off) and returns the previous setting.
func SetGCPercent(percent int) int

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

// FreeOSMemory forces a garbage collection.
func FreeOSMemory() { runtime.GC() }

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats. The pause history
// holds the last 256 cycles at most; a non-empty PauseQuantiles is filled with the
// minimum, evenly spaced quantiles and the maximum of those pauses.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	stats.LastGC = time.Time{}
	if m.LastGC != 0 {
		stats.LastGC = time.Unix(0, int64(m.LastGC))
	}
	kept := int(m.NumGC)
	if kept > len(m.PauseNs) {
		kept = len(m.PauseNs)
	}
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for age := 0; age < kept; age++ {
		slot := (int(m.NumGC) - 1 - age) % len(m.PauseNs)
		stats.Pause = append(stats.Pause, time.Duration(m.PauseNs[slot]))
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(m.PauseEnd[slot])))
	}
	fillQuantiles(stats.PauseQuantiles, stats.Pause)
}

// fillQuantiles spreads q over the sorted pauses: q[0] the shortest, q[len(q)-1] the longest.
func fillQuantiles(q []time.Duration, pauses []time.Duration) {
	sorted := append([]time.Duration(nil), pauses...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j] < sorted[j-1]; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for i := range q {
		q[i] = 0
		if len(sorted) > 0 && len(q) > 1 {
			q[i] = sorted[i*(len(sorted)-1)/(len(q)-1)]
		} else if len(sorted) > 0 {
			q[i] = sorted[len(sorted)-1]
		}
	}
}
