//! Tests that watch the whole process from outside: the deadlock report on stderr,
//! `GODEBUG=schedtrace` output, and idle CPU while every goroutine sleeps.
mod common;

use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use common::{config, is_child, recv, run_child, send, task};
use minigo_runtime::chan::{select, Chan, SelectResult, Sudog};
use minigo_runtime::{run_main, Config, Ctx, Exit, Step, Task, WaitReason};

/// A task with a fixed Go-style traceback, blocking on `op`.
struct Traced<F> {
    lines: Vec<String>,
    op: F,
}

impl<F: FnMut(&mut Ctx<'_>) -> Step + Send + 'static> Task for Traced<F> {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        (self.op)(cx)
    }
    fn traceback(&self) -> Vec<String> {
        self.lines.clone()
    }
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn deadlock_report() {
    if is_child("deadlock_report") {
        // The shape of /tmp/dl/main.go: main starts a worker that blocks sending, sleeps,
        // then blocks in `select {}`.
        let c = Arc::new(Chan::<i32>::new(0));
        let mut phase = 0;
        let main = Traced {
            lines: lines(&["main.main()", "\t/tmp/dl/main.go:13 +0x6a"]),
            op: move |cx: &mut Ctx<'_>| {
                if phase == 0 {
                    phase = 1;
                    let c = c.clone();
                    let mut p: Option<Arc<Sudog<i32>>> = None;
                    cx.spawn(Box::new(Traced {
                        lines: lines(&[
                            "main.worker(...)",
                            "\t/tmp/dl/main.go:6",
                            "created by main.main in goroutine 1",
                            "\t/tmp/dl/main.go:11 +0x58",
                        ]),
                        op: move |cx: &mut Ctx<'_>| match send(&c, cx, 1, &mut p) {
                            Poll::Pending => Step::Park(WaitReason::ChanSend),
                            Poll::Ready(_) => Step::Exit,
                        },
                    }));
                    cx.sleep(Duration::from_millis(10));
                    return Step::Park(WaitReason::Sleep);
                }
                match select::<i32>(cx, vec![], true) {
                    SelectResult::Parked(_) => Step::Park(WaitReason::SelectNoCases),
                    _ => unreachable!("select {{}} never proceeds"),
                }
            },
        };
        assert_eq!(run_main(config(2), Box::new(main)), Exit::Deadlock);
        std::process::exit(2);
    }
    let out = run_child("deadlock_report", &[]);
    assert_eq!(out.status.code(), Some(2));
    // Real Go 1.27 prints the same text (goroutine 5 there: Go's own goroutines take 2-4).
    let want = "fatal error: all goroutines are asleep - deadlock!\n\
                \n\
                goroutine 1 [select (no cases)]:\n\
                main.main()\n\
                \t/tmp/dl/main.go:13 +0x6a\n\
                \n\
                goroutine 2 [chan send]:\n\
                main.worker(...)\n\
                \t/tmp/dl/main.go:6\n\
                created by main.main in goroutine 1\n\
                \t/tmp/dl/main.go:11 +0x58\n";
    assert_eq!(String::from_utf8_lossy(&out.stderr), want);
}

