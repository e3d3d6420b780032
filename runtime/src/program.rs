//! The program's start and end: `run_main` (Ps, the first M, sysmon, goroutine 1),
//! `checkdead` and the deadlock report, `exit`, and reading `Config` from the environment.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::gstatus::_Gdead;
use crate::sched::{current_sched, Sched, SchedLocked, LAST};
use crate::trace::trace_ev;
use crate::{Config, Exit, GRef, Task};

/// Go's `_MaxGomaxprocs`.
pub(crate) const MAX_GOMAXPROCS: usize = 1024;

impl Sched {
    /// `checkdead`, called with the lock held when an M goes idle: every M idle, nothing
    /// runnable, no timer pending ⇒ deadlock.
    pub(crate) fn checkdead(&self, l: &SchedLocked) -> bool {
        if self.gcwaiting.load(Ordering::SeqCst) || self.exiting.load(Ordering::SeqCst) {
            return false;
        }
        if l.midle.len() != l.mcount || !l.syswait.is_empty() || self.work_available() {
            return false;
        }
        // No goroutine left at all (main called runtime.Goexit): dead even with timers.
        self.num_goroutine() == 0 || self.timers.active() == 0
    }

    pub(crate) fn deadlock(&self) {
        let out = if self.num_goroutine() == 0 {
            String::from("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
        } else {
            format!(
                "fatal error: all goroutines are asleep - deadlock!\n{}",
                self.goroutine_dump()
            )
        };
        eprint!("{out}");
        self.finish(Exit::Deadlock);
    }

    /// Go's traceback of every live G: `\ngoroutine N [reason]:\n` then its stack lines.
    pub(crate) fn goroutine_dump(&self) -> String {
        let mut gs: Vec<GRef> = self
            .allgs
            .lock()
            .iter()
            .filter(|g| g.0.status() != _Gdead)
            .cloned()
            .collect();
        gs.sort_by_key(|g| g.id());
        let now = self.nanotime();
        let mut out = String::new();
        for g in gs {
            let reason = g.0.waitreason().map(|r| r.as_str()).unwrap_or("runnable");
            // Minutes only for a waiting G a collection has seen waiting (as Go's traceback).
            let since = g.0.waitsince.load(Ordering::Relaxed);
            let waited = if since == 0 || g.0.waitreason().is_none() { 0 } else { now.saturating_sub(since) };
            out.push_str(&goroutine_header(g.id(), reason, waited));
            for line in g.0.traceback() {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    pub(crate) fn finish(&self, exit: Exit) {
        self.finish_locked(&mut self.lock(), exit)
    }

    /// The program is over: record how, release `run_main`, and send every M home.
    pub(crate) fn finish_locked(&self, l: &mut SchedLocked, exit: Exit) {
        if self.exiting.swap(true, Ordering::SeqCst) {
            return; // the first end wins
        }
        *self.done.lock() = Some(exit);
        self.done_cv.notify_all();
        for m in l.midle.drain(..).chain(l.syswait.drain(..)) {
            m.park.wakeup();
        }
        for p in self.allp.read().iter() {
            if let Some(g) = p.curg.lock().as_ref() {
                g.0.preempt.store(true, Ordering::Relaxed);
            }
        }
        self.sysmon_note.wakeup();
    }
}

pub(crate) fn run_main(config: Config, main: Box<dyn Task>) -> Exit {
    crate::mgcpacer::init_from_env();
    let sched = Arc::new_cyclic(|me| Sched::new(config, me.clone()));
    *LAST.lock() = Arc::downgrade(&sched);
    let allp = sched.allp.read().clone();
    trace_ev!(sched, GoMaxProcs, -1, -1, 0, allp.len());
    let label = sched.config.trace.as_ref().map(|_| "runtime.main".to_string());
    sched.newproc(main, Some(&allp[0]), 0, label);
    {
        let mut l = sched.lock();
        for p in allp[1..].iter().rev() {
            sched.pidleput(&mut l, p.clone());
        }
        sched.newm(&mut l, allp[0].clone(), false);
    }
    let s = sched.clone();
    if std::thread::Builder::new()
        .name("minigo-sysmon".into())
        .spawn(move || crate::sysmon::sysmon(s))
        .is_err()
    {
        eprintln!("runtime: failed to create sysmon thread");
        sched.finish(Exit::Code(2));
    }
    let mut done = sched.done.lock();
    while done.is_none() {
        sched.done_cv.wait(&mut done);
    }
    done.take().expect("run_main: no exit recorded")
}

pub(crate) fn exit(code: i32) {
    if let Some(sched) = current_sched() {
        sched.finish(Exit::Code(code));
    }
}

pub(crate) fn config_from_env() -> Config {
    let env = |k: &str| std::env::var(k).ok();
    Config::parse(env("GOMAXPROCS").as_deref(), env("GODEBUG").as_deref())
}

impl Config {
    /// Parses `GOMAXPROCS` (a positive integer, else the CPU count) and `GODEBUG`
    /// (`schedtrace=MS`, `scheddetail=1`, `asyncpreemptoff=1`; other keys are ignored).
    pub fn parse(gomaxprocs: Option<&str>, godebug: Option<&str>) -> Config {
        let mut c = Config {
            gomaxprocs: gomaxprocs
                .and_then(|s| s.trim().parse::<usize>().ok())
                .filter(|&n| n > 0)
                .unwrap_or_else(crate::num_cpu)
                .min(MAX_GOMAXPROCS),
            schedtrace_ms: None,
            scheddetail: false,
            preempt_off: false,
            gctrace: false,
            collector: None,
            trace: None,
        };
        for kv in godebug.unwrap_or("").split(',') {
            let Some((k, v)) = kv.split_once('=') else {
                continue;
            };
            match k.trim() {
                "schedtrace" => c.schedtrace_ms = v.trim().parse::<u64>().ok().filter(|&ms| ms > 0),
                "scheddetail" => c.scheddetail = v.trim() == "1",
                "asyncpreemptoff" => c.preempt_off = v.trim() == "1",
                "gctrace" => c.gctrace = v.trim() == "1",
                _ => {}
            }
        }
        c
    }
}

/// `\ngoroutine N [reason]:\n`, with Go's `, M minutes` once it has waited a minute.
fn goroutine_header(goid: u64, reason: &str, waited_ns: u64) -> String {
    let minutes = waited_ns / 60_000_000_000;
    if minutes >= 1 {
        format!("\ngoroutine {goid} [{reason}, {minutes} minutes]:\n")
    } else {
        format!("\ngoroutine {goid} [{reason}]:\n")
    }
}

#[cfg(test)]
mod tests {
    use super::goroutine_header;

    #[test]
    fn traceback_header_counts_minutes_like_go() {
        assert_eq!(
            goroutine_header(1, "chan receive", 59_999_999_999),
            "\ngoroutine 1 [chan receive]:\n"
        );
        assert_eq!(
            goroutine_header(7, "sleep", 60_000_000_000),
            "\ngoroutine 7 [sleep, 1 minutes]:\n"
        );
        assert_eq!(
            goroutine_header(7, "select", 185_000_000_000),
            "\ngoroutine 7 [select, 3 minutes]:\n"
        );
    }
}
