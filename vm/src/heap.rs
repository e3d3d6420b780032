//! Heap objects: their accounting and the registry the collector walks.
//!
//! Every guest heap object (a struct or array body, a slice's backing array, a variable
//! that escapes into a cell, a map, a closure environment, a boxed interface payload) is an
//! `Arc`. Objects are counted in the runtime's heap statistics (`minigo_runtime::mheap`):
//! `Obj` by its slot capacity at creation and drop, other payloads by holding an
//! [`Accounted`]; that is what `runtime.ReadMemStats` reports and what the pacer measures.
//!
//! The *mutable* objects — [`Obj`] (slots) and [`MapObj`] (entries) — are also registered
//! here, by a weak reference, in a shard owned by the allocating thread (an `Obj` only if
//! its slots can hold references: see `value::may_hold_refs`). Reference counting
//! frees most objects the moment they become unreachable; the registry lets the cycle
//! collector (`gc.rs`) find the rest, the objects that only reference each other. Only
//! mutable objects can close a cycle (an immutable object can only point to objects that
//! existed before it), so they are the ones that must be registered.
//!
//! An object leaves the registry when it is dropped (its `Drop` calls [`deregister`]), so
//! the registry holds exactly the live registered objects and a freed object's memory is
//! returned at once; its slot is reused by the next registration.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
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

/// A registered mutable object, or a free slot of a shard.
pub(crate) enum Entry {
    Free,
    Obj(Weak<Obj>),
    Map(Weak<MapObj>),
}

/// A registry shard: entries and the free slots among them. Threads are spread over
/// [`NSHARDS`] shards; an object is removed from its shard when it is dropped, from
/// whichever thread drops it.
struct Shard {
    entries: Vec<Entry>,
    free: Vec<u32>,
}

/// How many shards: threads beyond this share them.
const NSHARDS: usize = 64;

/// The registration of an object that is not registered (`Obj::reg`).
pub(crate) const UNREGISTERED: u64 = u64::MAX;

static SHARDS: [Mutex<Shard>; NSHARDS] = [const { Mutex::new(Shard { entries: Vec::new(), free: Vec::new() }) }; NSHARDS];

static NEXT_SHARD: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static MY_SHARD: usize = NEXT_SHARD.fetch_add(1, Relaxed) % NSHARDS;
}

/// Registers a new mutable object with the calling thread's shard; returns the registration
/// to keep in the object (shard in the high half, slot in the low half) for [`deregister`].
#[inline]
pub(crate) fn register(e: Entry) -> u64 {
    let shard = MY_SHARD.with(|s| *s);
    let mut s = SHARDS[shard].lock();
    let slot = match s.free.pop() {
        Some(slot) => {
            s.entries[slot as usize] = e;
            slot
        }
        None => {
            s.entries.push(e);
            (s.entries.len() - 1) as u32
        }
    };
    ((shard as u64) << 32) | slot as u64
}

/// Removes an object's entry (from its `Drop`): its `Weak` goes, so its memory is returned
/// as soon as the object is.
#[inline]
pub(crate) fn deregister(reg: u64) {
    if reg == UNREGISTERED {
        return;
    }
    let (shard, slot) = ((reg >> 32) as usize, reg as u32);
    let mut s = SHARDS[shard].lock();
    s.entries[slot as usize] = Entry::Free;
    s.free.push(slot);
}

/// The objects of a census: for every registry slot, in order, the live object held there
/// (the caller then holds one extra reference to each) or `None`; and where each shard's
/// slots start in that order, so that [`census_index`] maps a registration to its position.
pub(crate) struct Census {
    pub entries: Vec<Option<Live>>,
    pub bases: [usize; NSHARDS],
}

/// A registered object, held.
pub(crate) enum Live {
    Obj(Arc<Obj>),
    Map(Arc<MapObj>),
}

impl Census {
    /// The position of the object registered as `reg` in [`Census::entries`].
    pub(crate) fn index(&self, reg: u64) -> Option<usize> {
        (reg != UNREGISTERED).then(|| self.bases[(reg >> 32) as usize] + (reg as u32) as usize)
    }
}

/// Every registered object that is still alive. For the collector, with the world stopped.
pub(crate) fn census() -> Census {
    let mut entries = Vec::new();
    let mut bases = [0; NSHARDS];
    for (i, shard) in SHARDS.iter().enumerate() {
        bases[i] = entries.len();
        let s = shard.lock();
        entries.extend(s.entries.iter().map(|e| match e {
            Entry::Free => None,
            Entry::Obj(w) => w.upgrade().map(Live::Obj),
            Entry::Map(w) => w.upgrade().map(Live::Map),
        }));
    }
    Census { entries, bases }
}
