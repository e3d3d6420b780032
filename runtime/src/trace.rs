//! Execution tracing (the idea of Go's `runtime/trace.go`): the scheduler records what it
//! does — goroutines created, started, blocked, readied, preempted, stolen; Ps handed off at
//! syscalls; Ms spinning and sleeping; `GOMAXPROCS` changes; the collector's phases — as
//! timestamped [`Event`]s that a viewer (`minigo trace`) turns into a timeline.
//!
//! # Cost
//!
//! A program runs traced when its [`Config::trace`](crate::Config) holds a [`Trace`]. Every
//! event site is the [`trace_ev!`] macro: with tracing off it is one load of that option and
//! a branch that is never taken (the arguments are not even evaluated); the recording itself
//! is out of line.
//!
//! # Buffers
//!
//! Events go to a buffer owned by the recording OS thread (an M, sysmon, or any thread that
//! readies a goroutine), so the hot path takes no lock and writes no shared cache line: the
//! thread fills a fixed-size [`Chunk`] and publishes each event with one release store of
//! the chunk's length. Only when a chunk is full does the thread take the trace's lock, to
//! register a fresh chunk. (Go's first tracer kept one buffer per P; its current one keeps
//! one per M, as here. Every event names its P, so per-P lanes are rebuilt when reading.)
//! Readers see each chunk's published prefix; [`Trace::events`] merges them in time order.
//!
//! Timestamps come from the monotonic clock ([`Instant`]), in nanoseconds since the trace
//! was created. Causal pairs are recorded in causal order: a goroutine's block is recorded
//! before the status change that lets a waker see it parked, and the waker records the
//! unblock before queuing it, so a block always precedes its unblock, and a creation
//! precedes the start.

use std::cell::{RefCell, UnsafeCell};
use std::mem::MaybeUninit;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;

use crate::WaitReason;

/// What happened. `Event::g` is the goroutine concerned, `Event::arg` as documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum EvKind {
    /// `newproc`: `g` was created by goroutine `arg` (0: by the runtime, e.g. a timer).
    GoCreate,
    /// `execute`: `g` starts running on `p`, on `m`.
    GoStart,
    /// `g` parked; `arg` is its wait reason (decode with [`Trace::reason`]).
    GoBlock,
    /// `g` stopped at a safepoint because sysmon asked it to (it ran 10 ms).
    GoPreempt,
    /// `g` called `runtime.Gosched` and went to the global queue.
    GoSched,
    /// `g` stopped at a safepoint for a stop-the-world (GC or `GOMAXPROCS`); it keeps its turn.
    GoStopTheWorld,
    /// `g` returned (`goexit0`).
    GoEnd,
    /// `g` was made runnable by goroutine `arg` (0: by the runtime: a timer, the collector);
    /// `p` is the P whose queue it went to (-1: the global queue).
    GoUnblock,
    /// `entersyscall`: `g` blocks its M in a native call; its P stays `_Psyscall`.
    GoSysCall,
    /// `exitsyscall`: `g` continues on `p`; `arg` is 1 if it kept its P, 0 if it needed another.
    GoSysExit,
    /// `sysmon`'s `preemptone`: asks `g` running on `p` to stop at its next safepoint.
    PreemptRequest,
    /// `runqsteal`: `p` stole work from P `arg`; `g` is the goroutine it will run.
    Steal,
    /// The 1-in-61 schedtick check of the global queue by `p`; `g` is what it took (0: nothing).
    GlobalCheck,
    /// `acquirep`: `m` now holds `p`.
    ProcStart,
    /// `releasep`: `m` gave `p` up.
    ProcStop,
    /// `retake`: sysmon took `p` from `m`, which was blocked in a syscall (the hand-off).
    ProcRetake,
    /// `m` started spinning (looking for work to steal).
    MSpinStart,
    /// `m` stopped spinning (found work or gave up).
    MSpinStop,
    /// `stopm`: `m` sleeps on its note.
    MIdle,
    /// `m` woke up from `stopm`.
    MWake,
    /// A new OS thread `m` (`newm`).
    MStart,
    /// `GOMAXPROCS` is now `arg` (also recorded once when the program starts).
    GoMaxProcs,
    /// A stop-the-world begins; `arg` is 1 for `GOMAXPROCS`, 0 for a collection.
    StwStart,
    /// A collection cycle begins (stopping the world); `arg` is 1 if forced by `runtime.GC()`.
    GcStart,
    /// Every P stopped: the collector marks what is reachable.
    GcMark,
    /// The mark is over: the collector frees what it did not reach.
    GcSweep,
    /// The sweep is over: the world restarts.
    GcMarkDone,
    /// The world runs again; a collection's `arg` is its cycle number.
    StwEnd,
}

