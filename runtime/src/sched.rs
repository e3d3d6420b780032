//! The scheduler proper (`proc.go`): the global `sched` state, `newproc` / `goexit0`,
//! `schedule` (`execute` + `findRunnable` + `stealWork`), `wakep` / `startm` / `newm` /
//! `stopm`, `goready`, and which scheduler the calling thread belongs to. Syscalls are in
//! `syscall.rs`, stop-the-world in `stw.rs`, the program's start and end in `program.rs`,
//! the monitor in `sysmon.rs`.
//!
//! Lock order: `sched.lock` → `allp` (read or write) → a P's or G's own locks. Nothing that
//! holds `allp` takes `sched.lock`. Channel locks are never held while calling in here.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{fence, AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};
use std::time::Instant;

use crossbeam_deque::{Injector, Steal};
use parking_lot::{Condvar, Mutex, RwLock};

use crate::g::G;
use crate::m::{Note, M};
use crate::p::{_Pidle, _Prunning, P};
use crate::time::Timers;
use crate::trace::trace_ev;
use crate::trace::EvKind;
use crate::{Config, Exit, GRef, Step, Task};

/// Every 61st schedtick a P looks at the global queue first (proc.go's magic number).
const GLOBAL_CHECK_TICK: u64 = 61;
/// Rounds of stealing over all Ps before a spinning M gives up (`stealTries`).
const STEAL_TRIES: usize = 4;

/// Global scheduler state (`schedt` plus `allp`, `allm`, `allgs`). One per `run_main`.
pub(crate) struct Sched {
    pub(crate) config: Config,
    pub(crate) start: Instant,
    pub(crate) me: Weak<Sched>,
    pub(crate) lock: Mutex<SchedLocked>,
    /// The global run queue.
    pub(crate) runq: Injector<GRef>,
    pub(crate) nmspinning: AtomicU32,
    pub(crate) npidle: AtomicU32,
    pub(crate) gomaxprocs: AtomicU32,
    pub(crate) allp: RwLock<Vec<Arc<P>>>,
    pub(crate) allm: Mutex<Vec<Arc<M>>>,
    pub(crate) allgs: Mutex<Vec<GRef>>,
    /// Dead Gs overflowing the per-P caches.
    pub(crate) gfree: Mutex<Vec<GRef>>,
    pub(crate) goidgen: AtomicU64,
    /// Goroutines that are not dead.
    pub(crate) ngoroutine: AtomicUsize,
    /// A stop-the-world is in progress: Ms stop their Ps at the next `schedule`.
    pub(crate) gcwaiting: AtomicBool,
    /// The program ended: Ms exit instead of scheduling.
    pub(crate) exiting: AtomicBool,
    /// Ms blocked in `exitsyscall` waiting for a P.
    pub(crate) nsyswait: AtomicU32,
    pub(crate) done: Mutex<Option<Exit>>,
    pub(crate) done_cv: Condvar,
    pub(crate) timers: Timers,
    /// Successful `runqsteal`s, for tests and `schedtrace` readers.
    pub(crate) nsteal: AtomicU64,
    /// The main goroutine ended with `runtime.Goexit`: the program runs on.
    pub(crate) main_goexit: AtomicBool,
    /// `goready`s that arrived before the M finished parking the G.
    pub(crate) nreadypending: AtomicU64,
    pub(crate) sysmon_note: Note,
    /// Goroutines in `runtime.GC()`, readied when the next cycle ends (`mgc.rs`).
    pub(crate) gcwaiters: Mutex<Vec<GRef>>,
    /// Signalled when the last P stops for a collection (`SchedLocked::gc_running`).
    pub(crate) stw_cv: Condvar,
    /// When the last stopped-world collection restarted the world (`nanotime`).
    pub(crate) last_stw_end: AtomicU64,
}

