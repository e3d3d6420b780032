//! The pacer (`mgcpacer.go`'s `gcController`): when the next collection starts.
//!
//! Go sizes the heap by one knob, `GOGC` (environment, default 100, `off` to disable) or
//! `debug.SetGCPercent`: after a cycle that found `marked` bytes live, the heap may grow to
//! the *goal* `marked × (1 + GOGC/100)`, but never below the minimum of 4 MB × GOGC/100, so a
//! small program does not collect constantly. minigo's collector stops the world for the
//! whole cycle, so it needs no runway before the goal: the cycle is triggered when the
//! heap reaches the goal, measured the way Go measures it — the bytes marked live by the
//! last cycle plus every byte allocated since (objects freed early by reference counting
//! still count, as garbage counts in Go until a cycle sweeps it). That keeps the rhythm of
//! cycles, and `NextGC` and the `gctrace` figures, shaped like Go's.
//!
//! For testing the collector, `MINIGO_GCSTRESS=N` starts a cycle after every N bytes
//! allocated, whatever the goal, and from sysmon every 2 ms or ten pauses (unless collection
//! is off), so cycles stop the world at arbitrary safepoints even in programs that allocate
//! little.
//!
//! State is global, as Go's `gcController` is: one program per process.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};

use crate::mheap::{heap_counters, GC_TRIGGER};

/// Go's `defaultHeapMinimum`: the goal is never below 4 MB (at GOGC=100).
pub const HEAP_MINIMUM: u64 = 4 << 20;

/// `GOGC`; negative means off.
static GC_PERCENT: AtomicI64 = AtomicI64::new(100);
/// Bytes marked live by the last cycle (`heapMarked`).
static HEAP_MARKED: AtomicU64 = AtomicU64::new(0);
/// `TotalAlloc` when the last cycle ended: allocation since then grows the heap.
static TOTAL_AT_MARK: AtomicU64 = AtomicU64::new(0);
/// `MINIGO_GCSTRESS`: bytes between cycles in stress mode; 0 when off.
static STRESS_BYTES: AtomicU64 = AtomicU64::new(0);

/// Reads `GOGC` from the environment (`off`, or a percentage; anything else is 100, as Go's
/// `readGOGC`) and `MINIGO_GCSTRESS`, and sets the first trigger.
pub(crate) fn init_from_env() {
    let stress = std::env::var("MINIGO_GCSTRESS").ok().and_then(|s| s.trim().parse::<u64>().ok());
    STRESS_BYTES.store(stress.unwrap_or(0), Relaxed);
    let percent = match std::env::var("GOGC").ok().as_deref().map(str::trim) {
        Some("off") => -1,
        Some(s) => s.parse::<i64>().unwrap_or(100),
        None => 100,
    };
    set_gc_percent(percent);
}

/// `debug.SetGCPercent`: sets `GOGC` (negative: off) and returns the previous value. The
/// new goal takes effect at once: a heap already past it is collected at the next safepoint.
pub fn set_gc_percent(percent: i64) -> i64 {
    let old = GC_PERCENT.swap(percent.max(-1), Relaxed);
    commit();
    old
}

/// The heap goal (`NextGC`): where the next cycle starts.
pub fn heap_goal() -> u64 {
    let percent = GC_PERCENT.load(Relaxed);
    if percent < 0 {
        return u64::MAX;
    }
    let percent = percent as u64;
    let marked = HEAP_MARKED.load(Relaxed);
    let minimum = HEAP_MINIMUM.saturating_mul(percent) / 100;
    marked.saturating_add(marked.saturating_mul(percent) / 100).max(minimum)
}

/// The heap as Go would count it now: live at the last cycle plus all allocated since.
pub fn heap_live() -> u64 {
    let total = heap_counters().total_alloc;
    HEAP_MARKED.load(Relaxed) + total.saturating_sub(TOTAL_AT_MARK.load(Relaxed))
}

/// Stress mode (`MINIGO_GCSTRESS`) with collection on.
pub(crate) fn stress() -> bool {
    STRESS_BYTES.load(Relaxed) > 0 && GC_PERCENT.load(Relaxed) >= 0
}

/// Whether a cycle the allocator triggered must mark. Reference counting has already freed
/// every object that is not in a cycle, so the heap the objects really occupy
/// (`HeapAlloc`) is the live heap plus uncollected cycles: while that is still under the
/// goal, marking could not bring the program under a bound it is not already under, and
/// the cycle ends at once (keeping the last marked size as the base of the goal, so that
/// cyclic garbage cannot raise it). Stress mode always marks.
pub(crate) fn needs_mark() -> bool {
    stress() || heap_counters().heap_alloc >= heap_goal()
}

/// The end of a cycle that did not mark: the heap grows again from here.
pub(crate) fn end_cycle_unmarked() {
    TOTAL_AT_MARK.store(heap_counters().total_alloc, Relaxed);
    commit();
}

/// The end of a cycle (`gcControllerCommit`): `marked` bytes survived; sets the next trigger.
pub(crate) fn end_cycle(marked: u64) {
    HEAP_MARKED.store(marked, Relaxed);
    TOTAL_AT_MARK.store(heap_counters().total_alloc, Relaxed);
    commit();
}

/// Recomputes the trigger that `mheap::record_alloc` compares against.
fn commit() {
    let goal = heap_goal();
    let stress = STRESS_BYTES.load(Relaxed);
    let trigger = if goal == u64::MAX {
        u64::MAX
    } else if stress > 0 {
        TOTAL_AT_MARK.load(Relaxed).saturating_add(stress)
    } else {
        let runway = goal.saturating_sub(HEAP_MARKED.load(Relaxed));
        TOTAL_AT_MARK.load(Relaxed).saturating_add(runway)
    };
    GC_TRIGGER.store(trigger, Relaxed);
}