impl EvKind {
    /// Every kind, in declaration order (`kind as usize` indexes this).
    pub const ALL: [EvKind; 28] = [
        EvKind::GoCreate,
        EvKind::GoStart,
        EvKind::GoBlock,
        EvKind::GoPreempt,
        EvKind::GoSched,
        EvKind::GoStopTheWorld,
        EvKind::GoEnd,
        EvKind::GoUnblock,
        EvKind::GoSysCall,
        EvKind::GoSysExit,
        EvKind::PreemptRequest,
        EvKind::Steal,
        EvKind::GlobalCheck,
        EvKind::ProcStart,
        EvKind::ProcStop,
        EvKind::ProcRetake,
        EvKind::MSpinStart,
        EvKind::MSpinStop,
        EvKind::MIdle,
        EvKind::MWake,
        EvKind::MStart,
        EvKind::GoMaxProcs,
        EvKind::StwStart,
        EvKind::GcStart,
        EvKind::GcMark,
        EvKind::GcSweep,
        EvKind::GcMarkDone,
        EvKind::StwEnd,
    ];
}

/// One recorded event (32 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// Nanoseconds since the trace was created.
    pub ts: u64,
    /// The goroutine concerned, 0 if none.
    pub g: u64,
    /// Kind-specific (see [`EvKind`]).
    pub arg: u64,
    /// The M concerned, -1 if none.
    pub m: i32,
    /// The P concerned, -1 if none.
    pub p: i16,
    pub kind: EvKind,
}

/// Wait reasons with a fixed code; any other ([`WaitReason::Other`]) is interned.
const KNOWN_REASONS: [WaitReason; 13] = [
    WaitReason::ChanReceive,
    WaitReason::ChanSend,
    WaitReason::ChanReceiveNilChan,
    WaitReason::ChanSendNilChan,
    WaitReason::Select,
    WaitReason::SelectNoCases,
    WaitReason::Sleep,
    WaitReason::SyncWaitGroupWait,
    WaitReason::SyncMutexLock,
    WaitReason::SyncRWMutexLock,
    WaitReason::SyncRWMutexRLock,
    WaitReason::SyncCondWait,
    WaitReason::GcCycle,
];

/// Events per chunk (128 KiB).
const CHUNK_EVENTS: usize = 4096;

/// A run of events written by one thread. Only the thread that holds the chunk in its
/// [`LOCAL`] slot writes, and only past `len`; readers read below `len` (acquire).
struct Chunk {
    len: AtomicUsize,
    slots: Box<[UnsafeCell<MaybeUninit<Event>>]>,
}

// SAFETY: a slot is written once, by the chunk's single writer, before `len` is released
// past it; readers only read slots below an acquired `len`.
unsafe impl Sync for Chunk {}

impl Chunk {
    fn new() -> Chunk {
        Chunk {
            len: AtomicUsize::new(0),
            slots: (0..CHUNK_EVENTS)
                .map(|_| UnsafeCell::new(MaybeUninit::uninit()))
                .collect(),
        }
    }

    /// Appends `ev` (single writer); false when the chunk is full.
    fn push(&self, ev: Event) -> bool {
        let n = self.len.load(Ordering::Relaxed);
        if n == self.slots.len() {
            return false;
        }
        // SAFETY: slot `n` is past the published length: no reader looks at it, and this
        // thread is the chunk's only writer.
        unsafe { (*self.slots[n].get()).write(ev) };
        self.len.store(n + 1, Ordering::Release);
        true
    }

