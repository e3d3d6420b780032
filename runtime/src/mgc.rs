//! The garbage collection cycle (`mgc.go`): when it runs, how the world is stopped for it,
//! and what it reports (`NumGC`, pauses, `GODEBUG=gctrace=1`).
//!
//! # The cycle
//!
//! Go's collector is concurrent: a short stop-the-world ends the previous sweep and turns
//! the write barrier on, marking runs beside the program, and a second short
//! stop-the-world terminates the mark. minigo runs the same phases with the world stopped
//! for all of them, and says so: `gctrace`'s three clock figures are the time to stop the
//! world (sweep termination), the mark and the sweep (the collector's two calls, traced
//! as two phases), and the time to restart it (mark termination). A concurrent mark with
//! a write barrier, and a sweep running beside the program, are future work.
//!
//! What is marked, and how, belongs to the heap's owner: the runtime knows nothing of
//! objects. A [`Collector`] (the VM's heap, or a plain Rust test double) is handed to the
//! scheduler in [`Config::collector`](crate::Config) and called with every goroutine stopped:
//! each one parked, runnable, or stopped at a safepoint, so no guest code runs while it
//! looks at the heap.
//!
//! # Who runs it, and when
//!
//! A cycle is *requested* in two ways:
//! - by the allocator, once the heap reaches the pacer's goal (`mheap::record_alloc` calls
//!   [`gc_trigger`]): the running goroutines are asked to stop at their next safepoint, as
//!   sysmon's preemption does, because the allocation itself may be inside an instruction
//!   that holds an object's lock;
//! - by `runtime.GC()`: the calling goroutine registers itself as a waiter
//!   ([`Ctx::gc`](crate::Ctx::gc)) and parks until a cycle that started after its call has
//!   finished (Go: "blocks the caller until the garbage collection is complete").
//!
//! A cycle the allocator triggered while the objects really occupying memory are still
//! under the goal ends without marking (`mgcpacer::needs_mark`): reference counting has
//! already freed all but cyclic garbage, so there is nothing to gain; it is counted in
//! `NumGC` and traced with zero pauses. `runtime.GC()` always marks.
//!
//! The cycle then runs on the first M that enters `findRunnable` and sees the request (the
//! M of the goroutine that just parked or stopped, usually): it gives up its own P like every
//! other M, waits until every P is stopped, calls the collector's mark and sweep, restarts
//! the world with the same `startTheWorld` that `GOMAXPROCS` uses, readies the waiters and
//! goes idle until it is handed a P again. A cycle requested while another stop-the-world is in flight waits
//! for it to finish.
//!
//! A request made while the world is stopped (a goroutine calling `runtime.GC()` just as
//! another cycle or a `GOMAXPROCS` change stops it) is picked up by the spinning M that
//! `startTheWorld` starts when a request is pending, so a waiter is never left behind.
//!
//! Invariant: between [`Sched::gc_start`]'s stop and its restart, `gcwaiting` is set and
//! `SchedLocked::gc_running` is true; `pstop` then wakes the collecting M when the last P
//! stops instead of restarting the world itself.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use parking_lot::Mutex;

use crate::m::M;
use crate::mgcpacer;
use crate::p::_Pgcstop;
use crate::sched::{current_sched, Sched};
use crate::trace::trace_ev;

/// The heap's side of a cycle: marks what is reachable, then frees the rest.
pub trait Collector: Send + Sync + std::fmt::Debug {
    /// Called with the world stopped: finds what is reachable (and queues the finalizers
    /// of what is not).
    fn mark(&self);
    /// Called right after [`Collector::mark`], the world still stopped: frees what the
    /// mark did not reach. Returns the bytes that survived (`heapMarked`).
    fn sweep(&self) -> MarkResult;
    /// Called after the world restarted, on the collecting M (which holds no P): the place
    /// to start goroutines, such as the finalizers the cycle queued.
    fn after_cycle(&self) {}
}

/// What a cycle found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MarkResult {
    /// Bytes of objects still live after the cycle.
    pub marked_bytes: u64,
}

/// How many pauses `MemStats.PauseNs` remembers (a circular buffer, as Go's).
pub const PAUSE_HISTORY: usize = 256;

