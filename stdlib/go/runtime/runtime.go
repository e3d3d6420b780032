// Package runtime: the scheduler and memory statistics of the running program.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are run
	// time errors from ordinary errors.
	RuntimeError()
}

// Version returns the Go version minigo follows.
func Version() string { return "go1.27" }

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

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

// NumCgoCall returns the number of cgo calls made by the current process.
func NumCgoCall() int64 { return 0 }

// A MemStats records statistics about the memory allocator and the collector (the heap
// counters are minigo's real allocation accounting, the GC fields its collector's own
// figures; Sys/HeapSys are the process's resident memory).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats)
