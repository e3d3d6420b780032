//! Execution tracing (`trace.rs`): programs of plain Rust tasks run traced, and the tests
//! assert on the recorded events — what happened and in which order, never how long it took.
mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use common::{config, once, recv, run_bounded, send, spin, task};
use minigo_runtime::chan::Chan;
use minigo_runtime::trace::{EvKind, Event, Trace};
use minigo_runtime::{Config, Ctx, Exit, Step, Task, WaitReason};

/// The collector's request flag is process-wide: traced programs here run one at a time.
static SERIAL: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

/// Runs `main` traced; returns the trace's events.
fn traced(mut cfg: Config, main: Box<dyn Task>) -> (Arc<Trace>, Vec<Event>) {
    let _serial = SERIAL.lock();
    let trace = Trace::new(1 << 20);
    cfg.trace = Some(trace.clone());
    assert_eq!(run_bounded(cfg, main, 30), Exit::Code(0));
    trace.stop();
    let evs = trace.take_events();
    (trace, evs)
}

fn of_kind(evs: &[Event], kind: EvKind) -> Vec<Event> {
    evs.iter().filter(|e| e.kind == kind).copied().collect()
}

/// Main spawns `n` tasks running `work` and waits for them on a channel.
fn fanout(n: usize, work: fn(&mut Ctx<'_>) -> Step) -> Box<dyn Task> {
    let done = Arc::new(Chan::<()>::new(n));
    let (mut spawned, mut got, mut pending) = (false, 0, None);
    task(move |cx| {
        if !spawned {
            spawned = true;
            for _ in 0..n {
                let done = done.clone();
                cx.spawn(task(move |cx| {
                    let step = work(cx);
                    if step == Step::Exit {
                        assert!(done.try_send(()));
                    }
                    step
                }));
            }
        }
        while got < n {
            match recv(&done, cx, &mut pending) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => got += 1,
            }
        }
        Step::Exit
    })
}

/// The events of `fanout(n, work)` at GOMAXPROCS=2.
fn spinners_on_two_ps(n: usize, work: fn(&mut Ctx<'_>) -> Step) -> Vec<Event> {
    traced(config(2), fanout(n, work)).1
}

/// A goroutine's life read from the trace is a valid walk through Go's G states: created
/// before it starts, blocks before it is unblocked, runs only while started, ends once.
fn check_lifecycles(evs: &[Event]) {
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum S {
        Runnable,
        Running,
        Syscall,
        Waiting,
        Dead,
    }
    let mut state: HashMap<u64, S> = HashMap::new();
    for e in evs.iter().filter(|e| e.g != 0) {
        let s = state.get(&e.g).copied();
        let next = match (e.kind, s) {
            (EvKind::GoCreate, None) => S::Runnable,
            (EvKind::GoStart, Some(S::Runnable)) => S::Running,
            (EvKind::GoBlock, Some(S::Running)) => S::Waiting,
            (EvKind::GoUnblock, Some(S::Waiting)) => S::Runnable,
            (EvKind::GoPreempt | EvKind::GoSched | EvKind::GoStopTheWorld, Some(S::Running)) => {
                S::Runnable
            }
            (EvKind::GoSysCall, Some(S::Running)) => S::Syscall,
            (EvKind::GoSysExit, Some(S::Syscall)) => S::Running,
            (EvKind::GoEnd, Some(S::Running)) => S::Dead,
            (EvKind::PreemptRequest, Some(st)) => st,
            (EvKind::Steal | EvKind::GlobalCheck, Some(S::Runnable)) => S::Runnable,
            (kind, st) => panic!("G{}: {kind:?} in state {st:?} (event {e:?})", e.g),
        };
        state.insert(e.g, next);
    }
}

#[test]
fn an_idle_p_steals_from_a_loaded_one() {
    let evs = spinners_on_two_ps(64, |_| {
        spin(1_000_000);
        Step::Exit
    });
    let steals = of_kind(&evs, EvKind::Steal);
    assert!(!steals.is_empty(), "no steal recorded");
    for s in &steals {
        assert_ne!(s.p as u64, s.arg, "a P stole from itself: {s:?}");
        assert!(s.arg < 2 && s.g != 0 && s.m >= 0, "{s:?}");
    }
    // The stolen goroutine then starts on the thief.
    let s = steals[0];
    assert!(evs
        .iter()
        .any(|e| e.kind == EvKind::GoStart && e.g == s.g && e.p == s.p && e.ts >= s.ts));
    check_lifecycles(&evs);
}

/// Two goroutines on one P spinning until the other has made progress: only sysmon's
/// preemption lets both finish.
fn two_spinners(preempt_off: bool) -> Vec<Event> {
    let progress = Arc::new([AtomicBool::new(false), AtomicBool::new(false)]);
    let mut cfg = config(1);
    cfg.preempt_off = preempt_off;
    let done = Arc::new(Chan::<()>::new(2));
    let (mut spawned, mut got, mut pending) = (false, 0, None);
    let main = task(move |cx| {
        if !spawned {
            spawned = true;
            for me in 0..2 {
                let (progress, done) = (progress.clone(), done.clone());
                let start = Instant::now();
                cx.spawn(task(move |cx| {
                    loop {
                        progress[me].store(true, Ordering::SeqCst);
                        spin(1000);
                        // Without preemption the first one gives up after a while, alone.
                        let hogged = preempt_off && start.elapsed() > Duration::from_millis(100);
                        if progress[1 - me].load(Ordering::SeqCst) || hogged {
                            assert!(done.try_send(()));
                            return Step::Exit;
                        }
                        if cx.preempt_requested() {
                            return Step::Preempted;
                        }
                    }
                }));
            }
        }
        while got < 2 {
            match recv(&done, cx, &mut pending) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => got += 1,
            }
        }
        Step::Exit
    });
    traced(cfg, main).1
}

