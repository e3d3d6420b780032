// Package atomic: indivisible reads and writes of integers, pointers-free booleans and
// interface values and pointers (Pointer[T]), for lock-free coordination between goroutines.
//
// Every function on a plain variable is a Rust native (stdlib/src/pkgs/atomic.rs) that
// does its whole read-modify-write while holding the lock of the object containing the
// variable. The types wrap one such variable each and call those functions.
package atomic

// The int32 operations. Add returns the sum (wrapping around); Swap, And and Or return the
// previous value; CompareAndSwap stores new only if the variable holds old.
func AddInt32(addr *int32, delta int32) int32
func LoadInt32(addr *int32) int32
func StoreInt32(addr *int32, val int32)
func SwapInt32(addr *int32, new int32) int32
func CompareAndSwapInt32(addr *int32, old, new int32) bool
func AndInt32(addr *int32, mask int32) int32
func OrInt32(addr *int32, mask int32) int32

// The int64 operations. Add returns the sum (wrapping around); Swap, And and Or return the
// previous value; CompareAndSwap stores new only if the variable holds old.
func AddInt64(addr *int64, delta int64) int64
func LoadInt64(addr *int64) int64
func StoreInt64(addr *int64, val int64)
func SwapInt64(addr *int64, new int64) int64
func CompareAndSwapInt64(addr *int64, old, new int64) bool
func AndInt64(addr *int64, mask int64) int64
func OrInt64(addr *int64, mask int64) int64

// The uint32 operations. Add returns the sum (wrapping around); Swap, And and Or return the
// previous value; CompareAndSwap stores new only if the variable holds old.
func AddUint32(addr *uint32, delta uint32) uint32
func LoadUint32(addr *uint32) uint32
func StoreUint32(addr *uint32, val uint32)
func SwapUint32(addr *uint32, new uint32) uint32
func CompareAndSwapUint32(addr *uint32, old, new uint32) bool
func AndUint32(addr *uint32, mask uint32) uint32
func OrUint32(addr *uint32, mask uint32) uint32

// The uint64 operations. Add returns the sum (wrapping around); Swap, And and Or return the
// previous value; CompareAndSwap stores new only if the variable holds old.
func AddUint64(addr *uint64, delta uint64) uint64
func LoadUint64(addr *uint64) uint64
func StoreUint64(addr *uint64, val uint64)
func SwapUint64(addr *uint64, new uint64) uint64
func CompareAndSwapUint64(addr *uint64, old, new uint64) bool
func AndUint64(addr *uint64, mask uint64) uint64
func OrUint64(addr *uint64, mask uint64) uint64

// The uintptr operations. Add returns the sum (wrapping around); Swap, And and Or return the
// previous value; CompareAndSwap stores new only if the variable holds old.
func AddUintptr(addr *uintptr, delta uintptr) uintptr
func LoadUintptr(addr *uintptr) uintptr
func StoreUintptr(addr *uintptr, val uintptr)
func SwapUintptr(addr *uintptr, new uintptr) uintptr
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool
func AndUintptr(addr *uintptr, mask uintptr) uintptr
func OrUintptr(addr *uintptr, mask uintptr) uintptr

// Int32 is a int32 accessed only atomically; its zero value holds 0.
type Int32 struct{ n int32 }

func (a *Int32) Load() int32                        { return LoadInt32(&a.n) }
func (a *Int32) Store(n int32)                      { StoreInt32(&a.n, n) }
func (a *Int32) Swap(n int32) int32                 { return SwapInt32(&a.n, n) }
func (a *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&a.n, old, new) }
func (a *Int32) Add(d int32) int32                  { return AddInt32(&a.n, d) }
func (a *Int32) And(m int32) int32                  { return AndInt32(&a.n, m) }
func (a *Int32) Or(m int32) int32                   { return OrInt32(&a.n, m) }

// Int64 is a int64 accessed only atomically; its zero value holds 0.
type Int64 struct{ n int64 }

func (a *Int64) Load() int64                        { return LoadInt64(&a.n) }
func (a *Int64) Store(n int64)                      { StoreInt64(&a.n, n) }
func (a *Int64) Swap(n int64) int64                 { return SwapInt64(&a.n, n) }
func (a *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&a.n, old, new) }
func (a *Int64) Add(d int64) int64                  { return AddInt64(&a.n, d) }
func (a *Int64) And(m int64) int64                  { return AndInt64(&a.n, m) }
func (a *Int64) Or(m int64) int64                   { return OrInt64(&a.n, m) }

// Uint32 is a uint32 accessed only atomically; its zero value holds 0.
type Uint32 struct{ n uint32 }

func (a *Uint32) Load() uint32                        { return LoadUint32(&a.n) }
func (a *Uint32) Store(n uint32)                      { StoreUint32(&a.n, n) }
func (a *Uint32) Swap(n uint32) uint32                { return SwapUint32(&a.n, n) }
func (a *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&a.n, old, new) }
func (a *Uint32) Add(d uint32) uint32                 { return AddUint32(&a.n, d) }
func (a *Uint32) And(m uint32) uint32                 { return AndUint32(&a.n, m) }
func (a *Uint32) Or(m uint32) uint32                  { return OrUint32(&a.n, m) }

