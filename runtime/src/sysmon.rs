//! `sysmon`: the monitor thread that runs without a P (proc.go). It sleeps 20 µs, doubling
//! up to 10 ms while nothing happens; on each wake it `retake`s Ps from Ms stuck in a
//! syscall, flags Gs that have run for 10 ms (`preemptone`), and prints `schedtrace`.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::g::G;
use crate::p::{_Prunning, _Psyscall, P};
use crate::sched::{set_current_sysmon, Sched};
use crate::trace::trace_ev;

/// A G that has run this long is asked to yield (`forcePreemptNS`).
const FORCE_PREEMPT_NS: u64 = 10_000_000;
/// A P in a syscall this long may be retaken.
const SYSCALL_RETAKE_NS: u64 = 20_000;
const MIN_DELAY: Duration = Duration::from_micros(20);
const MAX_DELAY: Duration = Duration::from_millis(10);

/// What sysmon last saw of a P (`sysmontick`).
#[derive(Clone, Default)]
struct SysmonTick {
    schedtick: u64,
    schedwhen: u64,
}

/// Under `MINIGO_GCSTRESS`, sysmon requests a cycle this often (ns), or every ten pauses.
const STRESS_PERIOD_NS: u64 = 2_000_000;

pub(crate) fn sysmon(sched: Arc<Sched>) {
    set_current_sysmon(&sched);
    let mut delay = MIN_DELAY;
    let mut idle = 0u32;
    let mut ticks: Vec<SysmonTick> = Vec::new();
    let mut lasttrace: Option<u64> = None;
    let mut laststress: Option<u64> = None;
    loop {
        sched.sysmon_note.sleep(Some(Instant::now() + delay));
        if sched.exiting.load(Ordering::SeqCst) {
            return;
        }
        let now = sched.nanotime();
        if retake(&sched, now, &mut ticks) == 0 {
            idle += 1;
        } else {
            idle = 0;
        }
        // The period stretches to ten pauses, so a large heap is not collected back to back.
        let period = STRESS_PERIOD_NS.max(10 * crate::mgc::last_pause_ns());
        if crate::mgcpacer::stress() && laststress.is_none_or(|t| now >= t + period) {
            // MINIGO_GCSTRESS: a cycle at whatever safepoints the goroutines reach next.
            laststress = Some(now);
            crate::mgc::gc_trigger();
        }
        delay = if idle == 0 {
            MIN_DELAY
        } else if idle > 50 {
            (delay * 2).min(MAX_DELAY)
        } else {
            delay
        };
        if let Some(ms) = sched.config.schedtrace_ms {
            if lasttrace.is_none_or(|t| now >= t + ms * 1_000_000) {
                lasttrace = Some(now);
                eprint!("{}", schedtrace(&sched, now, sched.config.scheddetail));
            }
        }
    }
}

/// `retake`: preempt long-running Gs; take Ps from long syscalls when there is other work
/// (or after 10 ms). Returns the number of Ps taken.
fn retake(sched: &Sched, now: u64, ticks: &mut Vec<SysmonTick>) -> u32 {
    let mut taken = Vec::new();
    {
        let allp = sched.allp.read();
        ticks.resize(allp.len(), SysmonTick::default());
        for (p, pd) in allp.iter().zip(ticks.iter_mut()) {
            match p.status() {
                _Prunning => {
                    let t = p.schedtick.load(Ordering::Relaxed);
                    if pd.schedtick != t {
                        pd.schedtick = t;
                        pd.schedwhen = now;
                    } else if now.saturating_sub(pd.schedwhen) >= FORCE_PREEMPT_NS {
                        preemptone(sched, p);
                    }
                }
                _Psyscall => {
                    let insyscall = now.saturating_sub(p.syscallwhen.load(Ordering::Relaxed));
                    if insyscall < SYSCALL_RETAKE_NS {
                        continue;
                    }
                    let others_can_run = sched.nmspinning.load(Ordering::SeqCst)
                        + sched.npidle.load(Ordering::SeqCst)
                        > 0;
                    if p.runqempty()
                        && sched.runq.is_empty()
                        && others_can_run
                        && insyscall < FORCE_PREEMPT_NS
                    {
                        continue;
                    }
                    let owner = p.m.load(Ordering::Relaxed);
                    if p.take_from_syscall(crate::p::_Pidle) {
                        trace_ev!(sched, ProcRetake, p.id, owner, 0, 0);
                        taken.push(p.clone());
                    }
                }
                _ => {}
            }
        }
    }
    let n = taken.len() as u32;
    for p in taken {
        sched.handoffp(p);
    }
    n
}

