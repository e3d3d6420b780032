//! Limbo: references displaced from heap slots wait here until no goroutine can still be
//! reading them, then are dropped (quiescent-state-based reclamation).
//!
//! `slots.rs` lets a running goroutine read a slot without a lock and follow the
//! reference it found without taking a count. A writer that replaces that reference a
//! moment later must therefore not drop it (it may be the last count): it *retires* it
//! here. The question limbo answers is when a retired value can no longer be under any
//! reader's eyes.
//!
//! A thread is **online** while it runs a goroutine's instructions (`enter` … `leave`:
//! the body of one `Task::run`, minus system calls). Readers only read optimistically
//! while online, and keep nothing they read past the instruction that read it. So once
//! every thread that was online when a value was retired has gone offline at least once,
//! nobody can still see it.
//!
//! The bookkeeping is an epoch counter. Each thread announces, when it goes online, the
//! epoch it saw (a sequentially consistent store, so its announcement is ordered before
//! any of its reads); offline, it announces `OFFLINE`. Retired values collect in a
//! thread-local open batch; every `BATCH` values the batch is sealed with the epoch it was
//! sealed in, and the epoch advances. A sealed batch `e` may be dropped once every other
//! thread's announcement is above `e`: each one is offline, or came online after the
//! advance past `e`, hence after the values were displaced, and could not have read them.
//! The retiring thread itself holds no view of a value it displaced (a view must not
//! outlive the store that displaces it: see `slots.rs`), so it does not count itself.
//!
//! A thread that stays online (a goroutine that computes without parking) delays
//! everyone's reclamation until it is preempted, at most a scheduler time slice.
//! Values in limbo still hold their counts, so the cycle collector sees them as roots
//! until they are dropped; they are also counted in the heap statistics until then.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::value::Value;

/// The current epoch (advanced by every sealed batch).
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// What an offline thread announces: above every epoch.
const OFFLINE: u64 = u64::MAX;

/// What an unclaimed entry of [`ANNOUNCED`] holds (below every epoch, skipped by scans).
const FREE: u64 = 0;

/// Threads that can be online at once; a thread beyond them never goes online (it reads
/// slots under their lock), which is slower but just as safe.
const MAX_ANNOUNCERS: usize = 256;

/// Every thread's announcement, one entry per thread that has used limbo (claimed on
/// first use, freed when the thread exits). Scanned without a lock up to [`CLAIMED`].
static ANNOUNCED: [AtomicU64; MAX_ANNOUNCERS] = [const { AtomicU64::new(FREE) }; MAX_ANNOUNCERS];

/// One past the highest entry of [`ANNOUNCED`] ever claimed.
static CLAIMED: AtomicUsize = AtomicUsize::new(0);

/// Sealed batches left by threads that exited before they could drop them.
static ORPHANS: Mutex<Vec<(u64, Vec<Value>)>> = Mutex::new(Vec::new());

/// Whether [`ORPHANS`] may be non-empty (so reclaiming need not lock it).
static HAS_ORPHANS: AtomicBool = AtomicBool::new(false);

/// Retired values per sealed batch.
const BATCH: usize = 32;

thread_local! {
    static ONLINE: Cell<bool> = const { Cell::new(false) };
    static LOCAL: RefCell<Local> = RefCell::new(Local::new());
}

/// A thread's entry in [`ANNOUNCED`] (`None` if all were taken) and its retired values.
struct Local {
    entry: Option<usize>,
    open: Vec<Value>,
    sealed: VecDeque<(u64, Vec<Value>)>,
}

impl Local {
    fn new() -> Local {
        let entry = (0..MAX_ANNOUNCERS).find(|&i| ANNOUNCED[i].compare_exchange(FREE, OFFLINE, Ordering::SeqCst, Ordering::Relaxed).is_ok());
        if let Some(i) = entry {
            CLAIMED.fetch_max(i + 1, Ordering::SeqCst);
        }
        Local { entry, open: Vec::new(), sealed: VecDeque::new() }
    }

    /// Coming online: sequentially consistent, so the announcement is ordered before
    /// every read that follows (see `slots.rs`, "Dropping at once").
    fn announce(&self, epoch: u64) {
        if let Some(i) = self.entry {
            ANNOUNCED[i].store(epoch, Ordering::SeqCst);
        }
    }

    /// Going offline: a release store orders every read this thread made before it, for
    /// the scanner whose load sees it.
    fn announce_offline(&self) {
        if let Some(i) = self.entry {
            ANNOUNCED[i].store(OFFLINE, Ordering::Release);
        }
    }

    fn seal(&mut self) {
        let epoch = EPOCH.fetch_add(1, Ordering::SeqCst);
        self.sealed.push_back((epoch, std::mem::take(&mut self.open)));
    }

