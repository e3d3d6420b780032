// Package debug: runtime tuning knobs. SetGCPercent sets the collector's pacing; the
// stack and memory limits are remembered and reported back as Go does.
package debug

import (
	"runtime"
	"time"
)

// SetGCPercent sets how far, in percent of what the last cycle found live, the heap
// may grow before the next cycle (negative: never collect), and returns the old value.
func SetGCPercent(percent int) int

var maxStack = 1000000000

// SetMaxStack records a new stack size limit and returns the previous one (minigo's
// goroutines do not use it).
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit records a new soft memory limit and returns the previous one; a
// negative limit only queries.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory runs a collection cycle.
func FreeOSMemory() { runtime.GC() }

// GCStats summarises the collector's history.
type GCStats struct {
	LastGC     time.Time     // when the last cycle ended (zero before any)
	NumGC      int64         // cycles so far
	PauseTotal time.Duration // all stop-the-world pauses added up
	// The last 256 pauses at most and when each ended, newest first.
	Pause    []time.Duration
	PauseEnd []time.Time
	// If non-empty, filled with the shortest of those pauses, evenly spaced quantiles,
	// and the longest.
	PauseQuantiles []time.Duration
}

// ReadGCStats fills stats from runtime.ReadMemStats, reusing its slices.
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
