// Package runtime: the scheduler and memory statistics of the running program.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler names the toolchain minigo stands in for.
const Compiler = "gc"

// Error is implemented by the errors the runtime panics with (index out of range, nil
// dereference...): they carry the RuntimeError marker method.
type Error interface {
	error
	RuntimeError() // a marker; it does nothing
}

// Version returns the Go version minigo follows.
func Version() string { return "go1.27" }

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU is the number of CPUs the process may run on.
func NumCPU() int

// NumGoroutine is the number of live goroutines, main included.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// Breakpoint executes a breakpoint trap: outside a debugger the program dies of SIGTRAP.
func Breakpoint()

// MemProfileRate is the average number of bytes allocated between two samples of the
// memory profile. Go's linker sets it to 0 in a program that cannot read the profile, and
// minigo has no memory profile, so it starts at 0; programs may set it.
var MemProfileRate int = 0

// GC runs a garbage collection cycle and blocks the caller until it is complete.
func GC()

// SetFinalizer sets the finalizer of the object obj points to: once the collector finds
// the object unreachable, it runs finalizer(obj) on a goroutine of its own. A nil
// finalizer removes the one set.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks its argument as currently reachable: the object it refers to is not
// collected, nor its finalizer run, before the call.
func KeepAlive(x any) {}

// LockOSThread wires the calling goroutine to its current operating system thread
// (a no-op).
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread (a no-op).
func UnlockOSThread() {}

// NumCgoCall is 0: minigo has no cgo.
func NumCgoCall() int64 { return 0 }

// MemStats is a snapshot of memory statistics. The heap figures are minigo's own
// allocation accounting and the GC figures its collector's; Sys and HeapSys are the
// process's resident memory. Fields Go has but minigo does not measure stay 0.
type MemStats struct {
	// Heap: bytes live now, ever allocated, and obtained from the system.
	Alloc, TotalAlloc, Sys uint64
	// Pointer lookups (always 0), objects allocated and freed.
	Lookups, Mallocs, Frees uint64
	// The heap in detail.
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64
	// Runtime structures (not measured by minigo except as part of Sys).
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys uint64
	BuckHashSys, GCSys, OtherSys                                       uint64
	// Collector: the heap goal, the end of the last cycle (ns since 1970), pauses.
	NextGC, LastGC, PauseTotalNs uint64
	PauseNs, PauseEnd            [256]uint64 // circular, the latest at [(NumGC+255)%256]
	NumGC, NumForcedGC           uint32
	GCCPUFraction                float64
	EnableGC, DebugGC            bool
}

// ReadMemStats fills m with the current statistics.
func ReadMemStats(m *MemStats)
