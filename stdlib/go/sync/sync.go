// Package sync: locks, WaitGroup, Once (and OnceFunc, OnceValue, OnceValues), Cond, Pool and Map.
//
// Everything is built in Go over the runtime's semaphores (the natives below): a
// goroutine that must wait parks on a semaphore named by the address of a uint32, and
// whoever unblocks it releases that semaphore. Mutex hands itself to its waiters in FIFO
// order (no spinning, no starvation mode). The other types keep their bookkeeping under
// an internal Mutex and park on semaphores of their own.
package sync

import "sync/atomic"

// Semaphores: acquire waits until a release is available and takes it; release wakes the
// longest waiter or, without one, leaves the release for the next acquire. Each acquire
// parks with the wait reason Go shows for that primitive in goroutine dumps.
func semacquireMutex(addr *uint32)
func semacquireRWMutexR(addr *uint32)
func semacquireRWMutex(addr *uint32)
func semacquireWaitGroup(addr *uint32)
func semacquireCond(addr *uint32)
func semrelease(addr *uint32)

// fatal ends the program with "fatal error: s" (unrecoverable, exit status 2).
func fatal(s string)

// Locker is anything with Lock and Unlock.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a lock held by one goroutine at a time; its zero value is unlocked. Any
// goroutine may unlock it.
type Mutex struct {
	claims int32  // 1 for the holder plus 1 per goroutine waiting in Lock
	turn   uint32 // semaphore: the holder passes the lock to the next waiter through it
}

// Lock takes m, waiting for it if it is held.
func (m *Mutex) Lock() {
	if atomic.AddInt32(&m.claims, 1) > 1 {
		semacquireMutex(&m.turn) // Unlock hands m over directly
	}
}

// TryLock takes m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool { return atomic.CompareAndSwapInt32(&m.claims, 0, 1) }

// Unlock releases m, passing it to the longest waiter if there is one. Unlocking a free
// Mutex is a fatal error.
func (m *Mutex) Unlock() {
	switch left := atomic.AddInt32(&m.claims, -1); {
	case left < 0:
		atomic.AddInt32(&m.claims, 1)
		fatal("sync: unlock of unlocked mutex")
	case left > 0:
		semrelease(&m.turn)
	}
}

// RWMutex is held either by one writer or by any number of readers; its zero value is
// unlocked. Writers take turns. Once a writer asks for the lock, readers arriving after
// it wait until it is done (so readers cannot starve it), and the readers that waited
// for it get in before the next writer.
type RWMutex struct {
	writers Mutex     // held by a writer from Lock to Unlock: writers queue here
	mu      Mutex     // guards the fields below
	readers int       // read locks held
	writing bool      // a writer holds the lock or is waiting for the readers to leave
	drained uint32    // semaphore the waiting writer parks on; the last reader releases it
	queue   []*uint32 // one semaphore per reader waiting for the writer, oldest first
}

// RLock takes a read lock, waiting while a writer holds or wants the lock.
func (rw *RWMutex) RLock() {
	rw.mu.Lock()
	if !rw.writing {
		rw.readers++
		rw.mu.Unlock()
		return
	}
	turn := new(uint32)
	rw.queue = append(rw.queue, turn)
	rw.mu.Unlock()
	semacquireRWMutexR(turn) // Unlock counts this reader in before releasing it
}

// TryRLock takes a read lock if no writer holds or wants the lock, and reports whether
// it did.
func (rw *RWMutex) TryRLock() bool {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if rw.writing {
		return false
	}
	rw.readers++
	return true
}