/// The part of `sched` guarded by `sched.lock`.
pub(crate) struct SchedLocked {
    pub(crate) midle: Vec<Arc<M>>,
    pub(crate) pidle: Vec<Arc<P>>,
    /// Ms created (excluding sysmon).
    pub(crate) mcount: usize,
    /// Ps still to stop before a stop-the-world completes.
    pub(crate) stopwait: usize,
    /// The GOMAXPROCS the running stop-the-world will install.
    pub(crate) newprocs: Option<usize>,
    /// The idle M sleeping until the earliest timer.
    pub(crate) timer_m: Option<i64>,
    /// Ms in `exitsyscall` that lost their P, first come first served.
    pub(crate) syswait: VecDeque<Arc<M>>,
    /// A collection holds the world stopped: the last P to stop wakes the collecting M.
    pub(crate) gc_running: bool,
}

/// What the current OS thread is to the runtime: an M of some scheduler, or sysmon.
struct Current {
    sched: Arc<Sched>,
    m: Option<Arc<M>>,
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

/// The most recently started scheduler, for calls from threads that are not Ms.
pub(crate) static LAST: Mutex<Weak<Sched>> = Mutex::new(Weak::new());

/// The scheduler of the calling thread (an M or sysmon), else the running program's.
pub(crate) fn current_sched() -> Option<Arc<Sched>> {
    CURRENT
        .with(|c| c.borrow().as_ref().map(|c| c.sched.clone()))
        .or_else(|| {
            LAST.lock()
                .upgrade()
                .filter(|s| !s.exiting.load(Ordering::SeqCst))
        })
}

fn set_current(sched: &Arc<Sched>, m: Option<&Arc<M>>) {
    CURRENT.with(|c| {
        *c.borrow_mut() = Some(Current {
            sched: sched.clone(),
            m: m.cloned(),
        })
    });
}

/// The P of the calling M if it belongs to `sched` and is running Go code (not in a syscall).
fn current_p(sched: &Sched) -> Option<Arc<P>> {
    CURRENT.with(|c| {
        let c = c.borrow();
        let c = c.as_ref()?;
        let m = c.m.as_ref()?;
        if !std::ptr::eq(Arc::as_ptr(&c.sched), sched) || m.insyscall.load(Ordering::Relaxed) {
            return None;
        }
        m.p().filter(|p| p.status() == _Prunning)
    })
}

/// The id of the calling thread's M (-1 for sysmon and other threads), for trace events.
fn current_mid() -> i64 {
    CURRENT.with(|c| c.borrow().as_ref().and_then(|c| c.m.as_ref()).map_or(-1, |m| m.id))
}

/// The goroutine the calling thread's M is running (0 if none), for trace events.
fn current_goid() -> u64 {
    CURRENT.with(|c| {
        let c = c.borrow();
        let m = c.as_ref().and_then(|c| c.m.as_ref());
        m.map_or(0, |m| m.curgid.load(Ordering::Relaxed))
    })
}

/// What a running task's [`crate::Ctx`] refers to.
pub(crate) struct CtxInner<'a> {
    sched: &'a Arc<Sched>,
    m: &'a Arc<M>,
    g: &'a GRef,
}

impl CtxInner<'_> {
    pub(crate) fn g(&self) -> &GRef {
        self.g
    }
    #[inline]
    pub(crate) fn preempt_requested(&self) -> bool {
        self.g.0.preempt.load(Ordering::Relaxed)
    }
    pub(crate) fn spawn(&mut self, task: Box<dyn Task>, label: Option<String>) -> u64 {
        let p = current_p(self.sched);
        self.sched.newproc(task, p.as_ref(), self.g.id(), label)
    }
    pub(crate) fn tracing(&self) -> bool {
        self.sched.config.trace.is_some()
    }
    pub(crate) fn entersyscall(&mut self) {
        self.sched.entersyscall(self.m, self.g)
    }
    pub(crate) fn exitsyscall(&mut self) {
        self.sched.exitsyscall(self.m, self.g)
    }
    pub(crate) fn gosched(&mut self) {
        self.m.gosched.store(true, Ordering::Relaxed);
    }
    pub(crate) fn goexit(&mut self) {
        if self.g.id() == 1 {
            self.sched.main_goexit.store(true, Ordering::SeqCst);
        }
    }
    pub(crate) fn gc(&mut self) {
        self.sched.gc_wait(self.g)
    }
    pub(crate) fn sleep(&mut self, d: std::time::Duration) {
        crate::time::sleep(self.sched, self.g, d)
    }
}

