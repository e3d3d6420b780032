//! The machine (`m` in Go's `runtime2.go`): an OS thread that runs Go code while it holds a P.
//! An idle M sleeps on its own [`Note`] (Go's `m.park`), optionally with a deadline (the
//! earliest timer), until `startm` hands it a P through `nextp` and calls `notewakeup`.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use crate::p::P;

/// A one-shot wake-up (Go's `note`): `notewakeup` sets it, `notesleep` waits for it and
/// clears it.
#[derive(Default)]
pub(crate) struct Note {
    key: Mutex<bool>,
    cv: Condvar,
}

impl Note {
    pub(crate) fn wakeup(&self) {
        *self.key.lock() = true;
        self.cv.notify_one();
    }

    /// Sleeps until woken or `deadline` passes; true if woken.
    pub(crate) fn sleep(&self, deadline: Option<Instant>) -> bool {
        let mut key = self.key.lock();
        while !*key {
            match deadline {
                Some(d) => {
                    if self.cv.wait_until(&mut key, d).timed_out() {
                        break;
                    }
                }
                None => self.cv.wait(&mut key),
            }
        }
        std::mem::take(&mut *key)
    }
}

pub(crate) struct M {
    pub(crate) id: i64,
    pub(crate) park: Note,
    /// The P this M holds.
    pub(crate) p: Mutex<Option<Arc<P>>>,
    /// The P handed to this M by `startm` (or `exitsyscall`'s hand-off) before waking it.
    pub(crate) nextp: Mutex<Option<Arc<P>>>,
    /// Looking for work to steal (counted in `sched.nmspinning`).
    pub(crate) spinning: AtomicBool,
    /// The id of the G running on this M, 0 if none (for `scheddetail` and trace events;
    /// an id, not a reference, so setting it takes no lock).
    pub(crate) curgid: AtomicU64,
    /// Blocked in a native call between `entersyscall` and `exitsyscall`.
    pub(crate) insyscall: AtomicBool,
    /// `Ctx::gosched` was called: the running task's next `Step::Park` means `Step::Yield`.
    pub(crate) gosched: AtomicBool,
    /// The id of this M's P, `-1` if none (lock-free copy of `p` for `scheddetail`).
    pub(crate) pid: AtomicI64,
}

impl M {
    pub(crate) fn new(id: i64) -> M {
        M {
            id,
            park: Note::default(),
            p: Mutex::new(None),
            nextp: Mutex::new(None),
            spinning: AtomicBool::new(false),
            curgid: AtomicU64::new(0),
            insyscall: AtomicBool::new(false),
            gosched: AtomicBool::new(false),
            pid: AtomicI64::new(-1),
        }
    }

    pub(crate) fn p(&self) -> Option<Arc<P>> {
        self.p.lock().clone()
    }

    pub(crate) fn is_spinning(&self) -> bool {
        self.spinning.load(Ordering::Relaxed)
    }
}