    /// Takes the sealed batches no other thread can still be reading.
    fn reclaimable(&mut self) -> Vec<Vec<Value>> {
        let safe_below = lowest_announcement_but(self.entry);
        let mut out = Vec::new();
        while self.sealed.front().is_some_and(|(e, _)| *e < safe_below) {
            out.extend(self.sealed.pop_front().map(|(_, b)| b));
        }
        if HAS_ORPHANS.load(Ordering::Relaxed) {
            let mut orphans = ORPHANS.lock();
            let (free, keep): (Vec<_>, Vec<_>) = orphans.drain(..).partition(|(e, _)| *e < safe_below);
            HAS_ORPHANS.store(!keep.is_empty(), Ordering::Relaxed);
            *orphans = keep;
            out.extend(free.into_iter().map(|(_, b)| b));
        }
        out
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        if !self.open.is_empty() {
            self.seal();
        }
        if !self.sealed.is_empty() {
            ORPHANS.lock().extend(self.sealed.drain(..));
            HAS_ORPHANS.store(true, Ordering::Relaxed);
        }
        if let Some(i) = self.entry {
            ANNOUNCED[i].store(FREE, Ordering::SeqCst);
        }
    }
}

/// The lowest epoch announced by any online thread other than entry `me`.
fn lowest_announcement_but(me: Option<usize>) -> u64 {
    let n = CLAIMED.load(Ordering::SeqCst);
    let others = (0..n).filter(|&i| Some(i) != me).map(|i| ANNOUNCED[i].load(Ordering::SeqCst));
    others.filter(|&e| e != FREE).min().unwrap_or(OFFLINE)
}

/// Whether no thread but this one is online. Meaningful only under an object's writers'
/// lock (see `slots.rs`, "Dropping at once").
#[inline]
pub(crate) fn alone() -> bool {
    let me = LOCAL.try_with(|l| l.borrow().entry).ok().flatten();
    lowest_announcement_but(me) == OFFLINE
}

/// Whether this thread may read slots optimistically.
#[inline(always)]
pub(crate) fn is_online() -> bool {
    ONLINE.with(Cell::get)
}

/// This thread starts running a goroutine's instructions.
pub(crate) fn enter() {
    let claimed = LOCAL.try_with(|l| {
        let l = l.borrow();
        l.announce(EPOCH.load(Ordering::SeqCst));
        l.entry.is_some()
    });
    ONLINE.with(|o| o.set(claimed == Ok(true)));
}

/// This thread stops running a goroutine's instructions (it holds no views any more); it
/// drops the sealed batches that nobody can be reading.
pub(crate) fn leave() {
    ONLINE.with(|o| o.set(false));
    let free = LOCAL.try_with(|l| {
        let mut l = l.borrow_mut();
        l.announce_offline();
        // The open batch stays open (sealing a few values at every goroutine switch would
        // cost an epoch advance each): at most `BATCH` values per thread wait longer.
        if l.sealed.is_empty() {
            return Vec::new();
        }
        l.reclaimable()
    });
    drop(free);
}

/// Keeps `v`, displaced from a slot, until no thread can be reading it.
pub(crate) fn retire(v: Value) {
    let mut v = Some(v);
    let free = LOCAL.try_with(|l| {
        let mut l = l.borrow_mut();
        l.open.extend(v.take());
        if l.open.len() < BATCH {
            return Vec::new();
        }
        l.seal();
        l.reclaimable()
    });
    if let Some(v) = v {
        // This thread is exiting (its limbo is gone): the value becomes an orphan.
        ORPHANS.lock().push((EPOCH.fetch_add(1, Ordering::SeqCst), vec![v]));
        HAS_ORPHANS.store(true, Ordering::Relaxed);
    }
    // Dropped outside the borrow: a drop may free objects, never retire (freeing an
    // object nobody references displaces nothing anyone could view).
    drop(free);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Obj;
    use std::sync::mpsc;
    use std::sync::Arc;

    fn retire_batch(target: &Arc<Obj>) {
        retire(Value::Pointer(target.clone(), 0));
        for _ in 1..BATCH {
            retire(Value::Int(0));
        }
    }

    /// A value retired while another thread is online survives until that thread has
    /// gone offline; then the next sealed batch frees it.
    #[test]
    fn an_online_reader_delays_the_drop() {
        let target = Obj::new(vec![Value::Int(1)]);
        let (to_reader, reader_rx) = mpsc::channel::<()>();
        let (to_main, main_rx) = mpsc::channel::<()>();
        let reader = std::thread::spawn(move || {
            enter();
            to_main.send(()).unwrap();
            reader_rx.recv().unwrap();
            leave();
            to_main.send(()).unwrap();
        });
        main_rx.recv().unwrap(); // the reader is online
        retire_batch(&target);
        assert_eq!(Arc::strong_count(&target), 2, "freed under an online reader");
        to_reader.send(()).unwrap();
        main_rx.recv().unwrap(); // the reader went offline
        // Other tests' threads may be online too: retire until they have all moved on
        // (a bound on work, not on time).
        for _ in 0..1_000_000 {
            if Arc::strong_count(&target) == 1 {
                break;
            }
            retire(Value::Int(0));
            std::thread::yield_now();
        }
        assert_eq!(Arc::strong_count(&target), 1, "kept after the reader left");
        reader.join().unwrap();
    }
}