#[test]
fn schedtrace_lines() {
    if is_child("schedtrace_lines") {
        let cfg = Config::from_env();
        assert_eq!(cfg.gomaxprocs, 2);
        let c = Arc::new(Chan::<()>::new(0));
        let mut slept = false;
        let main = task(move |cx| {
            if !slept {
                slept = true;
                let c = c.clone();
                let mut ps = None;
                cx.spawn(task(move |cx| match recv(&c, cx, &mut ps) {
                    Poll::Pending => Step::Park(WaitReason::ChanReceive),
                    Poll::Ready(_) => Step::Exit,
                }));
                cx.sleep(Duration::from_millis(120));
                return Step::Park(WaitReason::Sleep);
            }
            Step::Exit
        });
        assert_eq!(run_main(cfg, main), Exit::Code(0));
        std::process::exit(0);
    }
    let out = run_child(
        "schedtrace_lines",
        &[("GOMAXPROCS", "2"), ("GODEBUG", "schedtrace=50")],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let sched: Vec<&str> = err.lines().filter(|l| l.starts_with("SCHED ")).collect();
    assert!(sched.len() >= 2, "{err}");
    for l in &sched {
        // SCHED 0ms: gomaxprocs=2 idleprocs=1 threads=3 spinningthreads=0 needspinning=0 idlethreads=1 runqueue=0 [ 0 0 ] schedticks=[ 2 0 ]
        let rest = l.strip_prefix("SCHED ").unwrap();
        let (ms, rest) = rest.split_once("ms: ").expect(l);
        ms.parse::<u64>().expect(l);
        let keys: Vec<&str> = rest
            .split(' ')
            .filter_map(|kv| kv.split_once('=').map(|(k, _)| k))
            .collect();
        assert_eq!(
            keys,
            [
                "gomaxprocs",
                "idleprocs",
                "threads",
                "spinningthreads",
                "needspinning",
                "idlethreads",
                "runqueue",
                "schedticks"
            ],
            "{l}"
        );
        assert!(rest.starts_with("gomaxprocs=2 "), "{l}");
        assert!(rest.contains(" [ ") && rest.ends_with(" ]"), "{l}");
    }

    let out = run_child(
        "schedtrace_lines",
        &[
            ("GOMAXPROCS", "2"),
            ("GODEBUG", "schedtrace=50,scheddetail=1"),
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines()
            .any(|l| l.starts_with("SCHED ") && l.ends_with(" stopwait=0 sysmonwait=false")),
        "{err}"
    );
    assert!(err.lines().any(|l| l.starts_with("  P0: status=")
        && l.contains(" schedtick=")
        && l.contains(" timerslen=")));
    assert!(err.lines().any(|l| l.starts_with("  M0: p=")));
    assert!(
        err.lines()
            .any(|l| l == "  G2: status=4(chan receive) m=nil lockedm=nil"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l == "  G1: status=4(sleep) m=nil lockedm=nil"),
        "{err}"
    );
}

/// CPU time (user + system) of this process, from /proc/self/stat, in clock ticks.
fn cpu_ticks() -> u64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap();
    let fields: Vec<&str> = s.rsplit_once(')').unwrap().1.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn sleeping_program_uses_no_cpu() {
    if is_child("sleeping_program_uses_no_cpu") {
        let mut slept = false;
        let main = task(move |cx| {
            if !slept {
                slept = true;
                // Ten goroutines sleeping too, so several Ms exist and go idle.
                for _ in 0..10 {
                    let mut s = false;
                    cx.spawn(task(move |cx| {
                        if !s {
                            s = true;
                            cx.sleep(Duration::from_millis(900));
                            return Step::Park(WaitReason::Sleep);
                        }
                        Step::Exit
                    }));
                }
                cx.sleep(Duration::from_secs(1));
                return Step::Park(WaitReason::Sleep);
            }
            Step::Exit
        });
        let before = cpu_ticks();
        let t0 = std::time::Instant::now();
        assert_eq!(run_main(config(4), main), Exit::Code(0));
        let wall = t0.elapsed();
        let cpu = cpu_ticks() - before;
        println!("CHILD wall={}ms cpu_ticks={cpu}", wall.as_millis());
        std::process::exit(0);
    }
    let out = run_child("sleeping_program_uses_no_cpu", &[]);
    let so = String::from_utf8_lossy(&out.stdout);
    let at = so.find("CHILD ").unwrap_or_else(|| panic!("{so}"));
    let line = so[at..].lines().next().unwrap();
    let wall: u64 = line
        .split("wall=")
        .nth(1)
        .unwrap()
        .split("ms")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let cpu: u64 = line
        .split("cpu_ticks=")
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // Sleep(1s) takes at least 1 s, and the whole program uses a few 10 ms CPU ticks at most
    // (CPU time: a loaded machine stretches the wall time, not this).
    assert!(wall >= 1000, "{line}");
    assert!(cpu <= 8, "{line}");
}

#[test]
fn main_goexit_runs_until_the_others_finish() {
    if is_child("main_goexit_runs_until_the_others_finish") {
        let mode = std::env::var("MODE").unwrap();
        let c = Arc::new(Chan::<i32>::new(0));
        let main = task(move |cx| {
            let c = c.clone();
            let mut p: Option<Arc<Sudog<i32>>> = None;
            let mut slept = false;
            let blocks = mode == "block";
            cx.spawn(Box::new(Traced {
                lines: lines(&["main.main.func1()", "\t/tmp/ge/main.go:10 +0x19"]),
                op: move |cx: &mut Ctx<'_>| {
                    if blocks {
                        return match recv(&c, cx, &mut p) {
                            Poll::Pending => Step::Park(WaitReason::ChanReceive),
                            Poll::Ready(_) => Step::Exit,
                        };
                    }
                    if !slept {
                        slept = true;
                        cx.sleep(Duration::from_millis(10));
                        return Step::Park(WaitReason::Sleep);
                    }
                    println!("worker done");
                    Step::Exit
                },
            }));
            cx.goexit();
            Step::Exit
        });
        assert_eq!(run_main(config(2), main), Exit::Deadlock);
        std::process::exit(2);
    }
    // Outputs of real Go 1.27 for /tmp/ge/main.go (worker sleeps, or blocks on a channel).
    let out = run_child(
        "main_goexit_runs_until_the_others_finish",
        &[("MODE", "sleep")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("worker done"));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
    );
    let out = run_child(
        "main_goexit_runs_until_the_others_finish",
        &[("MODE", "block")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 2 [chan receive]:\n\
         main.main.func1()\n\
         \t/tmp/ge/main.go:10 +0x19\n"
    );
}

#[test]
fn config_from_environment() {
    let ncpu = minigo_runtime::num_cpu();
    let c = Config::parse(
        Some("3"),
        Some("schedtrace=100,scheddetail=1,asyncpreemptoff=1,gctrace=1"),
    );
    assert_eq!(
        (c.gomaxprocs, c.schedtrace_ms, c.scheddetail, c.preempt_off),
        (3, Some(100), true, true)
    );
    for bad in ["0", "-2", "abc", ""] {
        assert_eq!(
            Config::parse(Some(bad), None).gomaxprocs,
            ncpu,
            "GOMAXPROCS={bad}"
        );
    }
    assert_eq!(Config::parse(Some("100000"), None).gomaxprocs, 1024);
    let c = Config::parse(None, Some("schedtrace=x,scheddetail=0"));
    assert_eq!(
        (c.schedtrace_ms, c.scheddetail, c.preempt_off),
        (None, false, false)
    );
}

#[test]
fn endless_sleep_does_not_overflow() {
    // time.Sleep(math.MaxInt64) in a goroutine; main yields once so it runs, then exits.
    let mut spawned = false;
    let main = task(move |cx| {
        if spawned {
            return Step::Exit;
        }
        spawned = true;
        let mut slept = false;
        cx.spawn(task(move |cx| {
            if !slept {
                slept = true;
                cx.sleep(Duration::MAX);
                return Step::Park(WaitReason::Sleep);
            }
            Step::Exit
        }));
        Step::Yield
    });
    assert_eq!(common::run_bounded(config(1), main, 10), Exit::Code(0));
}
