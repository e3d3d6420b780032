//! The goroutine (`g` in Go's `runtime2.go`): its id, its atomic status, its task, its wait
//! reason and preempt flag, plus the park/ready hand-shake that makes `goready` safe to call
//! before the M running the G has finished parking it.
//!
//! The hand-shake (Go gets the same guarantee from `gopark`'s `unlockf` running on g0 after the
//! switch; minigo has no g0 switch, so it is an atomic protocol on the status word):
//!
//! ```text
//!   M running the task                    waker (channel partner, timer, sema)
//!   ------------------                    -----------------------------------
//!   task registers G with a waiter  ───▶  may call goready(g) from now on
//!   task returns Step::Park(reason)
//!   G::park: CAS _Grunning → _Gwaiting    G::ready: CAS _Gwaiting → _Grunnable ⇒ caller enqueues
//!            fails if READY_PENDING set            or CAS _Grunning → _Grunning|READY_PENDING
//!            ⇒ _Grunnable, M requeues it            ⇒ the M requeues it when it sees the Park
//! ```
//!
//! Either way exactly one party puts the G back on a run queue; a second `goready` for the
//! same park finds `_Grunnable` or `READY_PENDING` and is a protocol violation (debug-asserted).

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU64, Ordering};
use std::sync::Weak;

use parking_lot::Mutex;

use crate::sched::Sched;
use crate::{Task, WaitReason};

// Go's G status values (runtime2.go), printed by `scheddetail`.
pub(crate) const _Gidle: u32 = 0;
pub(crate) const _Grunnable: u32 = 1;
pub(crate) const _Grunning: u32 = 2;
pub(crate) const _Gsyscall: u32 = 3;
pub(crate) const _Gwaiting: u32 = 4;
pub(crate) const _Gdead: u32 = 6;
/// Or-ed into `_Grunning`/`_Gsyscall` by a `goready` that came before the M parked the G.
pub(crate) const READY_PENDING: u32 = 0x100;

/// A goroutine. Kept small: a parked G is this struct plus its task box.
pub(crate) struct G {
    goid: AtomicU64,
    status: AtomicU32,
    /// Set by `sysmon`'s `preemptone` or a stop-the-world; read at the task's safepoints.
    pub(crate) preempt: AtomicBool,
    /// The M running this G (`-1`: none), for `scheddetail`.
    pub(crate) m: AtomicI64,
    /// The task (absent while an M runs it) and why it waits.
    state: Mutex<GState>,
    /// The scheduler this G belongs to, so `goready` can be called without a context.
    pub(crate) sched: Weak<Sched>,
}

struct GState {
    task: Option<Box<dyn Task>>,
    waitreason: Option<WaitReason>,
}

impl G {
    pub(crate) fn new(sched: Weak<Sched>) -> G {
        G {
            goid: AtomicU64::new(0),
            status: AtomicU32::new(_Gidle),
            preempt: AtomicBool::new(false),
            m: AtomicI64::new(-1),
            state: Mutex::new(GState { task: None, waitreason: None }),
            sched,
        }
    }

    pub(crate) fn goid(&self) -> u64 {
        self.goid.load(Ordering::Relaxed)
    }

    pub(crate) fn status(&self) -> u32 {
        self.status.load(Ordering::Acquire) & !READY_PENDING
    }

    /// `newproc1`'s initialisation of a fresh or reused (`_Gdead`) G.
    pub(crate) fn init(&self, goid: u64, task: Box<dyn Task>) {
        debug_assert!(matches!(self.status(), _Gidle | _Gdead));
        self.goid.store(goid, Ordering::Relaxed);
        self.preempt.store(false, Ordering::Relaxed);
        *self.state.lock() = GState { task: Some(task), waitreason: None };
        self.status.store(_Grunnable, Ordering::Release);
    }

    /// `execute`: `_Grunnable → _Grunning`, handing the task to the M.
    pub(crate) fn take_for_run(&self, mid: i64) -> Box<dyn Task> {
        let was = self.status.swap(_Grunning, Ordering::AcqRel);
        debug_assert_eq!(was, _Grunnable, "execute: G {} not runnable", self.goid());
        self.m.store(mid, Ordering::Relaxed);
        let mut st = self.state.lock();
        st.waitreason = None;
        st.task.take().expect("runnable G without a task")
    }

    /// Gives the task back after `run` returned. Must happen before the G becomes visible
    /// as `_Gwaiting`/`_Grunnable` to other Ms.
    pub(crate) fn put_task(&self, task: Box<dyn Task>, waitreason: Option<WaitReason>) {
        self.m.store(-1, Ordering::Relaxed);
        let mut st = self.state.lock();
        st.task = Some(task);
        st.waitreason = waitreason;
    }

    pub(crate) fn waitreason(&self) -> Option<WaitReason> {
        self.state.lock().waitreason
    }

    pub(crate) fn traceback(&self) -> Vec<String> {
        self.state.lock().task.as_ref().map(|t| t.traceback()).unwrap_or_default()
    }

    /// The M's half of the hand-shake, after the task returned `Step::Park`. True: the G is
    /// now `_Gwaiting` and belongs to its waker. False: a `goready` came first; the G is
    /// `_Grunnable` and the caller must put it on a run queue.
    pub(crate) fn park(&self) -> bool {
        match self.status.compare_exchange(_Grunning, _Gwaiting, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => true,
            Err(s) => {
                debug_assert_eq!(s, _Grunning | READY_PENDING, "park: bad status {s:#x}");
                self.status.store(_Grunnable, Ordering::Release);
                false
            }
        }
    }

    /// The waker's half (`ready`). True: the G went `_Gwaiting → _Grunnable` and the caller
    /// must put it on a run queue. False: the G is still running (its M will requeue it).
    pub(crate) fn ready(&self) -> bool {
        let mut s = self.status.load(Ordering::Acquire);
        loop {
            let next = match s {
                _Gwaiting => _Grunnable,
                _Grunning | _Gsyscall => s | READY_PENDING,
                _ => {
                    debug_assert!(false, "goready: G {} has status {s:#x} (double goready?)", self.goid());
                    return false;
                }
            };
            match self.status.compare_exchange_weak(s, next, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return next == _Grunnable,
                Err(now) => s = now,
            }
        }
    }

    /// `_Grunning ↔ _Gsyscall` (keeps a pending ready).
    pub(crate) fn set_syscall(&self, enter: bool) {
        let (from, to) = if enter { (_Grunning, _Gsyscall) } else { (_Gsyscall, _Grunning) };
        let mut s = self.status.load(Ordering::Acquire);
        loop {
            debug_assert_eq!(s & !READY_PENDING, from);
            let next = to | (s & READY_PENDING);
            match self.status.compare_exchange_weak(s, next, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return,
                Err(now) => s = now,
            }
        }
    }

    /// `Gosched`/preemption: `_Grunning → _Grunnable`.
    pub(crate) fn set_runnable(&self) {
        let was = self.status.swap(_Grunnable, Ordering::AcqRel);
        debug_assert_eq!(was, _Grunning, "yield with a pending goready");
        self.preempt.store(false, Ordering::Relaxed);
    }

    /// `goexit0`: `_Grunning → _Gdead`, dropping the task.
    pub(crate) fn set_dead(&self) {
        let was = self.status.swap(_Gdead, Ordering::AcqRel);
        debug_assert_eq!(was, _Grunning, "exit with a pending goready");
        *self.state.lock() = GState { task: None, waitreason: None };
    }
}