    fn published(&self) -> impl Iterator<Item = Event> + '_ {
        let n = self.len.load(Ordering::Acquire);
        // SAFETY: slots below the acquired length were fully written before it was released.
        self.slots[..n]
            .iter()
            .map(|s| unsafe { (*s.get()).assume_init() })
    }
}

thread_local! {
    /// This thread's current chunk, and the id of the trace it belongs to.
    static LOCAL: RefCell<Option<(u64, Arc<Chunk>)>> = const { RefCell::new(None) };
}

static NEXT_TRACE_ID: AtomicU64 = AtomicU64::new(1);

/// A trace being recorded (give it to [`Config::trace`](crate::Config)), then read.
pub struct Trace {
    id: u64,
    epoch: Instant,
    on: AtomicBool,
    /// At most this many chunks are registered; events past them are counted as dropped.
    max_chunks: usize,
    chunks: Mutex<Vec<Arc<Chunk>>>,
    /// The chunk limit was reached: events are only counted (skips the lock).
    full: AtomicBool,
    dropped: AtomicU64,
    /// Where goroutines were created (when the task could say).
    labels: Mutex<Vec<(u64, String)>>,
    /// Interned texts of other wait reasons; code = `KNOWN_REASONS.len()` + index.
    other_reasons: Mutex<Vec<&'static str>>,
}

impl std::fmt::Debug for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Trace#{}", self.id)
    }
}

impl Trace {
    /// A trace that keeps at most about `max_events` events (later ones are dropped and counted).
    pub fn new(max_events: usize) -> Arc<Trace> {
        Arc::new(Trace {
            id: NEXT_TRACE_ID.fetch_add(1, Ordering::Relaxed),
            epoch: Instant::now(),
            on: AtomicBool::new(true),
            max_chunks: max_events.div_ceil(CHUNK_EVENTS).max(1),
            chunks: Mutex::new(Vec::new()),
            full: AtomicBool::new(false),
            dropped: AtomicU64::new(0),
            labels: Mutex::new(Vec::new()),
            other_reasons: Mutex::new(Vec::new()),
        })
    }

    /// Stops recording: later events are ignored (Ms may still run after `run_main` returns).
    pub fn stop(&self) {
        self.on.store(false, Ordering::SeqCst);
    }

    /// Takes every published event out of the trace, in time order (events of one thread
    /// keep their order on ties). Call it after [`Trace::stop`]: each chunk is freed as soon
    /// as it is read, so a large trace is not held twice.
    pub fn take_events(&self) -> Vec<Event> {
        let chunks = std::mem::take(&mut *self.chunks.lock());
        let n = chunks.iter().map(|c| c.len.load(Ordering::Acquire)).sum();
        let mut evs = Vec::with_capacity(n);
        for c in chunks {
            evs.extend(c.published());
        }
        evs.sort_by_key(|e| e.ts);
        evs
    }

    /// Events that did not fit in `max_events`.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// The creation labels given for goroutines (goid, label), e.g. `main.worker at prog.go:17`.
    pub fn labels(&self) -> Vec<(u64, String)> {
        self.labels.lock().clone()
    }

    /// The wait reason a [`EvKind::GoBlock`] event's `arg` stands for.
    pub fn reason(&self, code: u64) -> WaitReason {
        let i = code as usize;
        if let Some(r) = KNOWN_REASONS.get(i) {
            return *r;
        }
        let other = self.other_reasons.lock();
        WaitReason::Other(other.get(i - KNOWN_REASONS.len()).copied().unwrap_or("?"))
    }

    pub(crate) fn reason_code(&self, r: WaitReason) -> u64 {
        if let Some(i) = KNOWN_REASONS.iter().position(|k| *k == r) {
            return i as u64;
        }
        // Other texts, and any reason named after this table was written, by their text.
        let text = r.as_str();
        let mut other = self.other_reasons.lock();
        let i = other.iter().position(|t| *t == text).unwrap_or_else(|| {
            other.push(text);
            other.len() - 1
        });
        (KNOWN_REASONS.len() + i) as u64
    }