/// The collector's statistics, as `runtime.MemStats` and `debug.GCStats` report them.
#[derive(Clone, Debug)]
pub struct GcStats {
    pub num_gc: u32,
    /// Cycles started by `runtime.GC()`.
    pub num_forced_gc: u32,
    pub pause_total_ns: u64,
    /// Pause of cycle `n` at `[(n + 255) % 256]`, as Go's `PauseNs`.
    pub pause_ns: [u64; PAUSE_HISTORY],
    /// When each pause ended, in nanoseconds since 1970 (`PauseEnd`).
    pub pause_end: [u64; PAUSE_HISTORY],
    /// When the last cycle ended, in nanoseconds since 1970; 0 before the first.
    pub last_gc: u64,
    /// Share of the program's CPU time spent collecting since it started.
    pub gc_cpu_fraction: f64,
    /// The heap goal (`NextGC`).
    pub next_gc: u64,
}

impl Default for GcStats {
    fn default() -> GcStats {
        GcStats {
            num_gc: 0,
            num_forced_gc: 0,
            pause_total_ns: 0,
            pause_ns: [0; PAUSE_HISTORY],
            pause_end: [0; PAUSE_HISTORY],
            last_gc: 0,
            gc_cpu_fraction: 0.0,
            next_gc: 0,
        }
    }
}

static STATS: Mutex<Option<GcStats>> = Mutex::new(None);

/// A cycle was requested and no M has started it yet.
static GC_REQUESTED: AtomicBool = AtomicBool::new(false);

/// A snapshot of the collector's statistics.
pub fn gc_stats() -> GcStats {
    let mut s = STATS.lock().clone().unwrap_or_default();
    s.next_gc = mgcpacer::heap_goal();
    s
}

/// The pause of the last cycle (ns), 0 before the first.
pub(crate) fn last_pause_ns() -> u64 {
    STATS.lock().as_ref().map_or(0, |s| s.pause_ns[(s.num_gc as usize + PAUSE_HISTORY - 1) % PAUSE_HISTORY])
}

/// A cycle was requested and has not started (`startTheWorld` then wakes an M for it).
pub(crate) fn gc_pending() -> bool {
    GC_REQUESTED.load(Ordering::SeqCst)
}

/// The allocator's request for a cycle (the heap reached its goal): the running goroutines
/// are asked to stop at their next safepoint so that an M reaches `findRunnable`.
pub(crate) fn gc_trigger() {
    if GC_REQUESTED.load(Ordering::Relaxed) || GC_REQUESTED.swap(true, Ordering::SeqCst) {
        return;
    }
    if let Some(sched) = current_sched() {
        sched.preempt_all();
    }
}

/// Durations of a cycle's three phases, for the statistics and `gctrace`.
struct CycleTimes {
    /// Program time (since the scheduler started) when the cycle began.
    at_ns: u64,
    stop_ns: u64,
    mark_ns: u64,
    start_ns: u64,
}

impl Sched {
    /// `findRunnable`'s check: runs a requested cycle on this M. Returns true if this M took
    /// the request (it may have lost its P and been given one back, or the program is ending).
    pub(crate) fn gc_if_requested(&self, m: &Arc<M>) -> bool {
        if !GC_REQUESTED.load(Ordering::Relaxed) || !GC_REQUESTED.swap(false, Ordering::SeqCst) {
            return false;
        }
        self.gc_start(m);
        true
    }

    /// `runtime.GC()`'s half: `g` waits for the next cycle, which is requested now.
    pub(crate) fn gc_wait(&self, g: &crate::GRef) {
        self.gcwaiters.lock().push(g.clone());
        GC_REQUESTED.store(true, Ordering::SeqCst);
    }

    /// Asks every running goroutine to stop at its next safepoint.
    pub(crate) fn preempt_all(&self) {
        for p in self.allp.read().iter() {
            if let Some(g) = p.curg.lock().as_ref() {
                g.0.preempt.store(true, Ordering::Relaxed);
            }
        }
    }

