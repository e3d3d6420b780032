//! Scheduler behaviour: fairness of the global queue, work stealing, syscall hand-off,
//! preemption, GOMAXPROCS changes, goroutine counts.
mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use common::{config, recv, run_bounded, spin, task};
use minigo_runtime::chan::Chan;
use minigo_runtime::{Ctx, Exit, Step, Task, WaitReason};

/// A goroutine that spawns its successor (into `runnext`) and exits, forever.
fn chain(count: Arc<AtomicU64>) -> Box<dyn Task> {
    task(move |cx| {
        count.fetch_add(1, Ordering::Relaxed);
        cx.spawn(chain(count.clone()));
        Step::Exit
    })
}

#[test]
fn global_queue_is_not_starved_by_runnext_chain() {
    // GOMAXPROCS=1: a chain of goroutines re-spawning each other always has `runnext`;
    // main, yielded to the global queue, must still run within ~61 schedticks.
    let count = Arc::new(AtomicU64::new(0));
    let c = count.clone();
    let mut yielded = false;
    let r = run_bounded(
        config(1),
        task(move |cx| {
            if !yielded {
                yielded = true;
                cx.spawn(chain(c.clone()));
                return Step::Yield;
            }
            let seen = c.load(Ordering::Relaxed);
            assert!(
                seen > 0 && seen <= 2 * 61,
                "main ran after {seen} chain links"
            );
            Step::Exit
        }),
        10,
    );
    assert_eq!(r, Exit::Code(0));
    assert!(count.load(Ordering::Relaxed) > 0);
}

/// Main spawns `n` goroutines and waits for all of them on a channel.
struct Fanout {
    n: usize,
    work: Arc<dyn Fn(&mut Ctx<'_>) + Send + Sync>,
    done: Arc<Chan<()>>,
    started: bool,
    got: usize,
    pending: Option<Arc<minigo_runtime::chan::Sudog<()>>>,
    at_end: Option<Box<dyn FnOnce() + Send>>,
}

impl Fanout {
    fn new(n: usize, work: impl Fn(&mut Ctx<'_>) + Send + Sync + 'static) -> Fanout {
        Fanout {
            n,
            work: Arc::new(work),
            done: Arc::new(Chan::new(n)),
            started: false,
            got: 0,
            pending: None,
            at_end: None,
        }
    }
}

impl Task for Fanout {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        if !self.started {
            self.started = true;
            for _ in 0..self.n {
                let (work, done) = (self.work.clone(), self.done.clone());
                cx.spawn(task(move |cx| {
                    work(cx);
                    assert!(done.try_send(()));
                    Step::Exit
                }));
            }
        }
        while self.got < self.n {
            match recv(&self.done, cx, &mut self.pending) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => self.got += 1,
            }
        }
        if let Some(f) = self.at_end.take() {
            f();
        }
        Step::Exit
    }
}

#[test]
fn idle_p_steals_work() {
    let steals = Arc::new(AtomicU64::new(0));
    let threads = Arc::new(AtomicUsize::new(0));
    let mut f = Fanout::new(64, move |_| {
        spin(1_000_000);
    });
    let (s, t) = (steals.clone(), threads.clone());
    f.at_end = Some(Box::new(move || {
        let st = minigo_runtime::sched_stats();
        s.store(st.steals, Ordering::Relaxed);
        t.store(st.threads, Ordering::Relaxed);
    }));
    assert_eq!(run_bounded(config(2), Box::new(f), 30), Exit::Code(0));
    assert!(steals.load(Ordering::Relaxed) > 0, "no steal happened");
    // Never more Ms than needed: 2 Ps (+ sysmon, + maybe one M between hand-offs).
    assert!(
        threads.load(Ordering::Relaxed) <= 4,
        "threads = {}",
        threads.load(Ordering::Relaxed)
    );
}

#[test]
fn blocking_syscall_hands_off_the_p() {
    // GOMAXPROCS=1: main blocks its thread in a "syscall" until another goroutine ran.
    let flag = Arc::new(AtomicBool::new(false));
    let f2 = flag.clone();
    let r = run_bounded(
        config(1),
        task(move |cx| {
            let f3 = f2.clone();
            cx.spawn(task(move |_| {
                f3.store(true, Ordering::SeqCst);
                Step::Exit
            }));
            common::syscall_until(cx, &f2);
            assert!(
                f2.load(Ordering::SeqCst),
                "the other goroutine never ran during the syscall"
            );
            Step::Exit
        }),
        10,
    );
    assert_eq!(r, Exit::Code(0));
    assert!(flag.load(Ordering::SeqCst));
}