// RUnlock releases one read lock; it is a fatal error if none is held.
func (rw *RWMutex) RUnlock() {
	rw.mu.Lock()
	if rw.readers == 0 {
		rw.mu.Unlock()
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	// While a writer holds the lock there are no readers, so a writer wanting the lock
	// is waiting for the last one.
	lastBeforeWriter := rw.readers == 0 && rw.writing
	rw.mu.Unlock()
	if lastBeforeWriter {
		semrelease(&rw.drained)
	}
}

// Lock takes the write lock: after the writers before it, and once the readers that
// got in before it have left.
func (rw *RWMutex) Lock() {
	rw.writers.Lock()
	rw.mu.Lock()
	rw.writing = true
	wait := rw.readers > 0
	rw.mu.Unlock()
	if wait {
		semacquireRWMutex(&rw.drained)
	}
}

// TryLock takes the write lock if nobody holds the lock, and reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.writers.TryLock() {
		return false
	}
	rw.mu.Lock()
	free := rw.readers == 0
	rw.writing = free
	rw.mu.Unlock()
	if !free {
		rw.writers.Unlock()
	}
	return free
}

// Unlock releases the write lock, letting in the readers that waited for it; it is a
// fatal error if the write lock is not held.
func (rw *RWMutex) Unlock() {
	rw.mu.Lock()
	if !rw.writing {
		rw.mu.Unlock()
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writing = false
	waiting := rw.queue
	rw.queue = nil
	rw.readers += len(waiting)
	rw.mu.Unlock()
	for _, turn := range waiting {
		semrelease(turn)
	}
	rw.writers.Unlock()
}

// RLocker is rw seen as a Locker whose Lock and Unlock take and release read locks.
func (rw *RWMutex) RLocker() Locker { return readLocker{rw} }

type readLocker struct{ rw *RWMutex }

func (l readLocker) Lock()   { l.rw.RLock() }
func (l readLocker) Unlock() { l.rw.RUnlock() }

// WaitGroup counts unfinished tasks; Wait blocks until the count is back to zero. Its
// zero value counts nothing.
type WaitGroup struct {
	mu      Mutex
	tasks   int    // added and not yet done
	waiters int    // goroutines parked in Wait
	zero    uint32 // semaphore released once per waiter when tasks drops to zero
}

// Add changes the count by delta; a negative count panics.
func (wg *WaitGroup) Add(delta int) {
	wg.mu.Lock()
	wg.tasks += delta
	switch {
	case wg.tasks < 0:
		wg.mu.Unlock()
		panic("sync: negative WaitGroup counter")
	case delta > 0 && wg.tasks == delta && wg.waiters > 0:
		// Waiters are still being woken from the previous round.
		wg.mu.Unlock()
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wake := 0
	if wg.tasks == 0 {
		wake, wg.waiters = wg.waiters, 0
	}
	wg.mu.Unlock()
	for ; wake > 0; wake-- {
		semrelease(&wg.zero)
	}
}

// Done is Add(-1).
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Go runs f in a new goroutine counted as one task until f returns.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Wait blocks until the count is zero.
func (wg *WaitGroup) Wait() {
	wg.mu.Lock()
	if wg.tasks == 0 {
		wg.mu.Unlock()
		return
	}
	wg.waiters++
	wg.mu.Unlock()
	semacquireWaitGroup(&wg.zero)
	wg.mu.Lock()
	reused := wg.tasks != 0 || wg.waiters != 0
	wg.mu.Unlock()
	if reused {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}

// Once runs a function at most once, however many goroutines ask.
type Once struct {
	done uint32 // 1 once the function has returned or panicked
	mu   Mutex
}

// Do calls f unless this Once has already called a function; concurrent callers wait
// until that call is over. A call that panicked counts as done.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 1 {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done == 1 {
		return // run by another goroutine while this one waited
	}
	defer atomic.StoreUint32(&o.done, 1)
	f()
}

// OnceFunc wraps f so that it runs only on the first call; if f panicked, every call
// panics with the same value.
func OnceFunc(f func()) func() {
	var once Once
	var returned bool
	var failure any
	run := func() {
		defer func() {
			if !returned {
				failure = recover()
				panic(failure)
			}
		}()
		f()
		returned = true
	}
	return func() {
		once.Do(run)
		if !returned {
			panic(failure)
		}
	}
}

// OnceValue wraps f so that it runs only on the first call, whose result every call
// returns; if f panicked, every call panics with the same value.
func OnceValue[T any](f func() T) func() T {
	var result T
	run := OnceFunc(func() { result = f() })
	return func() T {
		run()
		return result
	}
}

// OnceValues is OnceValue for a function of two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var r1 T1
	var r2 T2
	run := OnceFunc(func() { r1, r2 = f() })
	return func() (T1, T2) {
		run()
		return r1, r2
	}
}