#[test]
fn sysmon_preempts_a_tight_loop() {
    let evs = two_spinners(false);
    let preempts = of_kind(&evs, EvKind::GoPreempt);
    assert!(!preempts.is_empty(), "no preemption recorded");
    for p in &preempts {
        assert!(
            evs.iter()
                .any(|e| e.kind == EvKind::PreemptRequest && e.g == p.g && e.ts <= p.ts),
            "G{} preempted without sysmon's request",
            p.g
        );
    }
    check_lifecycles(&evs);
}

#[test]
fn asyncpreemptoff_records_no_preemption() {
    let evs = two_spinners(true);
    assert!(of_kind(&evs, EvKind::PreemptRequest).is_empty());
    assert!(of_kind(&evs, EvKind::GoPreempt).is_empty());
    check_lifecycles(&evs);
}

#[test]
fn a_blocking_syscall_hands_its_p_off() {
    let ran = Arc::new(AtomicBool::new(false));
    let main = task(move |cx| {
        let r = ran.clone();
        cx.spawn(task(move |_| {
            r.store(true, Ordering::SeqCst);
            Step::Exit
        }));
        common::syscall_until(cx, &ran);
        Step::Exit
    });
    let (_, evs) = traced(config(1), main);
    let call = of_kind(&evs, EvKind::GoSysCall);
    let exit = of_kind(&evs, EvKind::GoSysExit);
    assert_eq!((call.len(), exit.len()), (1, 1));
    let (call, exit) = (call[0], exit[0]);
    assert_eq!((call.g, exit.g), (1, 1));
    let retake = evs
        .iter()
        .find(|e| e.kind == EvKind::ProcRetake)
        .expect("sysmon never retook the P");
    assert!(call.ts <= retake.ts && retake.ts <= exit.ts);
    assert_eq!((retake.p, retake.m), (call.p, call.m), "retaken from the syscall's M");
    // The P went to another M, which ran goroutine 2 while main was in the syscall.
    assert!(evs.iter().any(|e| e.kind == EvKind::ProcStart
        && e.p == call.p
        && e.m != call.m
        && e.ts >= retake.ts));
    assert!(evs
        .iter()
        .any(|e| e.kind == EvKind::GoStart && e.g == 2 && e.ts > call.ts && e.ts < exit.ts));
    assert_eq!(exit.arg, 0, "main had to find another P");
    check_lifecycles(&evs);
}

#[test]
fn ping_pong_blocks_and_unblocks_in_causal_order() {
    const ROUNDS: usize = 200;
    let ping = Arc::new(Chan::<usize>::new(0));
    let pong = Arc::new(Chan::<usize>::new(0));
    let (pi, po) = (ping.clone(), pong.clone());
    let (mut spawned, mut i, mut sent, mut pend_s, mut pend_r) = (false, 0, false, None, None);
    let main = task(move |cx| {
        if !spawned {
            spawned = true;
            let (pi, po) = (pi.clone(), po.clone());
            let (mut got, mut ps, mut pr) = (None, None, None);
            cx.spawn_labeled(
                task(move |cx| loop {
                    if got.is_none() {
                        match recv(&pi, cx, &mut pr) {
                            Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                            Poll::Ready(None) => return Step::Exit,
                            Poll::Ready(v) => got = v,
                        }
                    }
                    match send(&po, cx, got.unwrap() + 1, &mut ps) {
                        Poll::Pending => return Step::Park(WaitReason::ChanSend),
                        Poll::Ready(_) => got = None,
                    }
                }),
                "main.echo at ping.go:7".into(),
            );
        }
        while i < ROUNDS {
            if !sent {
                match send(&pi, cx, i, &mut pend_s) {
                    Poll::Pending => return Step::Park(WaitReason::ChanSend),
                    Poll::Ready(_) => sent = true,
                }
            }
            match recv(&po, cx, &mut pend_r) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(v) => assert_eq!(v, Some(i + 1)),
            }
            sent = false;
            i += 1;
        }
        Step::Exit
    });
    let (trace, evs) = traced(config(2), main);
    check_lifecycles(&evs);
    let blocks = of_kind(&evs, EvKind::GoBlock);
    assert!(!blocks.is_empty());
    for b in &blocks {
        let r = trace.reason(b.arg);
        assert!(matches!(r, WaitReason::ChanSend | WaitReason::ChanReceive), "{r:?}");
    }
    // Each goroutine is woken by the other one, never by itself.
    let unblocks = of_kind(&evs, EvKind::GoUnblock);
    assert!(!unblocks.is_empty());
    for u in &unblocks {
        assert_eq!(u.arg, 3 - u.g, "G{} readied by G{}", u.g, u.arg);
    }
    let created = of_kind(&evs, EvKind::GoCreate);
    assert_eq!(created.iter().map(|e| (e.g, e.arg)).collect::<Vec<_>>(), [(1, 0), (2, 1)]);
    assert!(trace
        .labels()
        .contains(&(2, "main.echo at ping.go:7".to_string())));
}