/// Two CPU-bound goroutines on one P that yield only when asked. With preemption on, each
/// spins until it has seen the other make progress, which only sysmon's preemption makes
/// possible (broken preemption hangs, which `run_bounded` reports). With it off, the first
/// hogs the P for a while (long enough for sysmon to have asked many times) and returns
/// whether the other made progress meanwhile.
fn both_progress(preempt_off: bool) -> bool {
    const HOG: Duration = Duration::from_millis(300);
    let counts: Arc<[AtomicU64; 2]> = Arc::new([AtomicU64::new(0), AtomicU64::new(0)]);
    let finished = Arc::new(AtomicUsize::new(0));
    let first_saw_other = Arc::new(AtomicBool::new(false));
    let mut cfg = config(1);
    cfg.preempt_off = preempt_off;
    let start = Instant::now();
    let done = Arc::new(Chan::<()>::new(2));
    let (counts2, finished2, saw2, done2) = (
        counts.clone(),
        finished.clone(),
        first_saw_other.clone(),
        done.clone(),
    );
    let spawn_both = task(move |cx| {
        for me in 0..2 {
            let (counts, finished, saw, done) = (
                counts2.clone(),
                finished2.clone(),
                saw2.clone(),
                done2.clone(),
            );
            cx.spawn(task(move |cx| {
                loop {
                    counts[me].fetch_add(1, Ordering::SeqCst);
                    spin(1000);
                    let enough = if preempt_off {
                        start.elapsed() >= HOG
                    } else {
                        counts[1 - me].load(Ordering::SeqCst) > 0
                    };
                    if enough {
                        break;
                    }
                    if cx.preempt_requested() {
                        return Step::Preempted;
                    }
                }
                if finished.fetch_add(1, Ordering::SeqCst) == 0 {
                    saw.store(counts[1 - me].load(Ordering::SeqCst) > 0, Ordering::SeqCst);
                }
                assert!(done.try_send(()));
                Step::Exit
            }));
        }
        Step::Exit
    });
    let waiter = Drain {
        inner: spawn_both,
        done,
        left: 2,
        pending: None,
        first: true,
    };
    assert_eq!(run_bounded(cfg, Box::new(waiter), 20), Exit::Code(0));
    first_saw_other.load(Ordering::SeqCst)
}

/// Runs `inner` once (it spawns), then receives `left` values from `done`.
struct Drain {
    inner: Box<dyn Task>,
    done: Arc<Chan<()>>,
    left: usize,
    pending: Option<Arc<minigo_runtime::chan::Sudog<()>>>,
    first: bool,
}

impl Task for Drain {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        if self.first {
            self.first = false;
            self.inner.run(cx);
        }
        while self.left > 0 {
            match recv(&self.done, cx, &mut self.pending) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => self.left -= 1,
            }
        }
        Step::Exit
    }
}

#[test]
fn sysmon_preempts_cpu_bound_goroutines() {
    assert!(both_progress(false), "B never ran while A was spinning");
}

#[test]
fn asyncpreemptoff_lets_one_goroutine_starve_the_other() {
    assert!(!both_progress(true), "B ran although preemption is off");
}

#[test]
fn gomaxprocs_changes_while_goroutines_run() {
    const WORKERS: usize = 8;
    let progress: Arc<Vec<AtomicU64>> = Arc::new((0..WORKERS).map(|_| AtomicU64::new(0)).collect());
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(Chan::<()>::new(WORKERS));
    let sizes = [1, 3, 2, 4, 1, 2, 5, 1, 2];
    let mut step = 0;
    let mut spawned = false;
    let mut waited = 0;
    let mut pending = None;
    let mut slept = false;
    let (pr, st, dn) = (progress.clone(), stop.clone(), done.clone());
    let main = task(move |cx| {
        if !spawned {
            spawned = true;
            for i in 0..WORKERS {
                let (pr, st, dn) = (pr.clone(), st.clone(), dn.clone());
                cx.spawn(task(move |cx| {
                    while !st.load(Ordering::SeqCst) {
                        pr[i].fetch_add(1, Ordering::Relaxed);
                        spin(2000);
                        if cx.preempt_requested() {
                            return Step::Preempted;
                        }
                    }
                    assert!(dn.try_send(()));
                    Step::Exit
                }));
            }
        }
        if step < sizes.len() {
            if !slept {
                slept = true;
                cx.sleep(Duration::from_millis(10));
                return Step::Park(WaitReason::Sleep);
            }
            slept = false;
            if step > 0 {
                assert_eq!(minigo_runtime::gomaxprocs(0), sizes[step - 1]);
                assert_eq!(
                    minigo_runtime::sched_stats().gomaxprocs,
                    sizes[step - 1] as usize
                );
            }
            let old = minigo_runtime::gomaxprocs(sizes[step]);
            assert_eq!(old, if step == 0 { 2 } else { sizes[step - 1] });
            step += 1;
            return Step::Yield;
        }
        st.store(true, Ordering::SeqCst);
        while waited < WORKERS {
            match recv(&dn, cx, &mut pending) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => waited += 1,
            }
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 30), Exit::Code(0));
    for (i, p) in progress.iter().enumerate() {
        assert!(p.load(Ordering::Relaxed) > 0, "worker {i} never ran");
    }
}

