//! The goroutine (`g` in Go's `runtime2.go`): its id, its status word (with the park/ready
//! hand-shake of `gstatus.rs`), its task, its wait reason and preempt flag.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::Weak;

use parking_lot::Mutex;

use crate::gstatus::{_Gdead, _Gidle, _Grunnable, _Grunning, GStatus};
use crate::sched::Sched;
use crate::{Task, WaitReason};

/// A goroutine. Kept small: a parked G is this struct plus its task box.
pub(crate) struct G {
    goid: AtomicU64,
    status: GStatus,
    /// Set by `sysmon`'s `preemptone` or a stop-the-world; read at the task's safepoints.
    pub(crate) preempt: AtomicBool,
    /// The M running this G (`-1`: none), for `scheddetail`.
    pub(crate) m: AtomicI64,
    /// When it was first seen waiting by a collection since it last parked (0: not yet;
    /// `Sched::nanotime`), for the `N minutes` of tracebacks.
    pub(crate) waitsince: AtomicU64,
    /// The goroutine that last readied it, written only when tracing (`trace.rs`).
    pub(crate) ready_by: AtomicU64,
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
            status: GStatus::new(_Gidle),
            preempt: AtomicBool::new(false),
            m: AtomicI64::new(-1),
            waitsince: AtomicU64::new(0),
            ready_by: AtomicU64::new(0),
            state: Mutex::new(GState {
                task: None,
                waitreason: None,
            }),
            sched,
        }
    }

    pub(crate) fn goid(&self) -> u64 {
        self.goid.load(Ordering::Relaxed)
    }

    pub(crate) fn status(&self) -> u32 {
        self.status.get()
    }

    /// `newproc1`'s initialisation of a fresh or reused (`_Gdead`) G.
    pub(crate) fn init(&self, goid: u64, task: Box<dyn Task>) {
        debug_assert!(matches!(self.status(), _Gidle | _Gdead));
        self.goid.store(goid, Ordering::Relaxed);
        self.preempt.store(false, Ordering::Relaxed);
        *self.state.lock() = GState {
            task: Some(task),
            waitreason: None,
        };
        self.status.swap(_Grunnable);
    }

    /// Runs `f` on the task if the G holds it (not while an M runs it).
    pub(crate) fn with_task(&self, f: impl FnOnce(&mut dyn Task)) {
        if let Some(t) = self.state.lock().task.as_deref_mut() {
            f(t)
        }
    }

    /// `execute`: `_Grunnable → _Grunning`, handing the task to the M.
    pub(crate) fn take_for_run(&self, mid: i64) -> Box<dyn Task> {
        let was = self.status.swap(_Grunning);
        debug_assert_eq!(was, _Grunnable, "execute: G {} not runnable", self.goid());
        self.m.store(mid, Ordering::Relaxed);
        self.preempt.store(false, Ordering::Relaxed);
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
        self.state
            .lock()
            .task
            .as_ref()
            .map(|t| t.traceback())
            .unwrap_or_default()
    }

    /// The M's half of the hand-shake (see `gstatus.rs`): true if the G is now waiting,
    /// false if a `goready` came first and the caller must requeue it.
    pub(crate) fn park(&self) -> bool {
        self.status.park()
    }

    /// The waker's half: true if the caller must put the G on a run queue.
    pub(crate) fn ready(&self) -> bool {
        match self.status.ready() {
            Ok(enqueue) => enqueue,
            Err(s) => {
                debug_assert!(
                    false,
                    "goready: G {} has status {s:#x} (double goready?)",
                    self.goid()
                );
                false
            }
        }
    }

    /// `_Grunning ↔ _Gsyscall` (keeps a pending ready).
    pub(crate) fn set_syscall(&self, enter: bool) {
        self.status.set_syscall(enter)
    }

    /// `Gosched`/preemption: `_Grunning → _Grunnable`.
    pub(crate) fn set_runnable(&self) {
        let was = self.status.swap(_Grunnable);
        debug_assert_eq!(was, _Grunning, "yield with a pending goready");
        self.preempt.store(false, Ordering::Relaxed);
    }

    /// `goexit0`: `_Grunning → _Gdead`, dropping the task.
    pub(crate) fn set_dead(&self) {
        let was = self.status.swap(_Gdead);
        debug_assert_eq!(was, _Grunning, "exit with a pending goready");
        *self.state.lock() = GState {
            task: None,
            waitreason: None,
        };
    }
}

#[cfg(test)]
mod tests {
    /// A parked goroutine costs its task box plus this struct (and the `Arc` header).
    #[test]
    fn g_is_a_few_words() {
        let size = std::mem::size_of::<super::G>();
        assert!(size <= 96, "G is {size} bytes");
    }
}
