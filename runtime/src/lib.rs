//! The GMP runtime: goroutines (G) run by OS threads (M) holding processors (P), scheduled
//! the way Go's `runtime/proc.go` does it, plus the blocking primitives built on parking:
//! channels and select (`chan.go`, `select.go`), timers (`time.go`) and semaphores (`sema.go`).
//!
//! The runtime knows nothing about the VM. A goroutine's code is a [`Task`]: something that
//! runs for a while on an M and then says why it stopped ([`Step`]). The VM implements
//! `Task` for its interpreter state; the runtime's own tests use plain Rust tasks.
//!
//! Where things are, next to Go's sources:
//!
//! | module | Go | what |
//! |---|---|---|
//! | `g.rs`, `gstatus.rs` | `runtime2.go` `g` | a goroutine; its status word and the park/ready hand-shake |
//! | `m.rs` | `runtime2.go` `m`, `note` | an OS thread and the note it sleeps on when idle |
//! | `p.rs` | `runtime2.go` `p`, `runqput`/`runqget`/`runqsteal` | a processor and its run queues |
//! | `sched.rs` | `proc.go` `schedt`, `newproc`, `schedule`, `findRunnable`, `wakep`, `startm`, `stopm` | the scheduler |
//! | `syscall.rs` | `proc.go` `entersyscall`, `exitsyscall`, `handoffp` | blocking natives |
//! | `stw.rs` | `proc.go` `stopTheWorld`, `procresize` | `GOMAXPROCS(n)` |
//! | `sysmon.rs` | `proc.go` `sysmon`, `retake`, `preemptone`, `schedtrace` | the monitor thread |
//! | `program.rs` | `proc.go` `main`, `checkdead` | start, end, deadlock report, `GODEBUG` |
//! | `chan.rs` | `chan.go`, `select.go` | channels and select |
//! | `time.rs` | `time.go` | timers |
//! | `sema.rs` | `sema.go` | semaphores for `sync` |
//! | `malloc.rs` | `malloc.go` | the process allocator: Go's `fatal error: out of memory` |
//! | `mheap.rs` | `mstats.go` | heap accounting: objects and bytes allocated and freed |
//! | `mgcpacer.rs` | `mgcpacer.go` | `GOGC`, the heap goal, when a cycle starts |
//! | `mgc.rs` | `mgc.go` | the collection cycle: stop the world, collect, statistics, `gctrace` |
//! | `trace.rs` | `trace.go` | execution tracing: timestamped scheduler events for `minigo trace` |
//!
//! CONTRACT (this file is the interface the VM is written against):
//! - A task blocks by (1) registering its G (`cx.g()`) with a waiter structure (a channel's
//!   wait queue, a timer, a semaphore) and (2) returning `Step::Park`. A waker may call
//!   [`goready`] at any time after (1), even before the M has finished parking the G: the
//!   runtime then simply runs the G again. Exactly one `goready` per park.
//! - On resume, `run` is called again on the same task; the task finds the outcome of its
//!   blocking operation in the waiter token it kept (e.g. [`chan::Sudog`]).
//! - `cx.preempt_requested()` is the safepoint check (one relaxed atomic load). When it is
//!   true the task saves its state and returns `Step::Preempted`.

// Go's status names (`_Grunning`, `_Pidle`, ...) are kept verbatim for readers of proc.go.
#![allow(non_upper_case_globals)]

pub mod chan;
pub mod malloc;
pub mod mgc;
pub mod mgcpacer;
pub mod mheap;
pub mod sema;
pub mod time;
pub mod trace;

use std::sync::Arc;
use std::time::Duration;

/// Why a task stopped running.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// The goroutine finished (returned, or `runtime.Goexit`).
    Exit,
    /// Blocked: it registered itself with a waiter and will be `goready`-ed.
    Park(WaitReason),
    /// `runtime.Gosched()`: goes to the global run queue.
    Yield,
    /// Noticed `preempt_requested()` at a safepoint: goes to the global run queue.
    Preempted,
}

/// Go's `waitReason`, printed in tracebacks as `goroutine 5 [chan receive]:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    SyncWaitGroupWait,
    SyncMutexLock,
    SyncRWMutexLock,
    SyncRWMutexRLock,
    SyncCondWait,
    /// In `runtime.GC()`, waiting for the cycle to finish.
    GcCycle,
    /// Waiting for a native that called back into Go, or other runtime-internal waits.
    Other(&'static str),
}