/// `preemptone`: ask the G running on `p` to stop at its next safepoint.
fn preemptone(sched: &Sched, p: &P) {
    if sched.config.preempt_off {
        return;
    }
    if let Some(g) = p.curg.lock().as_ref() {
        trace_ev!(sched, PreemptRequest, p.id, -1, g.id(), 0);
        g.0.preempt.store(true, Ordering::Relaxed);
    }
}

/// Go's `schedtrace` text (one line, or with `detailed` the P, M and G lines too).
pub(crate) fn schedtrace(sched: &Sched, now: u64, detailed: bool) -> String {
    use std::fmt::Write;
    let l = sched.lock();
    let allp = sched.allp.read();
    let mut s = String::new();
    let _ = write!(
        s,
        "SCHED {}ms: gomaxprocs={} idleprocs={} threads={} spinningthreads={} needspinning=0 idlethreads={} runqueue={}",
        now / 1_000_000,
        sched.gomaxprocs.load(Ordering::SeqCst),
        sched.npidle.load(Ordering::SeqCst),
        l.mcount + 1, // + sysmon
        sched.nmspinning.load(Ordering::SeqCst),
        l.midle.len(),
        sched.runq.len(),
    );
    if detailed {
        let _ = writeln!(
            s,
            " gcwaiting={} nmidlelocked=0 stopwait={} sysmonwait=false",
            sched.gcwaiting.load(Ordering::SeqCst),
            l.stopwait
        );
        for (i, p) in allp.iter().enumerate() {
            let m = p.m.load(Ordering::Relaxed);
            let _ = writeln!(
                s,
                "  P{i}: status={} schedtick={} syscalltick={} m={} runqsize={} gfreecnt={} timerslen={}",
                p.status(),
                p.schedtick.load(Ordering::Relaxed),
                p.syscalltick.load(Ordering::Relaxed),
                if m < 0 { "nil".to_string() } else { m.to_string() },
                p.runqsize(),
                p.gfree.lock().len(),
                // One heap for all Ps (time.rs): shown on P0.
                if i == 0 { sched.timers.active() } else { 0 },
            );
        }
        for m in sched.allm.lock().iter().rev() {
            let pid = m.pid.load(Ordering::Relaxed);
            let curg = Some(m.curgid.load(Ordering::Relaxed)).filter(|&id| id != 0);
            let blocked = l.midle.iter().any(|x| Arc::ptr_eq(x, m));
            let _ = writeln!(
                s,
                "  M{}: p={} curg={} mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning={} blocked={} lockedg=nil",
                m.id,
                if pid < 0 { "nil".to_string() } else { pid.to_string() },
                curg.map_or("nil".to_string(), |id| id.to_string()),
                m.is_spinning(),
                blocked,
            );
        }
        for g in sched.allgs.lock().iter() {
            let g: &G = &g.0;
            let m = g.m.load(Ordering::Relaxed);
            let _ = writeln!(
                s,
                "  G{}: status={}({}) m={} lockedm=nil",
                g.goid(),
                g.status(),
                g.waitreason().map_or("", |r| r.as_str()),
                if m < 0 {
                    "nil".to_string()
                } else {
                    m.to_string()
                },
            );
        }
    } else {
        for (i, p) in allp.iter().enumerate() {
            s.push(' ');
            if i == 0 {
                s.push_str("[ ");
            }
            let _ = write!(s, "{}", p.runqsize());
            if i == allp.len() - 1 {
                s.push_str(" ]");
            }
        }
        s.push_str(" schedticks=[ ");
        for p in allp.iter() {
            let _ = write!(s, "{} ", p.schedtick.load(Ordering::Relaxed));
        }
        s.push_str("]\n");
    }
    s
}