// Cond lets goroutines wait, holding L around their checks, until another goroutine
// signals that something changed. Each Wait parks on its own semaphore, queued in
// order, so a Signal always wakes a goroutine that was already waiting.
type Cond struct {
	// L is the lock held while the condition is checked or changed.
	L Locker

	mu      Mutex
	waiters []*uint32 // oldest first
}

// NewCond is a Cond over l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, parks until Signal or Broadcast wakes this goroutine, and locks
// c.L again before returning.
func (c *Cond) Wait() {
	turn := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, turn)
	c.mu.Unlock()
	c.L.Unlock()
	semacquireCond(turn)
	c.L.Lock()
}

// Signal wakes the longest-waiting goroutine, if any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) > 0 {
		semrelease(c.waiters[0])
		c.waiters = c.waiters[1:]
	}
	c.mu.Unlock()
}

// Broadcast wakes every waiting goroutine.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for _, turn := range c.waiters {
		semrelease(turn)
	}
	c.waiters = nil
	c.mu.Unlock()
}

// Pool keeps spare values for reuse. Here it is a plain stack: nothing in it is ever
// dropped by the garbage collector.
type Pool struct {
	mu    Mutex
	spare []any

	// New, if set, makes a value when Get finds the pool empty.
	New func() any
}

// Put offers x for reuse (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.spare = append(p.spare, x)
	p.mu.Unlock()
}

// Get takes a value from the pool; if it is empty, the result of New, or nil.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.spare); n > 0 {
		x := p.spare[n-1]
		p.spare[n-1] = nil
		p.spare = p.spare[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New == nil {
		return nil
	}
	return p.New()
}

// Map is a map[any]any that goroutines may use concurrently; its zero value is empty.
// Here it is an ordinary map under a lock.
type Map struct {
	mu      Mutex
	entries map[any]any
}

// set stores key → value; m.mu is held.
func (m *Map) set(key, value any) {
	if m.entries == nil {
		m.entries = make(map[any]any)
	}
	m.entries[key] = value
}

// Load is the value of key and whether there is one.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.entries[key]
	return value, ok
}

// Store sets the value of key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.set(key, value)
}

// LoadOrStore is the value of key if there is one (loaded is true); otherwise it
// stores value and returns it.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.entries[key]; ok {
		return old, true
	}
	m.set(key, value)
	return value, false
}

// LoadAndDelete removes key, returning its value if it had one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.entries[key]
	delete(m.entries, key)
	return value, loaded
}

// Delete removes key.
func (m *Map) Delete(key any) { m.LoadAndDelete(key) }

// Swap sets the value of key, returning the previous one if there was one.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.entries[key]
	m.set(key, value)
	return previous, loaded
}

// CompareAndSwap sets the value of key to new if its value is old (compared with ==,
// which panics for uncomparable values).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if current, ok := m.entries[key]; !ok || current != old {
		return false
	}
	m.entries[key] = new
	return true
}

// CompareAndDelete removes key if its value is old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if current, ok := m.entries[key]; !ok || current != old {
		return false
	}
	delete(m.entries, key)
	return true
}

// Range calls f on the entries (in no particular order) until it returns false. It
// works on a snapshot, so f may use m.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	snapshot := make([][2]any, 0, len(m.entries))
	for k, v := range m.entries {
		snapshot = append(snapshot, [2]any{k, v})
	}
	m.mu.Unlock()
	for _, kv := range snapshot {
		if !f(kv[0], kv[1]) {
			return
		}
	}
}

// Clear removes every entry.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries = nil
}