impl WaitReason {
    /// Go's text: `chan receive`, `chan send (nil chan)`, `select (no cases)`, `sleep`,
    /// `sync.WaitGroup.Wait`, `sync.Mutex.Lock`, `sync.RWMutex.Lock`, `sync.RWMutex.RLock`,
    /// `sync.Cond.Wait`.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::GcCycle => "wait for GC cycle",
            WaitReason::Other(s) => s,
        }
    }
}

/// A goroutine's code. `Send` because a G may resume on another M.
pub trait Task: Send + 'static {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step;
    /// Stack lines for `goroutine N [...]:` dumps (deadlock, `scheddetail`), innermost
    /// first, already formatted as Go prints them (`main.worker(...)` / `\t/path/prog.go:12 +0x0`).
    fn traceback(&self) -> Vec<String> {
        Vec::new()
    }
    /// Called on a task that is not running, with the world stopped, before each
    /// collection: forget whatever the task holds but can never use again (stack slots
    /// above its innermost frame), so the collector does not see it as live.
    fn gc_scrub(&mut self) {}
}

/// A handle to a goroutine (`*g`). Cheap to clone; identity is the goroutine.
#[derive(Clone)]
pub struct GRef(pub(crate) Arc<g::G>);

impl GRef {
    /// The goroutine id (`goid`), 1 for main.
    pub fn id(&self) -> u64 {
        self.0.goid()
    }
}

/// What a running task may ask of the scheduler: given to `Task::run` by the M running it.
pub struct Ctx<'a> {
    pub(crate) inner: sched::CtxInner<'a>,
}

impl Ctx<'_> {
    /// The running goroutine.
    pub fn g(&self) -> &GRef {
        self.inner.g()
    }
    /// Safepoint check: true when `sysmon` (or a stop-the-world) asked this G to stop.
    #[inline]
    pub fn preempt_requested(&self) -> bool {
        self.inner.preempt_requested()
    }
    /// `newproc`: a new goroutine, put in this P's `runnext` (the previous `runnext` goes to
    /// the local queue), and `wakep()` if there is an idle P. Returns its goid.
    pub fn spawn(&mut self, task: Box<dyn Task>) -> u64 {
        self.inner.spawn(task, None)
    }
    /// `spawn`, with a label saying where the goroutine was created (`main.worker at
    /// prog.go:17`) for the execution trace.
    pub fn spawn_labeled(&mut self, task: Box<dyn Task>, label: String) -> u64 {
        self.inner.spawn(task, Some(label))
    }
    /// The program is being traced: worth computing labels for [`Ctx::spawn_labeled`].
    pub fn tracing(&self) -> bool {
        self.inner.tracing()
    }
    /// `entersyscall`: the task is about to block the OS thread in a native call; the P may
    /// be handed off (`sysmon` retakes it after 20 µs). Must be paired with `exitsyscall`.
    pub fn entersyscall(&mut self) {
        self.inner.entersyscall()
    }
    /// `exitsyscall`: reacquire a P (the old one if still free, else an idle one, else wait).
    pub fn exitsyscall(&mut self) {
        self.inner.exitsyscall()
    }
    /// `runtime.Gosched` for code that can only stop the task by parking it (a native
    /// inside the VM): the task's next `Step::Park` is taken as `Step::Yield` — the G goes
    /// to the global run queue instead of waiting. The task must not have registered with
    /// a waiter.
    pub fn gosched(&mut self) {
        self.inner.gosched()
    }
    /// `runtime.Goexit`: the task is about to return `Step::Exit` without finishing normally.
    /// Only matters for the main goroutine: the program then does not end with it, but runs
    /// until every other goroutine has exited (`no goroutines (main called runtime.Goexit)
    /// - deadlock!`) or blocked (the usual deadlock report).
    pub fn goexit(&mut self) {
        self.inner.goexit()
    }
    /// `runtime.GC()`: the task waits for a full collection cycle that starts after this
    /// call; it then returns `Step::Park(WaitReason::GcCycle)` and is readied when the cycle ends.
    pub fn gc(&mut self) {
        self.inner.gc()
    }
    /// Arms a timer that readies this G after `d`; the task then returns `Step::Park(Sleep)`.
    pub fn sleep(&mut self, d: Duration) {
        self.inner.sleep(d)
    }
}

/// Marks a parked G runnable: into the current P's `runnext` when called from a running
/// task on an M, else into the global queue; then `wakep()`.
pub fn goready(g: &GRef) {
    sched::goready(g)
}