impl Sched {
    pub(crate) fn new(config: Config, me: Weak<Sched>) -> Sched {
        let n = config.gomaxprocs.max(1);
        Sched {
            start: crate::time::start_instant(),
            me,
            lock: Mutex::new(SchedLocked {
                midle: Vec::new(),
                pidle: Vec::new(),
                mcount: 0,
                stopwait: 0,
                newprocs: None,
                timer_m: None,
                syswait: VecDeque::new(),
                gc_running: false,
            }),
            runq: Injector::new(),
            nmspinning: AtomicU32::new(0),
            npidle: AtomicU32::new(0),
            gomaxprocs: AtomicU32::new(n as u32),
            allp: RwLock::new((0..n).map(|i| Arc::new(P::new(i))).collect()),
            allm: Mutex::new(Vec::new()),
            allgs: Mutex::new(Vec::new()),
            gfree: Mutex::new(Vec::new()),
            goidgen: AtomicU64::new(1),
            ngoroutine: AtomicUsize::new(0),
            gcwaiting: AtomicBool::new(false),
            exiting: AtomicBool::new(false),
            nsyswait: AtomicU32::new(0),
            done: Mutex::new(None),
            done_cv: Condvar::new(),
            timers: Timers::default(),
            nsteal: AtomicU64::new(0),
            nreadypending: AtomicU64::new(0),
            main_goexit: AtomicBool::new(false),
            sysmon_note: Note::default(),
            gcwaiters: Mutex::new(Vec::new()),
            stw_cv: Condvar::new(),
            last_stw_end: AtomicU64::new(0),
            config,
        }
    }

    pub(crate) fn nanotime(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    pub(crate) fn lock(&self) -> parking_lot::MutexGuard<'_, SchedLocked> {
        self.lock.lock()
    }

    pub(crate) fn num_goroutine(&self) -> usize {
        self.ngoroutine.load(Ordering::Relaxed)
    }

    // ---- goroutine creation and exit ----

    /// `newproc`: a G for `task` (a dead one reused if possible) into `p`'s `runnext`, or the
    /// global queue without a P; then `wakep`. `parent` is the creating goroutine (0: none);
    /// `label` says where it was created, for the trace.
    pub(crate) fn newproc(
        &self,
        task: Box<dyn Task>,
        p: Option<&Arc<P>>,
        parent: u64,
        label: Option<String>,
    ) -> u64 {
        let g = p
            .and_then(|p| p.gfget())
            .or_else(|| self.gfget_global())
            .unwrap_or_else(|| {
                let g = GRef(Arc::new(G::new(self.me.clone())));
                self.allgs.lock().push(g.clone());
                g
            });
        let goid = self.goidgen.fetch_add(1, Ordering::Relaxed);
        g.0.init(goid, task);
        self.ngoroutine.fetch_add(1, Ordering::Relaxed);
        if let (Some(t), Some(label)) = (&self.config.trace, label) {
            t.set_label(goid, label);
        }
        trace_ev!(self, GoCreate, p.map_or(-1, |p| p.id as i64), current_mid(), goid, parent);
        match p {
            Some(p) => self.runqput(p, g, true),
            None => self.globrunqput(g),
        }
        self.wakep();
        goid
    }

    pub(crate) fn gfget_global(&self) -> Option<GRef> {
        let mut free = self.gfree.lock();
        while let Some(g) = free.pop() {
            if Arc::strong_count(&g.0) == 2 {
                return Some(g);
            }
        }
        None
    }

    /// `goexit0`: the G is dead; its struct goes to the free list. `main` exiting ends the
    /// program.
    pub(crate) fn goexit0(&self, p: &P, g: GRef) {
        let is_main = g.id() == 1;
        g.0.set_dead();
        self.ngoroutine.fetch_sub(1, Ordering::Relaxed);
        let overflow = p.gfput(g);
        if !overflow.is_empty() {
            self.gfree.lock().extend(overflow);
        }
        if is_main && !self.main_goexit.load(Ordering::SeqCst) {
            self.finish(Exit::Code(0));
        }
    }