    /// `gcStart` through `gcMarkTermination`, with the world stopped throughout. This M may
    /// give up its P for the cycle; it has been handed one again when this returns.
    fn gc_start(&self, m: &Arc<M>) {
        let at_ns = self.nanotime();
        let waiters = std::mem::take(&mut *self.gcwaiters.lock());
        if waiters.is_empty() && !mgcpacer::needs_mark() {
            self.gc_unmarked(at_ns);
            return;
        }
        self.limit_gc_cpu();
        let begin = Instant::now();
        let mut l = self.lock();
        if self.gcwaiting.load(Ordering::SeqCst) {
            // Another stop-the-world (GOMAXPROCS) is in flight: this M stops for it in
            // findRunnable, and the cycle runs once the world is back.
            self.gcwaiters.lock().extend(waiters);
            GC_REQUESTED.store(true, Ordering::SeqCst);
            return;
        }
        self.gcwaiting.store(true, Ordering::SeqCst);
        trace_ev!(self, GcStart, -1, m.id, 0, !waiters.is_empty());
        l.gc_running = true;
        self.stop_all_ps(&mut l);
        self.dropspinning(m);
        let own = self.releasep(m);
        own.status.store(_Pgcstop, Ordering::Release);
        l.stopwait -= 1;
        while l.stopwait > 0 {
            self.stw_cv.wait(&mut l);
        }
        drop(l);
        trace_ev!(self, GcMark, -1, m.id, 0, 0);
        for g in self.allgs.lock().iter() {
            g.0.with_task(|t| t.gc_scrub());
            // The first cycle that sees a G waiting stamps when (for tracebacks' minutes).
            if g.0.waitreason().is_some() && g.0.waitsince.load(Ordering::Relaxed) == 0 {
                g.0.waitsince.store(at_ns.max(1), Ordering::Relaxed);
            }
        }
        let stopped = Instant::now();
        let heap_before = mgcpacer::heap_live();
        let collector = self.config.collector.as_ref();
        let collect = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            collector.inspect(|c| c.mark());
            trace_ev!(self, GcSweep, -1, m.id, 0, 0);
            collector.map(|c| c.sweep())
        }));
        let Ok(result) = collect else {
            // A bug in the collector (the panic hook printed it): end as Go's `throw` would,
            // rather than leave the world stopped.
            eprintln!("fatal error: garbage collection failed");
            self.finish(crate::Exit::Code(2));
            return;
        };
        let result = result.unwrap_or_default();
        mgcpacer::end_cycle(result.marked_bytes);
        let marked = Instant::now();
        trace_ev!(self, GcMarkDone, -1, m.id, 0, 0);
        let mut l = self.lock();
        l.gc_running = false;
        self.start_the_world(&mut l);
        drop(l);
        let end = Instant::now();
        self.last_stw_end.store(self.nanotime(), Ordering::Relaxed);
        let times = CycleTimes {
            at_ns,
            stop_ns: (stopped - begin).as_nanos() as u64,
            mark_ns: (marked - stopped).as_nanos() as u64,
            start_ns: (end - marked).as_nanos() as u64,
        };
        let forced = !waiters.is_empty();
        let n = self.record_cycle(&times, forced);
        if self.config.gctrace {
            eprintln!("{}", self.gctrace_line(n, &times, heap_before, result.marked_bytes, forced));
        }
        for g in &waiters {
            crate::goready(g);
        }
        if let Some(c) = &self.config.collector {
            c.after_cycle();
        }
        self.stopm(m);
    }

    /// The GC CPU limiter (Go caps the collector at half the CPU): the world runs at least
    /// as long as the last pause between two stopped-world cycles, so a program calling
    /// `runtime.GC()` in a loop still leaves its other goroutines half the time. The
    /// collecting M waits holding its P; the other Ps keep running.
    fn limit_gc_cpu(&self) {
        let pause = last_pause_ns();
        let since = self.nanotime().saturating_sub(self.last_stw_end.load(Ordering::Relaxed));
        if since < pause {
            std::thread::sleep(std::time::Duration::from_nanos(pause - since));
        }
    }

    /// A triggered cycle that need not mark (`mgcpacer::needs_mark`): counted, traced, and
    /// over without stopping the world.
    fn gc_unmarked(&self, at_ns: u64) {
        let heap = mgcpacer::heap_live();
        mgcpacer::end_cycle_unmarked();
        let times = CycleTimes { at_ns, stop_ns: 0, mark_ns: 0, start_ns: 0 };
        let n = self.record_cycle(&times, false);
        if self.config.gctrace {
            let live = crate::mheap::heap_counters().heap_alloc;
            eprintln!("{}", self.gctrace_line(n, &times, heap, live, false));
        }
    }

    /// Updates the statistics after a cycle; returns its number (1 for the first).
    fn record_cycle(&self, t: &CycleTimes, forced: bool) -> u32 {
        let mut guard = STATS.lock();
        let s = guard.get_or_insert_with(GcStats::default);
        let pause = t.stop_ns + t.mark_ns + t.start_ns;
        let slot = s.num_gc as usize % PAUSE_HISTORY;
        s.pause_ns[slot] = pause;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
        s.pause_end[slot] = now;
        s.last_gc = now;
        s.pause_total_ns += pause;
        s.num_gc += 1;
        s.num_forced_gc += forced as u32;
        // The world is stopped for the whole pause: every P's time counts as the collector's.
        let elapsed = self.nanotime().max(1);
        s.gc_cpu_fraction = s.pause_total_ns as f64 / elapsed as f64;
        s.num_gc
    }

    /// Go 1.27's `gctrace=1` line, with this collector's figures (mark work is all done by
    /// the collecting M: no assists, no idle workers).
    fn gctrace_line(&self, n: u32, t: &CycleTimes, heap_before: u64, marked: u64, forced: bool) -> String {
        let procs = self.gomaxprocs.load(Ordering::SeqCst);
        let percent = (gc_stats().gc_cpu_fraction * 100.0) as u64;
        let mb = |b: u64| b >> 20;
        let goal = mgcpacer::heap_goal();
        let mut line = format!(
            "gc {n} @{}.{:03}s {percent}%: {}+{}+{} ms clock, {}+0/{}/0+{} ms cpu, {}->{}->{} MB, {} MB goal, 0 MB stacks, 0 MB globals, {procs} P",
            t.at_ns / 1_000_000_000,
            t.at_ns / 1_000_000 % 1000,
            fmt_ns_as_ms(t.stop_ns),
            fmt_ns_as_ms(t.mark_ns),
            fmt_ns_as_ms(t.start_ns),
            fmt_ns_as_ms(t.stop_ns * procs as u64),
            fmt_ns_as_ms(t.mark_ns),
            fmt_ns_as_ms(t.start_ns * procs as u64),
            mb(heap_before),
            mb(heap_before),
            mb(marked),
            if goal == u64::MAX { 0 } else { mb(goal) },
        );
        if forced {
            let _ = write!(line, " (forced)");
        }
        line
    }
}

