//! Heap objects and allocation accounting.
//!
//! Every guest heap object (a struct or array body, a slice's backing array, a variable that
//! escapes into a cell, a map, a closure environment, a boxed interface payload) is an `Arc`
//! whose payload registers itself here on creation and deregisters on drop, so
//! `runtime.ReadMemStats` can report real numbers: `Mallocs`, `Frees`, `TotalAlloc` and the
//! live `Alloc`/`HeapAlloc`. Counters are relaxed atomics: exact totals, no ordering
//! guarantees between them (as Go's stats are a snapshot too).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static MALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static TOTAL_ALLOC: AtomicU64 = AtomicU64::new(0);
static FREED_BYTES: AtomicU64 = AtomicU64::new(0);

/// A snapshot of the allocation counters, named as Go's `runtime.MemStats` fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemStats {
    /// Bytes of live heap objects (`Alloc`, equal to `HeapAlloc`).
    pub alloc: u64,
    /// Cumulative bytes allocated (`TotalAlloc`).
    pub total_alloc: u64,
    /// Cumulative count of objects allocated (`Mallocs`).
    pub mallocs: u64,
    /// Cumulative count of objects freed (`Frees`).
    pub frees: u64,
    /// Same as `alloc` (`HeapAlloc`).
    pub heap_alloc: u64,
}

/// Reads the allocation counters.
pub fn mem_stats() -> MemStats {
    let total = TOTAL_ALLOC.load(Relaxed);
    let freed = FREED_BYTES.load(Relaxed);
    let live = total.saturating_sub(freed);
    MemStats { alloc: live, total_alloc: total, mallocs: MALLOCS.load(Relaxed), frees: FREES.load(Relaxed), heap_alloc: live }
}

/// Records an allocation of `bytes`. Pair with [`record_free`] of the same size.
#[inline]
pub(crate) fn record_alloc(bytes: usize) {
    MALLOCS.fetch_add(1, Relaxed);
    TOTAL_ALLOC.fetch_add(bytes as u64, Relaxed);
}

#[inline]
pub(crate) fn record_free(bytes: usize) {
    FREES.fetch_add(1, Relaxed);
    FREED_BYTES.fetch_add(bytes as u64, Relaxed);
}

/// Marks its owner as one accounted heap object of a fixed size: put one in every heap
/// payload struct; creating it counts a malloc, dropping it a free.
#[derive(Debug)]
pub(crate) struct Accounted(usize);

impl Accounted {
    #[inline]
    pub(crate) fn new(bytes: usize) -> Accounted {
        record_alloc(bytes);
        Accounted(bytes)
    }
}

impl Drop for Accounted {
    #[inline]
    fn drop(&mut self) {
        record_free(self.0);
    }
}
