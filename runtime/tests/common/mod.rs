//! Helpers for the runtime's tests: closures as tasks, and channel operations written as
//! "try, else remember the sudog and park" steps.
#![allow(dead_code)] // each test file uses a different subset

use std::sync::Arc;
use std::task::Poll;

use minigo_runtime::chan::{Chan, RecvResult, SendResult, Sudog};
use minigo_runtime::{Config, Ctx, Step, Task};

pub struct FnTask<F>(pub F);

impl<F: FnMut(&mut Ctx<'_>) -> Step + Send + 'static> Task for FnTask<F> {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        (self.0)(cx)
    }
}

/// A task from a closure that is called on every (re)run.
pub fn task<F>(f: F) -> Box<dyn Task>
where
    F: FnMut(&mut Ctx<'_>) -> Step + Send + 'static,
{
    Box::new(FnTask(f))
}

/// A task that runs `f` once and returns its step; when run again, it exits.
pub fn once<F>(mut f: F) -> Box<dyn Task>
where
    F: FnMut(&mut Ctx<'_>) -> Step + Send + 'static,
{
    let mut done = false;
    task(move |cx| {
        if std::mem::replace(&mut done, true) {
            return Step::Exit;
        }
        f(cx)
    })
}

/// In a task: blocks the thread in a "syscall" (`entersyscall`/`exitsyscall`) until `flag`
/// is set (by another goroutine), or 5 s have passed.
pub fn syscall_until(cx: &mut Ctx<'_>, flag: &std::sync::atomic::AtomicBool) {
    use std::time::{Duration, Instant};
    cx.entersyscall();
    let t0 = Instant::now();
    while !flag.load(std::sync::atomic::Ordering::SeqCst) && t0.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_micros(100));
    }
    cx.exitsyscall();
}

pub fn config(procs: usize) -> Config {
    Config {
        gomaxprocs: procs,
        schedtrace_ms: None,
        scheddetail: false,
        preempt_off: false,
        gctrace: false,
        collector: None,
        trace: None,
    }
}

/// A receive that resumes: `Ready(v)` (None = closed), or `Pending` after parking on `c`.
pub fn recv<T: Send + 'static>(
    c: &Chan<T>,
    cx: &mut Ctx<'_>,
    pending: &mut Option<Arc<Sudog<T>>>,
) -> Poll<Option<T>> {
    if let Some(sg) = pending.take() {
        return Poll::Ready(sg.recv_outcome());
    }
    match c.recv(cx) {
        RecvResult::Done(v) => Poll::Ready(v),
        RecvResult::Parked(sg) => {
            *pending = Some(sg);
            Poll::Pending
        }
    }
}

/// A send that resumes: `Ready(Ok)` delivered, `Ready(Err)` closed, or `Pending` after parking.
pub fn send<T: Send + 'static>(
    c: &Chan<T>,
    cx: &mut Ctx<'_>,
    v: T,
    pending: &mut Option<Arc<Sudog<T>>>,
) -> Poll<Result<(), ()>> {
    if let Some(sg) = pending.take() {
        return Poll::Ready(sg.send_outcome());
    }
    match c.send(cx, v) {
        SendResult::Done => Poll::Ready(Ok(())),
        SendResult::Closed(_) => Poll::Ready(Err(())),
        SendResult::Parked(sg) => {
            *pending = Some(sg);
            Poll::Pending
        }
    }
}

/// `run_main` on its own thread; panics if the program has not ended after `secs` (a hang
/// is a test failure, not a stuck test binary).
pub fn run_bounded(cfg: Config, main: Box<dyn Task>, secs: u64) -> minigo_runtime::Exit {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(minigo_runtime::run_main(cfg, main));
    });
    rx.recv_timeout(std::time::Duration::from_secs(secs))
        .expect("program did not end in time (hang)")
}

/// Busy work the optimizer cannot remove.
pub fn spin(iters: u64) -> u64 {
    let mut x = 0u64;
    for i in 0..iters {
        x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
    }
    x
}

/// For tests that must look at the process from outside (stderr, exit status, CPU time):
/// the test re-runs itself as a child with `MINIGO_RT_CHILD=<name>`. Returns true in the
/// child.
pub fn is_child(name: &str) -> bool {
    std::env::var("MINIGO_RT_CHILD").as_deref() == Ok(name)
}

/// Runs test `name` of the current test binary as a child process with extra `env`.
pub fn run_child(name: &str, env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(std::env::current_exe().expect("test binary"));
    cmd.args(["--exact", name, "--nocapture", "--test-threads=1"])
        .env("MINIGO_RT_CHILD", name);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run child test")
}