#[test]
fn num_goroutine_counts_live_goroutines() {
    let c = Arc::new(Chan::<()>::new(0));
    let mut phase = 0;
    let r = run_bounded(
        config(2),
        task(move |cx| {
            if phase == 0 {
                phase = 1;
                assert_eq!(minigo_runtime::num_goroutine(), 1);
                for _ in 0..5 {
                    let c = c.clone();
                    let mut p = None;
                    cx.spawn(task(move |cx| match recv(&c, cx, &mut p) {
                        Poll::Pending => Step::Park(WaitReason::ChanReceive),
                        Poll::Ready(_) => Step::Exit,
                    }));
                }
                assert_eq!(minigo_runtime::num_goroutine(), 6);
                c.close().unwrap();
            }
            // The five receivers exit once they have run after the close, however long that
            // takes: the count goes down to 1 and never below.
            let n = minigo_runtime::num_goroutine();
            assert!((1..=6).contains(&n), "{n} goroutines");
            if n > 1 {
                cx.sleep(Duration::from_millis(1));
                return Step::Park(WaitReason::Sleep);
            }
            Step::Exit
        }),
        10,
    );
    assert_eq!(r, Exit::Code(0));
}

#[test]
fn return_from_syscall_gets_a_p_back_from_a_busy_goroutine() {
    // GOMAXPROCS=1: main blocks 30 ms in a syscall; sysmon gives the P to a CPU-bound
    // goroutine that yields only when asked and spins until main has returned from the
    // syscall. If exitsyscall waited for the busy goroutine to finish, neither could go
    // on (a hang, reported by `run_bounded`).
    let busy_done = Arc::new(AtomicBool::new(false));
    let resumed = Arc::new(AtomicBool::new(false));
    let resumed_while_busy = Arc::new(AtomicBool::new(false));
    let (bd, re, rwb) = (
        busy_done.clone(),
        resumed.clone(),
        resumed_while_busy.clone(),
    );
    let mut entered = false;
    let r = run_bounded(
        config(1),
        task(move |cx| {
            if !entered {
                entered = true;
                let (bd2, re2) = (bd.clone(), re.clone());
                cx.spawn(task(move |cx| {
                    while !re2.load(Ordering::SeqCst) {
                        spin(1000);
                        if cx.preempt_requested() {
                            return Step::Preempted;
                        }
                    }
                    bd2.store(true, Ordering::SeqCst);
                    Step::Exit
                }));
                cx.entersyscall();
                std::thread::sleep(Duration::from_millis(30));
                cx.exitsyscall();
                rwb.store(!bd.load(Ordering::SeqCst), Ordering::SeqCst);
                re.store(true, Ordering::SeqCst);
            }
            Step::Exit
        }),
        20,
    );
    assert_eq!(r, Exit::Code(0));
    assert!(
        resumed_while_busy.load(Ordering::SeqCst),
        "exitsyscall waited for the busy goroutine to finish"
    );
}

/// A ring forwarder: receives tokens (remaining hops) on `inp`, passes them on to `out`
/// with one hop less, or to `done` when no hops remain.
struct Forwarder {
    inp: Arc<Chan<u64>>,
    out: Arc<Chan<u64>>,
    done: Arc<Chan<u64>>,
    hops: Arc<AtomicU64>,
    holding: Option<u64>,
    pending: Option<Arc<minigo_runtime::chan::Sudog<u64>>>,
}