    pub(crate) fn set_label(&self, goid: u64, label: String) {
        self.labels.lock().push((goid, label));
    }

    /// Records one event in the calling thread's chunk (see the module doc).
    #[cold]
    #[inline(never)]
    pub(crate) fn record(&self, kind: EvKind, p: i64, m: i64, g: u64, arg: u64) {
        if !self.on.load(Ordering::Relaxed) {
            return;
        }
        let ev = Event {
            ts: self.epoch.elapsed().as_nanos() as u64,
            g,
            arg,
            m: m as i32,
            p: p as i16,
            kind,
        };
        let _ = LOCAL.try_with(|local| {
            let mut local = local.borrow_mut();
            if let Some((id, chunk)) = local.as_ref() {
                if *id == self.id && chunk.push(ev) {
                    return;
                }
            }
            match self.new_chunk() {
                Some(chunk) => {
                    chunk.push(ev);
                    *local = Some((self.id, chunk));
                }
                None => {
                    self.dropped.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    }

    fn new_chunk(&self) -> Option<Arc<Chunk>> {
        if self.full.load(Ordering::Relaxed) {
            return None;
        }
        let mut chunks = self.chunks.lock();
        if chunks.len() >= self.max_chunks {
            self.full.store(true, Ordering::Relaxed);
            return None;
        }
        let c = Arc::new(Chunk::new());
        chunks.push(c.clone());
        Some(c)
    }
}

/// `trace_ev!(sched, Kind, p, m, g, arg)`: records an event if `sched` is traced. With
/// tracing off the arguments are not evaluated. `p` and `m` are ids (`-1`: none).
macro_rules! trace_ev {
    ($sched:expr, $kind:ident, $p:expr, $m:expr, $g:expr, $arg:expr) => {
        if let Some(t) = &$sched.config.trace {
            t.record(
                $crate::trace::EvKind::$kind,
                $p as i64,
                $m as i64,
                $g,
                $arg as u64,
            )
        }
    };
}
pub(crate) use trace_ev;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_is_four_words() {
        assert_eq!(std::mem::size_of::<Event>(), 32);
    }

    #[test]
    fn events_from_threads_merge_in_time_order_and_respect_the_limit() {
        let t = Trace::new(2 * CHUNK_EVENTS);
        std::thread::scope(|s| {
            for m in 0..3 {
                let t = &t;
                s.spawn(move || {
                    for i in 0..CHUNK_EVENTS as u64 {
                        t.record(EvKind::GoStart, 0, m, i, 0);
                    }
                });
            }
        });
        t.stop();
        t.record(EvKind::GoEnd, 0, 0, 1, 0);
        let evs = t.take_events();
        assert_eq!(evs.len(), 2 * CHUNK_EVENTS, "two chunks' worth kept, nothing after stop");
        assert_eq!(t.dropped(), CHUNK_EVENTS as u64);
        assert!(evs.windows(2).all(|w| w[0].ts <= w[1].ts));
        // Each thread's events keep their order.
        for m in 0..3 {
            let gs: Vec<u64> = evs.iter().filter(|e| e.m == m).map(|e| e.g).collect();
            assert!(gs.is_empty() || gs == (0..CHUNK_EVENTS as u64).collect::<Vec<_>>());
        }
        assert!(t.take_events().is_empty(), "taken once");
    }

    #[test]
    fn wait_reasons_round_trip() {
        let t = Trace::new(1);
        for r in KNOWN_REASONS
            .iter()
            .copied()
            .chain([WaitReason::Other("x"), WaitReason::Other("y")])
        {
            assert_eq!(t.reason(t.reason_code(r)), r);
        }
        assert_eq!(
            t.reason_code(WaitReason::Other("x")),
            t.reason_code(WaitReason::Other("x"))
        );
    }
}
