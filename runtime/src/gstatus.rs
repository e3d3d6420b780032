//! The G status word (`g.atomicstatus`) and the park/ready hand-shake that makes `goready`
//! safe to call before the M running the G has finished parking it.
//!
//! Go gets this guarantee from `gopark` switching to g0 before the G becomes visible as
//! waiting; minigo has no g0 switch (a task *returns* `Step::Park`), so it is an atomic
//! protocol on the status word:
//!
//! ```text
//!   M running the task                    waker (channel partner, timer, sema)
//!   ------------------                    -----------------------------------
//!   task registers G with a waiter  ───▶  may call goready(g) from now on
//!   task returns Step::Park(reason)
//!   park: CAS _Grunning → _Gwaiting       ready: CAS _Gwaiting → _Grunnable ⇒ caller enqueues
//!         fails if READY_PENDING set             or CAS _Grunning → _Grunning|READY_PENDING
//!         ⇒ _Grunnable, M requeues it            ⇒ the M requeues it when it sees the Park
//! ```
//!
//! Either way exactly one party puts the G back on a run queue; a second `ready` for the
//! same park finds `_Grunnable` or `READY_PENDING` and is reported as a protocol violation.
//! The CASes are AcqRel, so whatever the M stored before `park` (the task, its wait
//! reason) is visible to the waker that enqueues the G. `loom_tests` below checks this
//! exhaustively (`RUSTFLAGS="--cfg loom" cargo test -p minigo-runtime --lib --release`).

#[cfg(loom)]
use loom::sync::atomic::{AtomicU32, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicU32, Ordering};

// Go's G status values (runtime2.go), printed by `scheddetail`.
pub(crate) const _Gidle: u32 = 0;
pub(crate) const _Grunnable: u32 = 1;
pub(crate) const _Grunning: u32 = 2;
pub(crate) const _Gsyscall: u32 = 3;
pub(crate) const _Gwaiting: u32 = 4;
pub(crate) const _Gdead: u32 = 6;
/// Or-ed into `_Grunning`/`_Gsyscall` by a `ready` that came before the M parked the G.
pub(crate) const READY_PENDING: u32 = 0x100;

pub(crate) struct GStatus(AtomicU32);

impl GStatus {
    pub(crate) fn new(s: u32) -> GStatus {
        GStatus(AtomicU32::new(s))
    }

    /// The status without the pending flag.
    pub(crate) fn get(&self) -> u32 {
        self.0.load(Ordering::Acquire) & !READY_PENDING
    }

    /// Unconditional transition; returns the old word (pending flag included).
    pub(crate) fn swap(&self, s: u32) -> u32 {
        self.0.swap(s, Ordering::AcqRel)
    }

    /// The M's half, after the task returned `Step::Park`. True: the G is now `_Gwaiting`
    /// and belongs to its waker. False: a `ready` came first; the G is `_Grunnable` and
    /// the caller must put it on a run queue.
    pub(crate) fn park(&self) -> bool {
        match self
            .0
            .compare_exchange(_Grunning, _Gwaiting, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => true,
            Err(s) => {
                debug_assert_eq!(s, _Grunning | READY_PENDING, "park: bad status {s:#x}");
                self.0.store(_Grunnable, Ordering::Release);
                false
            }
        }
    }

    /// The waker's half. `Ok(true)`: the G went `_Gwaiting → _Grunnable` and the caller
    /// must put it on a run queue. `Ok(false)`: the G is still running (its M will requeue
    /// it). `Err(status)`: not parked and not running — a second `ready` for one park.
    pub(crate) fn ready(&self) -> Result<bool, u32> {
        let mut s = self.0.load(Ordering::Acquire);
        loop {
            let next = match s {
                _Gwaiting => _Grunnable,
                _Grunning | _Gsyscall => s | READY_PENDING,
                _ => return Err(s),
            };
            match self
                .0
                .compare_exchange_weak(s, next, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return Ok(next == _Grunnable),
                Err(now) => s = now,
            }
        }
    }

    /// `_Grunning ↔ _Gsyscall`, keeping a pending ready.
    pub(crate) fn set_syscall(&self, enter: bool) {
        let (from, to) = if enter {
            (_Grunning, _Gsyscall)
        } else {
            (_Gsyscall, _Grunning)
        };
        let mut s = self.0.load(Ordering::Acquire);
        loop {
            debug_assert_eq!(s & !READY_PENDING, from);
            let next = to | (s & READY_PENDING);
            match self
                .0
                .compare_exchange_weak(s, next, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return,
                Err(now) => s = now,
            }
        }
    }
}

#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;
    use loom::sync::atomic::AtomicUsize;
    use loom::sync::Arc;
    use loom::thread;

    /// One park racing one ready: the G is enqueued exactly once, ends `_Grunnable`, and
    /// whoever enqueues it sees the task state the M stored before parking.
    #[test]
    fn park_and_ready_enqueue_exactly_once() {
        loom::model(|| {
            let st = Arc::new(GStatus::new(_Grunning));
            let task_saved = Arc::new(AtomicUsize::new(0));
            let enqueued = Arc::new(AtomicUsize::new(0));

            let (st2, saved2, enq2) = (st.clone(), task_saved.clone(), enqueued.clone());
            let waker = thread::spawn(move || {
                if st2.ready() == Ok(true) {
                    assert_eq!(
                        saved2.load(Ordering::Relaxed),
                        1,
                        "enqueued before the task was saved"
                    );
                    enq2.fetch_add(1, Ordering::Relaxed);
                }
            });

            task_saved.store(1, Ordering::Relaxed); // put_task
            if !st.park() {
                enqueued.fetch_add(1, Ordering::Relaxed);
            }
            waker.join().unwrap();
            assert_eq!(enqueued.load(Ordering::Relaxed), 1);
            assert_eq!(st.get(), _Grunnable);
        });
    }

    /// A ready that arrives during a syscall is kept across `exitsyscall`.
    #[test]
    fn ready_during_syscall_is_kept() {
        loom::model(|| {
            let st = Arc::new(GStatus::new(_Grunning));
            let st2 = st.clone();
            let waker = thread::spawn(move || st2.ready());
            st.set_syscall(true);
            st.set_syscall(false);
            let woke_waiting = waker.join().unwrap().unwrap();
            assert!(!woke_waiting, "the G never waited");
            assert!(!st.park(), "the pending ready must be seen by park");
            assert_eq!(st.get(), _Grunnable);
        });
    }

    /// A second ready for the same park is detected, whichever order things happen in.
    #[test]
    fn double_ready_is_detected() {
        loom::model(|| {
            let st = Arc::new(GStatus::new(_Grunning));
            let (a, b) = (st.clone(), st.clone());
            let w1 = thread::spawn(move || a.ready());
            let w2 = thread::spawn(move || b.ready());
            let r1 = w1.join().unwrap();
            let r2 = w2.join().unwrap();
            assert!(
                r1.is_err() || r2.is_err(),
                "two readies of a running G both accepted"
            );
        });
    }
}