    // ---- run queues ----

    pub(crate) fn runqput(&self, p: &P, g: GRef, next: bool) {
        for g in p.runqput(g, next) {
            self.runq.push(g);
        }
    }

    pub(crate) fn globrunqput(&self, g: GRef) {
        self.runq.push(g);
    }

    /// `globrunqget`: one G, or with `batch` a batch into `p`'s queue and one of them.
    pub(crate) fn globrunqget(&self, p: &P, batch: bool) -> Option<GRef> {
        loop {
            let s = if batch {
                p.steal_global_batch(&self.runq)
            } else {
                self.runq.steal()
            };
            match s {
                Steal::Success(g) => return Some(g),
                Steal::Retry => continue,
                Steal::Empty => return None,
            }
        }
    }

    /// Is there a runnable G anywhere (global queue or any P's queue)?
    pub(crate) fn work_available(&self) -> bool {
        !self.runq.is_empty() || self.allp.read().iter().any(|p| !p.runqempty())
    }

    /// Marks `g` runnable after a park (see the hand-shake in `g.rs`) and queues it.
    pub(crate) fn ready(&self, g: &GRef) {
        let mut by = 0;
        if self.config.trace.is_some() {
            // Who readied it, in case its M requeues it (stored before the ready's release).
            by = current_goid();
            g.0.ready_by.store(by, Ordering::Relaxed);
        }
        if !g.0.ready() {
            // Still on its M, which requeues it when it sees the Park.
            self.nreadypending.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let p = current_p(self);
        trace_ev!(self, GoUnblock, p.as_ref().map_or(-1, |p| p.id as i64), current_mid(), g.id(), by);
        match p {
            Some(p) => self.runqput(&p, g.clone(), true),
            None => self.globrunqput(g.clone()),
        }
        self.wakep();
    }

    // ---- P and M hand-offs ----

    pub(crate) fn acquirep(&self, m: &M, p: Arc<P>) {
        trace_ev!(self, ProcStart, p.id, m.id, 0, 0);
        p.status.store(_Prunning, Ordering::Release);
        p.m.store(m.id, Ordering::Relaxed);
        m.pid.store(p.id as i64, Ordering::Relaxed);
        *m.p.lock() = Some(p);
    }

    pub(crate) fn releasep(&self, m: &M) -> Arc<P> {
        let p = m.p.lock().take().expect("releasep without a P");
        trace_ev!(self, ProcStop, p.id, m.id, 0, 0);
        p.m.store(-1, Ordering::Relaxed);
        m.pid.store(-1, Ordering::Relaxed);
        p
    }

    pub(crate) fn pidleget(&self, l: &mut SchedLocked) -> Option<Arc<P>> {
        let p = l.pidle.pop()?;
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        Some(p)
    }

    /// `pidleput`: an M waiting in `exitsyscall` gets the P first; during a stop-the-world
    /// the P stops instead.
    pub(crate) fn pidleput(&self, l: &mut SchedLocked, p: Arc<P>) {
        if self.gcwaiting.load(Ordering::SeqCst) {
            self.pstop(l, p);
            return;
        }
        let Err(p) = self.give_to_syscall_waiter(l, p) else {
            return;
        };
        p.status.store(_Pidle, Ordering::Release);
        p.m.store(-1, Ordering::Relaxed);
        l.pidle.push(p);
        self.npidle.fetch_add(1, Ordering::SeqCst);
    }

    /// Hands `p` to the first M waiting in `exitsyscall`, if any (else gives it back).
    fn give_to_syscall_waiter(&self, l: &mut SchedLocked, p: Arc<P>) -> Result<(), Arc<P>> {
        let Some(m) = l.syswait.pop_front() else {
            return Err(p);
        };
        self.nsyswait.fetch_sub(1, Ordering::SeqCst);
        p.status.store(_Pidle, Ordering::Release);
        p.m.store(-1, Ordering::Relaxed);
        *m.nextp.lock() = Some(p);
        m.park.wakeup();
        Ok(())
    }

    /// An M back from a syscall waits for a P: it gets ours, local queue and all (its G has
    /// waited longer). False if nobody was waiting after all.
    fn handoff_to_syscall_waiter(&self, m: &M) -> bool {
        let mut l = self.lock();
        if self.gcwaiting.load(Ordering::SeqCst) || l.syswait.is_empty() {
            return false;
        }
        self.dropspinning(m);
        let p = self.releasep(m);
        self.give_to_syscall_waiter(&mut l, p).is_ok()
    }

    /// `wakep`: work was added; if there is an idle P and no spinning M, start one spinning M
    /// (it wakes the next one when it finds work).
    pub(crate) fn wakep(&self) {
        fence(Ordering::SeqCst);
        if self.nmspinning.load(Ordering::SeqCst) != 0
            || self
                .nmspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
        {
            return;
        }
        let mut l = self.lock();
        match self.pidleget(&mut l) {
            Some(p) => self.startm(&mut l, p, true),
            None => {
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }

    /// `startm`: run `p` on an idle M (waking it), or on a new one (`newm`).
    pub(crate) fn startm(&self, l: &mut SchedLocked, p: Arc<P>, spinning: bool) {
        // Prefer an M that is not the timer sleeper, so timers keep their watcher.
        let pick = l
            .midle
            .iter()
            .rposition(|m| Some(m.id) != l.timer_m)
            .or(l.midle.len().checked_sub(1));
        if let Some(i) = pick {
            let m = l.midle.remove(i);
            if l.timer_m == Some(m.id) {
                l.timer_m = None;
            }
            self.set_spinning(&m, spinning);
            *m.nextp.lock() = Some(p);
            m.park.wakeup();
            return;
        }
        self.newm(l, p, spinning);
    }

    /// `newm`: a new OS thread running `mstart` with `p`.
    pub(crate) fn newm(&self, l: &mut SchedLocked, p: Arc<P>, spinning: bool) {
        let Some(sched) = self.me.upgrade() else {
            return;
        };
        let id = l.mcount as i64;
        l.mcount += 1;
        let m = Arc::new(M::new(id));
        trace_ev!(self, MStart, -1, id, 0, 0);
        self.set_spinning(&m, spinning);
        *m.nextp.lock() = Some(p);
        self.allm.lock().push(m.clone());
        let spawned = std::thread::Builder::new()
            .name(format!("minigo-m{id}"))
            .spawn(move || sched.mstart(m));
        if spawned.is_err() {
            eprintln!("runtime: failed to create new OS thread");
            self.finish_locked(l, Exit::Code(2));
        }
    }

    /// `stopm`: park this P-less M on the idle list until `startm` hands it a P. The idle M
    /// that sees a pending timer first sleeps only until its deadline, then looks for work.
    pub(crate) fn stopm(&self, m: &Arc<M>) {
        let mut l = self.lock();
        loop {
            if self.exiting.load(Ordering::SeqCst) {
                return;
            }
            l.midle.push(m.clone());
            if self.checkdead(&l) {
                drop(l);
                self.deadlock();
                return;
            }
            let deadline = if l.timer_m.is_none() {
                self.timers.next_when()
            } else {
                None
            };
            if deadline.is_some() {
                l.timer_m = Some(m.id);
            }
            drop(l);
            trace_ev!(self, MIdle, -1, m.id, 0, 0);
            m.park.sleep(deadline);
            trace_ev!(self, MWake, -1, m.id, 0, 0);
            l = self.lock();
            if let Some(p) = m.nextp.lock().take() {
                drop(l);
                self.acquirep(m, p);
                return;
            }
            if self.exiting.load(Ordering::SeqCst) {
                return;
            }
            // A timer came due or was moved earlier (or a stale wake-up): leave the idle
            // list; with an idle P go run the timers in findRunnable, else run them here
            // (readied Gs go to the global queue for the busy Ps).
            l.midle.retain(|x| !Arc::ptr_eq(x, m));
            if l.timer_m == Some(m.id) {
                l.timer_m = None;
            }
            if !self.gcwaiting.load(Ordering::SeqCst) {
                if let Some(p) = self.pidleget(&mut l) {
                    drop(l);
                    self.acquirep(m, p);
                    return;
                }
            }
            drop(l);
            self.timers.check();
            l = self.lock();
        }
    }

    /// Wakes the M sleeping until the earliest timer (it was moved earlier), or starts one.
    pub(crate) fn wake_timer_m(&self) {
        let l = self.lock();
        if let Some(id) = l.timer_m {
            if let Some(m) = l.midle.iter().find(|m| m.id == id) {
                m.park.wakeup();
                return;
            }
        }
        drop(l);
        self.wakep();
    }

    // ---- the scheduling loop ----

    /// `mstart`: the body of every M thread.
    pub(crate) fn mstart(self: Arc<Self>, m: Arc<M>) {
        set_current(&self, Some(&m));
        if let Some(p) = m.nextp.lock().take() {
            self.acquirep(&m, p);
        }
        while let Some(g) = self.find_runnable(&m) {
            self.execute(&m, g);
        }
    }

    /// `execute` + the part of `schedule` that files the G by the task's `Step`.
    pub(crate) fn execute(self: &Arc<Self>, m: &Arc<M>, g: GRef) {
        let p = m.p().expect("execute without a P");
        p.schedtick.fetch_add(1, Ordering::Relaxed);
        let mut task = g.0.take_for_run(m.id); // clears a stale preempt request
        trace_ev!(self, GoStart, p.id, m.id, g.id(), 0);
        *p.curg.lock() = Some(g.clone());
        m.curgid.store(g.id(), Ordering::Relaxed);
        if self.gcwaiting.load(Ordering::SeqCst) || self.exiting.load(Ordering::SeqCst) {
            // A stop-the-world began after findRunnable looked: it may have missed this G.
            g.0.preempt.store(true, Ordering::Relaxed);
        }
        let step = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut cx = crate::Ctx {
                inner: CtxInner {
                    sched: self,
                    m,
                    g: &g,
                },
            };
            task.run(&mut cx)
        }));
        if m.insyscall.load(Ordering::Relaxed) {
            debug_assert!(false, "task returned between entersyscall and exitsyscall");
            self.exitsyscall(m, &g);
        }
        m.curgid.store(0, Ordering::Relaxed);
        let Ok(step) = step else {
            // A bug in a task (the panic hook printed it): end the program like a Go fatal error.
            eprintln!(
                "fatal error: goroutine {} panicked inside the runtime",
                g.id()
            );
            self.finish(Exit::Code(2));
            return;
        };
        // A syscall inside `run` may have moved this M to another P.
        let Some(p) = m.p() else {
            return; // exitsyscall gave up because the program is exiting
        };
        *p.curg.lock() = None;
        let step = match (step, m.gosched.swap(false, Ordering::Relaxed)) {
            (Step::Park(_), true) => Step::Yield,
            (step, _) => step,
        };
        match step {
            Step::Exit => {
                drop(task);
                trace_ev!(self, GoEnd, p.id, m.id, g.id(), 0);
                self.goexit0(&p, g);
            }
            Step::Park(reason) => {
                // Stamped lazily by the next collection, as Go's markroot does: parking
                // reads no clock.
                g.0.waitsince.store(0, Ordering::Relaxed);
                g.0.put_task(task, Some(reason));
                if let Some(t) = &self.config.trace {
                    t.record(EvKind::GoBlock, p.id as i64, m.id, g.id(), t.reason_code(reason));
                }
                if !g.0.park() {
                    // Readied before it finished parking (by `ready_by`): it runs again.
                    trace_ev!(self, GoUnblock, p.id, m.id, g.id(), g.0.ready_by.load(Ordering::Relaxed));
                    self.runqput(&p, g, true);
                }
            }
            Step::Preempted if self.gcwaiting.load(Ordering::SeqCst) => {
                // Stopped for a stop-the-world, not for running too long: it keeps its turn
                // (runnext of its P), so a collection does not reorder the program's goroutines.
                trace_ev!(self, GoStopTheWorld, p.id, m.id, g.id(), 0);
                g.0.put_task(task, None);
                g.0.set_runnable();
                self.runqput(&p, g, true);
            }
            Step::Yield | Step::Preempted => {
                if matches!(step, Step::Yield) {
                    trace_ev!(self, GoSched, p.id, m.id, g.id(), 0);
                } else if !self.exiting.load(Ordering::SeqCst) {
                    // (Stopped because the program ended: the trace ends with it running.)
                    trace_ev!(self, GoPreempt, p.id, m.id, g.id(), 0);
                }
                g.0.put_task(task, None);
                g.0.set_runnable();
                self.globrunqput(g);
            }
        }
    }