#[test]
fn a_collection_records_its_phases_in_order() {
    let main = once(|cx| {
        cx.gc();
        Step::Park(WaitReason::GcCycle)
    });
    let (trace, evs) = traced(config(2), main);
    let phases: Vec<EvKind> = evs
        .iter()
        .map(|e| e.kind)
        .filter(|k| matches!(k, EvKind::GcStart | EvKind::GcMark | EvKind::GcSweep | EvKind::GcMarkDone | EvKind::StwEnd))
        .collect();
    assert_eq!(
        phases,
        [EvKind::GcStart, EvKind::GcMark, EvKind::GcSweep, EvKind::GcMarkDone, EvKind::StwEnd]
    );
    let start = of_kind(&evs, EvKind::GcStart)[0];
    assert_eq!(start.arg, 1, "forced by runtime.GC()");
    let block = of_kind(&evs, EvKind::GoBlock)[0];
    assert_eq!(trace.reason(block.arg), WaitReason::GcCycle);
    let unblock = of_kind(&evs, EvKind::GoUnblock)[0];
    assert!(start.ts <= unblock.ts && unblock.ts >= of_kind(&evs, EvKind::StwEnd)[0].ts);
    assert!(block.ts <= unblock.ts);
    check_lifecycles(&evs);
}

#[test]
fn gomaxprocs_changes_are_recorded() {
    let main = once(|_| {
        minigo_runtime::gomaxprocs(3);
        Step::Yield
    });
    let (_, evs) = traced(config(1), main);
    let procs: Vec<u64> = of_kind(&evs, EvKind::GoMaxProcs).iter().map(|e| e.arg).collect();
    assert_eq!(procs, [1, 3]);
    let stw = of_kind(&evs, EvKind::StwStart);
    assert_eq!(stw.len(), 1);
    assert_eq!(stw[0].arg, 1, "a stop-the-world for GOMAXPROCS");
    assert!(evs.iter().any(|e| e.kind == EvKind::GoSched && e.g == 1));
}

/// A goroutine that spawns its successor (into `runnext`) and exits, `left` more times.
fn chain(left: usize) -> Box<dyn Task> {
    task(move |cx| {
        if left > 0 {
            cx.spawn(chain(left - 1));
        }
        Step::Exit
    })
}

#[test]
fn the_61st_schedtick_checks_the_global_queue() {
    // GOMAXPROCS=1: main yields to the global queue behind a chain that always has runnext;
    // only the 1-in-61 check finds it before the chain ends.
    let main = once(|cx| {
        cx.spawn(chain(500));
        Step::Yield
    });
    let (_, evs) = traced(config(1), main);
    let checks = of_kind(&evs, EvKind::GlobalCheck);
    assert!(checks.iter().any(|e| e.g == 1), "the check never found main: {checks:?}");
    check_lifecycles(&evs);
}

#[test]
fn ms_spin_and_sleep() {
    let evs = spinners_on_two_ps(8, |_| {
        spin(100_000);
        Step::Exit
    });
    assert!(!of_kind(&evs, EvKind::MStart).is_empty());
    assert!(!of_kind(&evs, EvKind::MSpinStart).is_empty());
    // Every M that stopped spinning had started.
    for stop in of_kind(&evs, EvKind::MSpinStop) {
        assert!(evs
            .iter()
            .any(|e| e.kind == EvKind::MSpinStart && e.m == stop.m && e.ts <= stop.ts));
    }
    for wake in of_kind(&evs, EvKind::MWake) {
        assert!(evs
            .iter()
            .any(|e| e.kind == EvKind::MIdle && e.m == wake.m && e.ts <= wake.ts));
    }
    check_lifecycles(&evs);
}