/// Milliseconds with three significant digits below 10 ms (`0.018`, `1.2`), whole ones
/// above, as `gctrace` prints them.
fn fmt_ns_as_ms(ns: u64) -> String {
    if ns >= 10_000_000 {
        return (ns / 1_000_000).to_string();
    }
    let (mut x, mut decimals) = (ns / 1000, 3);
    if x == 0 {
        return "0".to_string();
    }
    while x >= 100 && decimals > 0 {
        x /= 10;
        decimals -= 1;
    }
    let digits = format!("{x:0>width$}", width = decimals + 1);
    let (whole, frac) = digits.split_at(digits.len() - decimals);
    if decimals == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_ns_as_ms;

    #[test]
    fn gctrace_milliseconds() {
        assert_eq!(fmt_ns_as_ms(18_000), "0.018");
        assert_eq!(fmt_ns_as_ms(1_200_000), "1.2");
        assert_eq!(fmt_ns_as_ms(210_000), "0.21");
        assert_eq!(fmt_ns_as_ms(9_990_000), "9.9");
        assert_eq!(fmt_ns_as_ms(12_300_000), "12");
        assert_eq!(fmt_ns_as_ms(0), "0");
        assert_eq!(fmt_ns_as_ms(5_000), "0.005");
    }
}