    /// `findRunnable`: returns a G to run, holding a P; `None` when the program is over.
    pub(crate) fn find_runnable(&self, m: &Arc<M>) -> Option<GRef> {
        'top: loop {
            if self.exiting.load(Ordering::SeqCst) {
                return None;
            }
            if self.gcwaiting.load(Ordering::SeqCst) {
                self.gcstopm(m);
                continue 'top;
            }
            if self.gc_if_requested(m) {
                continue 'top;
            }
            if self.nsyswait.load(Ordering::SeqCst) > 0 && self.handoff_to_syscall_waiter(m) {
                self.stopm(m);
                continue 'top;
            }
            let p = m.p().expect("findRunnable without a P");
            self.timers.check();

            if p.schedtick
                .load(Ordering::Relaxed)
                .is_multiple_of(GLOBAL_CHECK_TICK)
            {
                let g = self.globrunqget(&p, false);
                trace_ev!(self, GlobalCheck, p.id, m.id, g.as_ref().map_or(0, GRef::id), 0);
                if let Some(g) = g {
                    self.resetspinning(m);
                    return Some(g);
                }
            }
            if let Some(g) = p.runqget() {
                self.resetspinning(m);
                return Some(g);
            }
            if let Some(g) = self.globrunqget(&p, true) {
                self.resetspinning(m);
                return Some(g);
            }

            // Steal, if not too many Ms are already spinning.
            let busy = self
                .gomaxprocs
                .load(Ordering::SeqCst)
                .saturating_sub(self.npidle.load(Ordering::SeqCst));
            if m.is_spinning() || 2 * self.nmspinning.load(Ordering::SeqCst) < busy {
                if !m.is_spinning() {
                    self.set_spinning(m, true);
                    self.nmspinning.fetch_add(1, Ordering::SeqCst);
                }
                if let Some((g, victim)) = self.steal_work(&p) {
                    trace_ev!(self, Steal, p.id, m.id, g.id(), victim);
                    self.resetspinning(m);
                    return Some(g);
                }
            }

            // Nothing: give the P back, THEN stop spinning, THEN look once more.
            {
                let mut l = self.lock();
                if self.gcwaiting.load(Ordering::SeqCst) || self.exiting.load(Ordering::SeqCst) {
                    continue 'top;
                }
                if let Some(g) = self.globrunqget(&p, true) {
                    drop(l);
                    self.resetspinning(m);
                    return Some(g);
                }
                let p = self.releasep(m);
                self.pidleput(&mut l, p);
            }
            if m.is_spinning() {
                self.dropspinning(m);
                fence(Ordering::SeqCst);
                if self.work_available() {
                    let p = self.pidleget(&mut self.lock());
                    if let Some(p) = p {
                        self.acquirep(m, p);
                        self.set_spinning(m, true);
                        self.nmspinning.fetch_add(1, Ordering::SeqCst);
                        continue 'top;
                    }
                }
            }
            self.stopm(m);
        }
    }

    /// Marks `m` spinning or not (the caller keeps `nmspinning` in step).
    pub(crate) fn set_spinning(&self, m: &M, spinning: bool) {
        m.spinning.store(spinning, Ordering::Relaxed);
        if spinning {
            trace_ev!(self, MSpinStart, -1, m.id, 0, 0);
        }
    }

    /// Clears `m`'s spinning flag; true if it was set.
    fn stop_spinning(&self, m: &M) -> bool {
        let was = m.spinning.swap(false, Ordering::Relaxed);
        if was {
            trace_ev!(self, MSpinStop, -1, m.id, 0, 0);
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
        was
    }

    pub(crate) fn dropspinning(&self, m: &M) {
        self.stop_spinning(m);
    }

    /// `resetspinning`: a spinning M found work; another M should take over the looking.
    pub(crate) fn resetspinning(&self, m: &M) {
        if self.stop_spinning(m) {
            self.wakep();
        }
    }

    /// `stealWork`: up to 4 rounds over all Ps in random order; the last round may take a
    /// victim's `runnext`. Returns the G to run and the id of the P it came from.
    pub(crate) fn steal_work(&self, p: &P) -> Option<(GRef, usize)> {
        let allp = self.allp.read();
        let n = allp.len();
        for round in 0..STEAL_TRIES {
            let last = round == STEAL_TRIES - 1;
            for i in RandomOrder::new(n) {
                let victim = &allp[i];
                if victim.id == p.id {
                    continue;
                }
                if let Some(g) = p.runqsteal(victim, last) {
                    self.nsteal.fetch_add(1, Ordering::Relaxed);
                    return Some((g, victim.id));
                }
            }
        }
        None
    }
}

