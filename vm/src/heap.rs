//! Heap objects: their accounting and the registry the collector walks.
//!
//! Every guest heap object (a struct or array body, a slice's backing array, a variable
//! that escapes into a cell, a map, a closure environment, a boxed interface payload) is an
//! `Arc`. Payloads that hold an [`Accounted`] are counted in the runtime's heap statistics
//! (`minigo_runtime::mheap`): creating one counts a malloc, dropping it a free, which is
//! what `runtime.ReadMemStats` reports and what the pacer measures.
//!
//! The *mutable* objects — [`Obj`] (slots) and [`MapObj`] (entries) — are also registered
//! here, by a weak reference, in a shard owned by the allocating thread. Reference counting
//! frees most objects the moment they become unreachable; the registry lets the cycle
//! collector (`gc.rs`) find the rest, the objects that only reference each other. Only
//! mutable objects can close a cycle (an immutable object can only point to objects that
//! existed before it), so they are the ones that must be registered.
//!
//! A shard is pruned of dead entries when it has doubled since its last pruning, so the
//! registry stays proportional to the live objects (plus the `Arc` shells that a dead
//! entry keeps allocated until then, 64 bytes each).

use std::sync::{Arc, Weak};

use minigo_runtime::mheap;
use parking_lot::Mutex;

use crate::value::{MapObj, Obj};

/// Marks its owner as one accounted heap object of a fixed size: put one in every heap
/// payload struct; creating it counts a malloc, dropping it a free.
#[derive(Debug)]
pub(crate) struct Accounted(usize);

impl Accounted {
    #[inline]
    pub(crate) fn new(bytes: usize) -> Accounted {
        mheap::record_alloc(bytes);
        Accounted(bytes)
    }
}

impl Drop for Accounted {
    #[inline]
    fn drop(&mut self) {
        mheap::record_free(self.0);
    }
}

/// A registered mutable object.
pub(crate) enum Tracked {
    Obj(Weak<Obj>),
    Map(Weak<MapObj>),
}

impl Tracked {
    fn is_live(&self) -> bool {
        match self {
            Tracked::Obj(w) => w.strong_count() > 0,
            Tracked::Map(w) => w.strong_count() > 0,
        }
    }
}

/// One thread's registrations.
#[derive(Default)]
struct Shard {
    entries: Vec<Tracked>,
    /// Prune when `entries` reaches this length.
    prune_at: usize,
}

/// Shards never shrink below this before pruning.
const MIN_PRUNE: usize = 4096;

static SHARDS: Mutex<Vec<Arc<Mutex<Shard>>>> = Mutex::new(Vec::new());

thread_local! {
    static SHARD: Arc<Mutex<Shard>> = {
        let shard = Arc::new(Mutex::new(Shard { entries: Vec::new(), prune_at: MIN_PRUNE }));
        SHARDS.lock().push(shard.clone());
        shard
    };
}

/// Registers a new mutable object with the calling thread's shard.
#[inline]
pub(crate) fn track(t: Tracked) {
    SHARD.with(|s| {
        let mut s = s.lock();
        s.entries.push(t);
        if s.entries.len() >= s.prune_at {
            prune(&mut s);
        }
    });
}

#[cold]
fn prune(s: &mut Shard) {
    s.entries.retain(Tracked::is_live);
    s.prune_at = (s.entries.len() * 2).max(MIN_PRUNE);
}

/// Every registered object that is still alive, as strong references (the caller holds one
/// extra reference to each). Prunes the dead ones on the way. For the collector, with the
/// world stopped.
pub(crate) fn live_objects() -> (Vec<Arc<Obj>>, Vec<Arc<MapObj>>) {
    let (mut objs, mut maps) = (Vec::new(), Vec::new());
    for shard in SHARDS.lock().iter() {
        let mut s = shard.lock();
        s.entries.retain(|t| match t {
            Tracked::Obj(w) => w.upgrade().map(|o| objs.push(o)).is_some(),
            Tracked::Map(w) => w.upgrade().map(|m| maps.push(m)).is_some(),
        });
        s.prune_at = (s.entries.len() * 2).max(MIN_PRUNE);
    }
    (objs, maps)
}
