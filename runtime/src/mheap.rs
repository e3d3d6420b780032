//! Heap accounting, as Go's `mstats.go` keeps it: how many objects and bytes were ever
//! allocated and freed, from which `runtime.ReadMemStats` reports `Mallocs`, `Frees`,
//! `TotalAlloc`, `HeapAlloc` and `HeapObjects`, and against which the pacer
//! (`mgcpacer.rs`) decides when the next collection starts.
//!
//! The objects themselves belong to whoever allocates them (the VM's heap); it calls
//! [`record_alloc`] and [`record_free`] with each object's size. The counters are relaxed
//! atomics: each total is exact, but a snapshot of several is not taken at one instant (as
//! Go's own statistics outside a stop-the-world).
//!
//! The allocation path is where a collection is triggered: once the bytes allocated since
//! the last cycle reach the pacer's trigger, [`record_alloc`] asks the scheduler for a cycle
//! (`mgc.rs`), which starts at the next safepoint of the running goroutines — never inside
//! the allocation itself, whose caller may hold an object's lock.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static MALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static TOTAL_ALLOC: AtomicU64 = AtomicU64::new(0);
static FREED_BYTES: AtomicU64 = AtomicU64::new(0);

/// The cumulative allocation (`TOTAL_ALLOC`) at which the next cycle starts; `u64::MAX`
/// while collection is off (`GOGC=off`). Written by the pacer.
pub(crate) static GC_TRIGGER: AtomicU64 = AtomicU64::new(u64::MAX);

/// A snapshot of the allocation counters, named as `runtime.MemStats`' fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapCounters {
    /// Bytes of live heap objects (`HeapAlloc`, `Alloc`).
    pub heap_alloc: u64,
    /// Cumulative bytes allocated (`TotalAlloc`).
    pub total_alloc: u64,
    /// Cumulative count of objects allocated (`Mallocs`).
    pub mallocs: u64,
    /// Cumulative count of objects freed (`Frees`).
    pub frees: u64,
}

impl HeapCounters {
    /// Live objects (`HeapObjects`).
    pub fn heap_objects(&self) -> u64 {
        self.mallocs.saturating_sub(self.frees)
    }
}

/// Reads the counters.
pub fn heap_counters() -> HeapCounters {
    let frees = FREES.load(Relaxed);
    let freed = FREED_BYTES.load(Relaxed);
    let mallocs = MALLOCS.load(Relaxed);
    let total = TOTAL_ALLOC.load(Relaxed);
    HeapCounters { heap_alloc: total.saturating_sub(freed), total_alloc: total, mallocs: mallocs.max(frees), frees }
}

/// Counts one allocated object of `bytes`; past the pacer's trigger, requests a collection.
#[inline]
pub fn record_alloc(bytes: usize) {
    MALLOCS.fetch_add(1, Relaxed);
    let total = TOTAL_ALLOC.fetch_add(bytes as u64, Relaxed) + bytes as u64;
    if total >= GC_TRIGGER.load(Relaxed) {
        crate::mgc::gc_trigger();
    }
}

/// Counts one freed object of `bytes` (the size it was allocated with).
#[inline]
pub fn record_free(bytes: usize) {
    FREES.fetch_add(1, Relaxed);
    FREED_BYTES.fetch_add(bytes as u64, Relaxed);
}
