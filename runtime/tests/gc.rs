//! The collection cycle (`mgc.rs`) with plain Rust tasks and a test-double collector: the
//! world is stopped while the collector runs, `runtime.GC()` waits for a whole cycle, the
//! allocator's trigger starts cycles, and a finished cycle hands work to `after_cycle`.
//!
//! The pacer and the statistics are process-wide (as Go's), so everything here runs in one
//! test function, one scenario after another.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};

use common::{config, run_bounded, task};
use minigo_runtime::mgc::{gc_stats, Collector, MarkResult};
use minigo_runtime::{mgcpacer, mheap, Exit, Step, WaitReason};

/// Counts the tasks inside `run`; the collector checks that none is.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug, Default)]
struct Probe {
    cycles: AtomicU32,
    /// A task was running while the collector ran (the world was not stopped).
    saw_running: AtomicBool,
    after: AtomicU32,
    /// Bytes the collector reports live.
    marked: u64,
}

impl Collector for Probe {
    fn mark(&self) {
        if RUNNING.load(SeqCst) != 0 {
            self.saw_running.store(true, SeqCst);
        }
        // Give a task that ignored the stop a chance to show itself.
        std::thread::sleep(std::time::Duration::from_millis(2));
        if RUNNING.load(SeqCst) != 0 {
            self.saw_running.store(true, SeqCst);
        }
        self.cycles.fetch_add(1, SeqCst);
    }
    fn sweep(&self) -> MarkResult {
        MarkResult { marked_bytes: self.marked }
    }
    fn after_cycle(&self) {
        self.after.fetch_add(1, SeqCst);
    }
}

/// A task body that counts itself as running for the length of `run`.
fn counted(mut f: impl FnMut(&mut minigo_runtime::Ctx<'_>) -> Step + Send + 'static) -> Box<dyn minigo_runtime::Task> {
    task(move |cx| {
        RUNNING.fetch_add(1, SeqCst);
        let step = f(cx);
        RUNNING.fetch_sub(1, SeqCst);
        step
    })
}

/// A goroutine that spins through safepoints until `stop` is set.
fn spinner(stop: Arc<AtomicBool>) -> Box<dyn minigo_runtime::Task> {
    counted(move |cx| loop {
        if stop.load(SeqCst) {
            return Step::Exit;
        }
        if cx.preempt_requested() {
            return Step::Preempted;
        }
        std::hint::spin_loop();
    })
}

fn forced_gc_waits_for_a_stopped_world_cycle() {
    let probe = Arc::new(Probe::default());
    let mut cfg = config(2);
    cfg.collector = Some(probe.clone());
    let stop = Arc::new(AtomicBool::new(false));
    let before = Arc::new(Mutex::new(None));
    let (p, s, b) = (probe.clone(), stop.clone(), before.clone());
    let mut state = 0;
    let main = counted(move |cx| match state {
        0 => {
            cx.spawn(spinner(s.clone()));
            cx.spawn(spinner(s.clone()));
            state = 1;
            Step::Yield
        }
        1 | 2 => {
            // runtime.GC(), twice: each call waits for a cycle of its own.
            *b.lock().unwrap() = Some((gc_stats().num_gc, p.cycles.load(SeqCst)));
            cx.gc();
            state += 1;
            Step::Park(WaitReason::GcCycle)
        }
        _ => {
            s.store(true, SeqCst);
            Step::Exit
        }
    });
    assert_eq!(run_bounded(cfg, main, 20), Exit::Code(0));
    assert!(!probe.saw_running.load(SeqCst), "a task ran while the collector did");
    assert!(probe.cycles.load(SeqCst) >= 2, "two runtime.GC calls, {} cycles", probe.cycles.load(SeqCst));
    let (num_gc_before, cycles_before) = before.lock().unwrap().expect("second call recorded");
    let stats = gc_stats();
    assert!(stats.num_gc > num_gc_before, "NumGC moved");
    assert!(probe.cycles.load(SeqCst) > cycles_before, "the waiter was readied by a later cycle");
    assert!(stats.num_forced_gc >= 2);
    assert!(stats.last_gc > 0 && stats.pause_total_ns > 0);
    assert!(probe.after.load(SeqCst) >= 2, "after_cycle ran after each cycle");
}

fn allocation_past_the_goal_triggers_cycles() {
    let probe = Arc::new(Probe { marked: 1 << 20, ..Probe::default() });
    let mut cfg = config(2);
    cfg.collector = Some(probe.clone());
    let n0 = gc_stats().num_gc;
    let mut left = 64;
    // 64 allocations of 1 MB, all kept live: the heap passes the 4 MB goal and keeps
    // doubling it, so cycles must start (and mark, since the heap really is that big).
    let main = counted(move |cx| {
        if left == 0 {
            return Step::Exit;
        }
        left -= 1;
        mheap::record_alloc(1 << 20);
        if cx.preempt_requested() {
            return Step::Preempted;
        }
        Step::Yield
    });
    assert_eq!(run_bounded(cfg, main, 20), Exit::Code(0));
    let cycles = gc_stats().num_gc - n0;
    assert!(cycles >= 2, "64 MB allocated past a 4 MB goal: {cycles} cycles");
    assert!(probe.cycles.load(SeqCst) >= 1, "a cycle whose heap is over the goal marks");
    assert!(mgcpacer::heap_goal() >= mgcpacer::HEAP_MINIMUM);
}

fn gc_percent_off_stops_triggered_cycles() {
    let cfg = config(1);
    let n0 = Arc::new(AtomicU32::new(0));
    let old = Arc::new(AtomicU32::new(0));
    let (n, o) = (n0.clone(), old.clone());
    let mut left: Option<u32> = None;
    let main = task(move |_| {
        // debug.SetGCPercent(-1) from inside the program (run_main reads GOGC at start).
        let l = left.get_or_insert_with(|| {
            o.store(mgcpacer::set_gc_percent(-1) as u32, SeqCst);
            n.store(gc_stats().num_gc, SeqCst);
            32
        });
        if *l == 0 {
            return Step::Exit;
        }
        *l -= 1;
        mheap::record_alloc(1 << 20);
        Step::Yield
    });
    assert_eq!(run_bounded(cfg, main, 20), Exit::Code(0));
    assert_eq!(gc_stats().num_gc, n0.load(SeqCst), "GOGC=off: no cycle without runtime.GC");
    assert_eq!(mgcpacer::set_gc_percent(old.load(SeqCst) as i64), -1);
}

#[test]
fn collection_cycles() {
    forced_gc_waits_for_a_stopped_world_cycle();
    allocation_past_the_goal_triggers_cycles();
    gc_percent_off_stops_triggered_cycles();
}