/// Go's `randomOrder`: all of `0..n` starting at a random index with a random stride
/// coprime to `n`.
struct RandomOrder {
    n: usize,
    pos: usize,
    inc: usize,
    left: usize,
}

impl RandomOrder {
    fn new(n: usize) -> RandomOrder {
        let n = n.max(1);
        // A good fraction of 1..=n is coprime to n (1 always is): a few draws find one.
        let inc = std::iter::repeat_with(|| fastrand::usize(1..=n))
            .find(|&i| gcd(i, n) == 1)
            .expect("an endless iterator");
        RandomOrder {
            n,
            pos: fastrand::usize(..n),
            inc,
            left: n,
        }
    }
}

impl Iterator for RandomOrder {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let i = self.pos;
        self.pos = (self.pos + self.inc) % self.n;
        Some(i)
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

// ---- the crate-level entry points (lib.rs forwards here) ----

pub(crate) fn goready(g: &GRef) {
    if let Some(sched) = g.0.sched.upgrade() {
        sched.ready(g);
    }
}

pub(crate) fn spawn_global(task: Box<dyn Task>) -> u64 {
    match current_sched() {
        Some(sched) => sched.newproc(task, None, 0, None),
        None => 0,
    }
}

pub(crate) fn num_goroutine() -> usize {
    current_sched().map_or(0, |s| s.num_goroutine())
}

/// Marks the calling thread as sysmon of `sched`.
pub(crate) fn set_current_sysmon(sched: &Arc<Sched>) {
    set_current(sched, None);
}

pub(crate) fn sched_stats() -> crate::SchedStats {
    let Some(s) = current_sched() else {
        return crate::SchedStats::default();
    };
    let l = s.lock();
    crate::SchedStats {
        gomaxprocs: s.gomaxprocs.load(Ordering::SeqCst) as usize,
        idleprocs: s.npidle.load(Ordering::SeqCst) as usize,
        threads: l.mcount + 1,
        spinningthreads: s.nmspinning.load(Ordering::SeqCst) as usize,
        idlethreads: l.midle.len(),
        runqueue: s.runq.len(),
        steals: s.nsteal.load(Ordering::Relaxed),
        ready_before_park: s.nreadypending.load(Ordering::Relaxed),
    }
}

pub(crate) fn goroutine_dump() -> String {
    current_sched().map_or_else(String::new, |s| s.goroutine_dump())
}

pub(crate) fn schedtrace(detailed: bool) -> String {
    current_sched().map_or_else(String::new, |s| {
        crate::sysmon::schedtrace(&s, s.nanotime(), detailed)
    })
}