// Uint64 is a uint64 accessed only atomically; its zero value holds 0.
type Uint64 struct{ n uint64 }

func (a *Uint64) Load() uint64                        { return LoadUint64(&a.n) }
func (a *Uint64) Store(n uint64)                      { StoreUint64(&a.n, n) }
func (a *Uint64) Swap(n uint64) uint64                { return SwapUint64(&a.n, n) }
func (a *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&a.n, old, new) }
func (a *Uint64) Add(d uint64) uint64                 { return AddUint64(&a.n, d) }
func (a *Uint64) And(m uint64) uint64                 { return AndUint64(&a.n, m) }
func (a *Uint64) Or(m uint64) uint64                  { return OrUint64(&a.n, m) }

// Uintptr is a uintptr accessed only atomically; its zero value holds 0.
type Uintptr struct{ n uintptr }

func (a *Uintptr) Load() uintptr                        { return LoadUintptr(&a.n) }
func (a *Uintptr) Store(n uintptr)                      { StoreUintptr(&a.n, n) }
func (a *Uintptr) Swap(n uintptr) uintptr               { return SwapUintptr(&a.n, n) }
func (a *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&a.n, old, new) }
func (a *Uintptr) Add(d uintptr) uintptr                { return AddUintptr(&a.n, d) }
func (a *Uintptr) And(m uintptr) uintptr                { return AndUintptr(&a.n, m) }
func (a *Uintptr) Or(m uintptr) uintptr                 { return OrUintptr(&a.n, m) }

// Bool is a bool accessed only atomically (stored as 0 or 1); its zero value is false.
type Bool struct{ n uint32 }

// bit is b as the number Bool stores.
func bit(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (a *Bool) Load() bool       { return LoadUint32(&a.n) == 1 }
func (a *Bool) Store(b bool)     { StoreUint32(&a.n, bit(b)) }
func (a *Bool) Swap(b bool) bool { return SwapUint32(&a.n, bit(b)) == 1 }
func (a *Bool) CompareAndSwap(old, new bool) bool {
	return CompareAndSwapUint32(&a.n, bit(old), bit(new))
}

// The natives behind Value: the same operations on an interface variable (the
// comparison of compareAndSwapAny panics like == on uncomparable dynamic types).
func loadAny(addr *any) any
func storeAny(addr *any, val any)
func swapAny(addr *any, new any) any
func compareAndSwapAny(addr *any, old, new any) bool

// sameType reports whether two non-nil interface values have the same dynamic type.
func sameType(a, b any) bool

// Value holds an interface value accessed only atomically. Once set it can only hold
// values of the first one's dynamic type, and never nil again; its zero value is empty
// (Load returns nil).
type Value struct{ held any }

// Load is the value last stored, or nil.
func (v *Value) Load() any { return loadAny(&v.held) }

// mustAccept panics unless x may be written into v by the operation named op.
func (v *Value) mustAccept(op string, x any) {
	if x == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if cur := v.Load(); cur != nil && !sameType(cur, x) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store replaces the held value with x.
func (v *Value) Store(x any) {
	v.mustAccept("store", x)
	storeAny(&v.held, x)
}

// Swap replaces the held value with x and returns the previous one (nil if empty).
func (v *Value) Swap(x any) any {
	v.mustAccept("swap", x)
	return swapAny(&v.held, x)
}

// CompareAndSwap replaces the held value with new if it equals old (an empty Value
// equals only nil).
func (v *Value) CompareAndSwap(old, new any) bool {
	if new != nil && old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	v.mustAccept("compare and swap", new)
	return compareAndSwapAny(&v.held, old, new)
}

// Pointer[T] holds a *T accessed only atomically; its zero value holds nil. The pointer
// lives in an interface variable so that the natives behind Value serve it too; once
// stored, the interface always holds a *T (possibly nil), never the empty interface again.
type Pointer[T any] struct{ held any }

// Load is the pointer last stored, or nil.
func (p *Pointer[T]) Load() *T {
	x, _ := loadAny(&p.held).(*T)
	return x
}

// Store replaces the held pointer with x.
func (p *Pointer[T]) Store(x *T) { storeAny(&p.held, x) }

// Swap replaces the held pointer with new and returns the previous one.
func (p *Pointer[T]) Swap(new *T) *T {
	old, _ := swapAny(&p.held, new).(*T)
	return old
}

// CompareAndSwap replaces the held pointer with new if it is old. A nil old matches the
// zero Pointer (an empty interface) as well as a stored nil *T; the empty interface, once
// left, never comes back, so trying it first and then the typed nil is still one atomic
// decision.
func (p *Pointer[T]) CompareAndSwap(old, new *T) bool {
	if old == nil && compareAndSwapAny(&p.held, nil, new) {
		return true
	}
	return compareAndSwapAny(&p.held, old, new)
}