impl Task for Forwarder {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        loop {
            match self.holding {
                None => match recv(&self.inp, cx, &mut self.pending) {
                    Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                    Poll::Ready(v) => {
                        let ttl = v.expect("ring channel closed");
                        if ttl > 0 {
                            // Counted before passing it on: a token reaches `done` only
                            // after all its hops were counted.
                            self.hops.fetch_add(1, Ordering::Relaxed);
                        }
                        self.holding = Some(ttl);
                    }
                },
                Some(ttl) => {
                    let (c, v) = if ttl == 0 {
                        (&self.done, 0)
                    } else {
                        (&self.out, ttl - 1)
                    };
                    match common::send(c, cx, v, &mut self.pending) {
                        Poll::Pending => return Step::Park(WaitReason::ChanSend),
                        Poll::Ready(r) => r.expect("ring channel closed"),
                    }
                    self.holding = None;
                    if cx.preempt_requested() {
                        return Step::Preempted;
                    }
                }
            }
        }
    }
}

#[test]
fn ring_of_channels_survives_random_gomaxprocs_changes() {
    const RING: usize = 100;
    const TOKENS: u64 = 20;
    let ttl: u64 = if cfg!(debug_assertions) {
        20_000
    } else {
        100_000
    };
    let hops = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let resizes = Arc::new(AtomicU64::new(0));
    let (h, st, rs) = (hops.clone(), stop.clone(), resizes.clone());
    let mut started = false;
    let mut got = 0;
    let mut p = None;
    let done = Arc::new(Chan::<u64>::new(0));
    let main = task(move |cx| {
        if !started {
            started = true;
            let ring: Vec<Arc<Chan<u64>>> = (0..RING).map(|_| Arc::new(Chan::new(0))).collect();
            for i in 0..RING {
                cx.spawn(Box::new(Forwarder {
                    inp: ring[i].clone(),
                    out: ring[(i + 1) % RING].clone(),
                    done: done.clone(),
                    hops: h.clone(),
                    holding: None,
                    pending: None,
                }));
            }
            // Inject the tokens through goroutines (a send may block).
            for t in 0..TOKENS {
                cx.spawn(Box::new(Forwarder {
                    inp: Arc::new(Chan::new(1)),
                    out: ring[(t as usize * 7) % RING].clone(),
                    done: done.clone(),
                    hops: Arc::new(AtomicU64::new(0)),
                    holding: Some(ttl + 1),
                    pending: None,
                }));
            }
            // The resizer: a new GOMAXPROCS every couple of milliseconds.
            let (st, rs) = (st.clone(), rs.clone());
            let mut slept = false;
            cx.spawn(task(move |cx| {
                if st.load(Ordering::SeqCst) {
                    return Step::Exit;
                }
                if !slept {
                    slept = true;
                    cx.sleep(Duration::from_millis(2));
                    return Step::Park(WaitReason::Sleep);
                }
                slept = false;
                minigo_runtime::gomaxprocs(fastrand::i32(1..=4));
                rs.fetch_add(1, Ordering::Relaxed);
                Step::Yield
            }));
        }
        while got < TOKENS {
            match recv(&done, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(v) => {
                    assert_eq!(v, Some(0));
                    got += 1;
                }
            }
        }
        st.store(true, Ordering::SeqCst);
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 60), Exit::Code(0));
    assert_eq!(
        hops.load(Ordering::Relaxed),
        TOKENS * ttl,
        "tokens lost or duplicated"
    );
    assert!(
        resizes.load(Ordering::Relaxed) >= 5,
        "GOMAXPROCS hardly changed"
    );
}

#[test]
fn gosched_from_a_parking_native_alternates_goroutines() {
    // The Go tour's `go say("world"); say("hello")` with Gosched on one P, where Gosched is
    // written as `cx.gosched()` + `Step::Park` (how a VM native yields): strict alternation.
    let out = Arc::new(std::sync::Mutex::new(Vec::new()));
    let say = |word: &'static str, out: Arc<std::sync::Mutex<Vec<&'static str>>>| {
        let mut i = 0;
        let mut yielded = false;
        task(move |cx| {
            while i < 5 {
                if !yielded {
                    yielded = true;
                    cx.gosched();
                    return Step::Park(WaitReason::Other("Gosched"));
                }
                yielded = false;
                out.lock().unwrap().push(word);
                i += 1;
            }
            Step::Exit
        })
    };
    let world = say("world", out.clone());
    let mut hello = say("hello", out.clone());
    let mut world = Some(world);
    let main = task(move |cx| {
        if let Some(w) = world.take() {
            cx.spawn(w);
        }
        hello.run(cx)
    });
    assert_eq!(run_bounded(config(1), main, 10), Exit::Code(0));
    let out = out.lock().unwrap();
    assert_eq!(
        out[..9],
        ["hello", "world", "hello", "world", "hello", "world", "hello", "world", "hello"]
    );
}
