//! The processor (`p` in Go's `runtime2.go`): the right to run Go code. Owns a local run
//! queue (`runq`, a `crossbeam_deque::Worker` whose `Stealer` other Ms use), the `runnext`
//! slot, the free-G cache, and the counters `sysmon` watches (`schedtick`, `syscalltick`).
//!
//! Only the M holding a P pushes to or pops from its `runq`; thieves use the `Stealer`.

use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64, Ordering};

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use parking_lot::Mutex;

use crate::GRef;

// Go's P status values (runtime2.go), printed by `scheddetail`.
pub(crate) const _Pidle: u32 = 0;
pub(crate) const _Prunning: u32 = 1;
pub(crate) const _Psyscall: u32 = 2;
pub(crate) const _Pgcstop: u32 = 3;
pub(crate) const _Pdead: u32 = 4;

/// Go's local run queue holds 256 Gs; past that half of it moves to the global queue
/// (`runqputslow`).
const RUNQ_CAP: usize = 256;
/// Per-P free G cache size before half of it goes to the global list (`gfput`).
const GFREE_CAP: usize = 64;

pub(crate) struct P {
    pub(crate) id: usize,
    pub(crate) status: AtomicU32,
    /// Incremented on every `execute`; `sysmon` preempts a P whose tick does not move.
    pub(crate) schedtick: AtomicU64,
    /// Incremented on every `entersyscall`.
    pub(crate) syscalltick: AtomicU64,
    /// When the current syscall started (ns since the scheduler started).
    pub(crate) syscallwhen: AtomicU64,
    /// The id of the M holding this P, `-1` if none.
    pub(crate) m: AtomicI64,
    /// The G this P is running, for `preemptone`.
    pub(crate) curg: Mutex<Option<GRef>>,
    pub(crate) runnext: Mutex<Option<GRef>>,
    runq: Mutex<Worker<GRef>>,
    pub(crate) stealer: Stealer<GRef>,
    pub(crate) gfree: Mutex<Vec<GRef>>,
}

impl P {
    pub(crate) fn new(id: usize) -> P {
        let runq = Worker::new_fifo();
        let stealer = runq.stealer();
        P {
            id,
            status: AtomicU32::new(_Pidle),
            schedtick: AtomicU64::new(0),
            syscalltick: AtomicU64::new(0),
            syscallwhen: AtomicU64::new(0),
            m: AtomicI64::new(-1),
            curg: Mutex::new(None),
            runnext: Mutex::new(None),
            runq: Mutex::new(runq),
            stealer,
            gfree: Mutex::new(Vec::new()),
        }
    }

    /// The status without the syscall owner (see [`P::syscall_word`]).
    pub(crate) fn status(&self) -> u32 {
        self.status.load(Ordering::Acquire) & 0xff
    }

    /// The status word of a P in a syscall on M `mid`: `_Psyscall` plus the owner, so the
    /// owner's `exitsyscall` CAS cannot succeed on a P that was retaken and went into a
    /// syscall again on another M (ABA).
    pub(crate) fn syscall_word(mid: i64) -> u32 {
        _Psyscall | ((mid as u32 + 1) << 8)
    }

    /// `retake`: CAS a P in a syscall (whatever M owns it) to `to`; false if it left the syscall.
    pub(crate) fn take_from_syscall(&self, to: u32) -> bool {
        let s = self.status.load(Ordering::Acquire);
        s & 0xff == _Psyscall
            && self
                .status
                .compare_exchange(s, to, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
    }

    /// `runqput`: with `next`, into `runnext` (kicking the old `runnext` to the tail of the
    /// queue). Returns the Gs that overflowed (for the global queue), if any.
    pub(crate) fn runqput(&self, g: GRef, next: bool) -> Vec<GRef> {
        let g = if next {
            match self.runnext.lock().replace(g) {
                Some(old) => old,
                None => return Vec::new(),
            }
        } else {
            g
        };
        let runq = self.runq.lock();
        runq.push(g);
        if runq.len() <= RUNQ_CAP {
            return Vec::new();
        }
        // runqputslow: move the older half to the global queue.
        (0..RUNQ_CAP / 2).map_while(|_| runq.pop()).collect()
    }

    /// `runqget`: `runnext` first, then the head of the local queue.
    pub(crate) fn runqget(&self) -> Option<GRef> {
        if let Some(g) = self.runnext.lock().take() {
            return Some(g);
        }
        self.runq.lock().pop()
    }

    /// Number of Gs in the local queue, `runnext` excluded (Go's `runqhead - runqtail`).
    pub(crate) fn runqsize(&self) -> usize {
        self.stealer.len()
    }

    pub(crate) fn runqempty(&self) -> bool {
        self.stealer.is_empty() && self.runnext.lock().is_none()
    }

    /// `runqsteal`: move about half of `victim`'s queue into ours and return one of them;
    /// with `steal_runnext`, take the victim's `runnext` when its queue is empty.
    pub(crate) fn runqsteal(&self, victim: &P, steal_runnext: bool) -> Option<GRef> {
        loop {
            match victim.stealer.steal_batch_and_pop(&self.runq.lock()) {
                Steal::Success(g) => return Some(g),
                Steal::Retry => continue,
                Steal::Empty => break,
            }
        }
        if steal_runnext {
            return victim.runnext.lock().take();
        }
        None
    }

    /// `globrunqget` with a batch: about half of the global queue into ours, one returned.
    pub(crate) fn steal_global_batch(&self, global: &Injector<GRef>) -> Steal<GRef> {
        global.steal_batch_and_pop(&self.runq.lock())
    }

    /// Takes every queued G (when this P is destroyed by `procresize`).
    pub(crate) fn drain(&self) -> Vec<GRef> {
        let mut gs: Vec<GRef> = self.runnext.lock().take().into_iter().collect();
        let runq = self.runq.lock();
        gs.extend(std::iter::from_fn(|| runq.pop()));
        gs
    }

    /// `gfput`: caches a dead G; returns the overflow for the global free list.
    pub(crate) fn gfput(&self, g: GRef) -> Vec<GRef> {
        let mut free = self.gfree.lock();
        free.push(g);
        if free.len() <= GFREE_CAP {
            return Vec::new();
        }
        free.split_off(GFREE_CAP / 2)
    }

    /// `gfget`: a dead G nobody else refers to (its `Arc` is held only by `allgs` and us).
    pub(crate) fn gfget(&self) -> Option<GRef> {
        let mut free = self.gfree.lock();
        while let Some(g) = free.pop() {
            if std::sync::Arc::strong_count(&g.0) == 2 {
                return Some(g);
            }
        }
        None
    }
}