/// Starts a task on the runtime from outside a goroutine (timers' `AfterFunc`). The new G
/// goes to the global queue. Returns its goid, or 0 if no program is running.
pub fn spawn_global(task: Box<dyn Task>) -> u64 {
    sched::spawn_global(task)
}

/// Runtime settings, read from the environment by [`Config::from_env`].
#[derive(Clone, Debug)]
pub struct Config {
    /// `GOMAXPROCS` (default: number of CPUs).
    pub gomaxprocs: usize,
    /// `GODEBUG=schedtrace=MS`.
    pub schedtrace_ms: Option<u64>,
    /// `GODEBUG=scheddetail=1`.
    pub scheddetail: bool,
    /// `GODEBUG=asyncpreemptoff=1`: sysmon never flags a running G.
    pub preempt_off: bool,
    /// `GODEBUG=gctrace=1`: one line on stderr per collection.
    pub gctrace: bool,
    /// The heap's collector, called by each cycle with the world stopped (`mgc.rs`);
    /// without one, cycles still stop the world and count, but free nothing.
    pub collector: Option<Arc<dyn mgc::Collector>>,
    /// Record the scheduler's events into this trace (`minigo trace`); `None`: no tracing.
    pub trace: Option<Arc<trace::Trace>>,
}

impl Config {
    pub fn from_env() -> Config {
        program::config_from_env()
    }
}

/// How the program ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    /// `main` returned (0) or `os.Exit(n)` / a fatal panic in some goroutine asked for `n`.
    Code(i32),
    /// Every goroutine is blocked and no timer is pending. The runtime has already printed
    /// `fatal error: all goroutines are asleep - deadlock!` and the goroutine dump on stderr;
    /// the caller exits with 2.
    Deadlock,
}

/// Runs `main` as goroutine 1 on `config.gomaxprocs` Ps until the program ends:
/// when `main`'s task returns `Step::Exit` (exit code 0), when any task calls [`exit`],
/// or on deadlock. Other goroutines are abandoned, as in Go.
pub fn run_main(config: Config, main: Box<dyn Task>) -> Exit {
    program::run_main(config, main)
}

/// Ends the program with `code` (`os.Exit`, or after an unrecovered panic has been printed).
/// Called from a task; the task should then return `Step::Exit`. `run_main` returns
/// `Exit::Code(code)` promptly; other Ms stop at their next safepoint or park.
pub fn exit(code: i32) {
    program::exit(code)
}

/// `runtime.GOMAXPROCS(n)`: for `n > 0` stops the world at safepoints, resizes the P set
/// and restarts; returns the previous value. Called from a task (which must then return
/// `Step::Yield` so the resize can complete: the caller's G is at a safepoint).
pub fn gomaxprocs(n: i32) -> i32 {
    stw::gomaxprocs(n)
}

/// `runtime.NumGoroutine()`: goroutines that are not dead.
pub fn num_goroutine() -> usize {
    sched::num_goroutine()
}

/// A snapshot of the scheduler's counters (what `schedtrace` prints, plus steals).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SchedStats {
    pub gomaxprocs: usize,
    pub idleprocs: usize,
    /// OS threads: the Ms plus sysmon.
    pub threads: usize,
    pub spinningthreads: usize,
    pub idlethreads: usize,
    /// Length of the global run queue.
    pub runqueue: usize,
    /// Successful `runqsteal`s since the program started.
    pub steals: u64,
    /// `goready`s that came before the M had finished parking the G (the race the
    /// park/ready hand-shake resolves).
    pub ready_before_park: u64,
}

/// The calling program's scheduler counters (all zero outside a running program).
pub fn sched_stats() -> SchedStats {
    sched::sched_stats()
}

/// The `GODEBUG=schedtrace` text for this instant (with `detailed`, the `scheddetail` form).
pub fn schedtrace(detailed: bool) -> String {
    sched::schedtrace(detailed)
}

/// Every live goroutine as Go's deadlock report lists it: `goroutine N [wait reason]:` and
/// its stack (the REPL's `:goroutines`). Empty outside a running program.
pub fn goroutine_dump() -> String {
    sched::goroutine_dump()
}

/// `runtime.NumCPU()`.
pub fn num_cpu() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

mod g;
mod gstatus;
mod m;
mod p;
mod program;
mod sched;
mod stw;
mod syscall;
mod sysmon;
