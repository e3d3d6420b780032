//! Stopping the world for `runtime.GOMAXPROCS(n)` and for a garbage collection cycle
//! (`stopTheWorld` / `procresize` / `startTheWorld`): every running G is asked to stop at
//! its next safepoint, idle and syscall Ps are taken at once, and the last P to stop
//! installs the new P set and restarts the world (for a collection, it wakes the
//! collecting M instead, which restarts the world when the cycle is done: `mgc.rs`).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::m::M;
use crate::p::{_Pgcstop, P};
use crate::program::MAX_GOMAXPROCS;
use crate::sched::{current_sched, Sched, SchedLocked};
use crate::trace::trace_ev;
use crate::Config;

impl Sched {
    /// `GOMAXPROCS(n)`: starts a stop-the-world that installs `n` Ps once every P stopped.
    pub(crate) fn set_gomaxprocs(&self, n: i32) -> i32 {
        let mut l = self.lock();
        let old = l
            .newprocs
            .unwrap_or(self.gomaxprocs.load(Ordering::SeqCst) as usize) as i32;
        if n <= 0 {
            return old;
        }
        l.newprocs = Some((n as usize).min(MAX_GOMAXPROCS));
        if !self.gcwaiting.swap(true, Ordering::SeqCst) {
            trace_ev!(self, StwStart, -1, -1, 0, 1);
            self.stop_all_ps(&mut l);
            if l.stopwait == 0 {
                self.start_the_world(&mut l);
            }
        }
        old
    }

    /// The start of a stop-the-world (`gcwaiting` already set): idle and syscall Ps stop at
    /// once, running goroutines are asked to stop at their next safepoint; `stopwait`
    /// counts the Ps still running.
    pub(crate) fn stop_all_ps(&self, l: &mut SchedLocked) {
        let allp = self.allp.read();
        l.stopwait = allp.len();
        for p in std::mem::take(&mut l.pidle) {
            self.npidle.fetch_sub(1, Ordering::SeqCst);
            p.status.store(_Pgcstop, Ordering::Release);
            l.stopwait -= 1;
        }
        for p in allp.iter() {
            if p.take_from_syscall(_Pgcstop) {
                l.stopwait -= 1;
            } else if let Some(g) = p.curg.lock().as_ref() {
                g.0.preempt.store(true, Ordering::Relaxed);
            }
        }
    }

    /// `gcstopm`: this M's P stops for the stop-the-world; the last one restarts the world.
    pub(crate) fn gcstopm(&self, m: &Arc<M>) {
        self.dropspinning(m);
        let p = self.releasep(m);
        self.pstop(&mut self.lock(), p);
        self.stopm(m);
    }

    pub(crate) fn pstop(&self, l: &mut SchedLocked, p: Arc<P>) {
        p.status.store(_Pgcstop, Ordering::Release);
        l.stopwait -= 1;
        if l.stopwait == 0 {
            if l.gc_running {
                // The collecting M waits for the last P (mgc.rs) and restarts the world.
                self.stw_cv.notify_all();
            } else {
                self.start_the_world(l);
            }
        }
    }

    /// `startTheWorld` + `procresize`: install `newprocs` Ps (Gs of removed Ps go to the
    /// global queue), give Ps with work to Ms, the rest to the idle list.
    pub(crate) fn start_the_world(&self, l: &mut SchedLocked) {
        let resize = l.newprocs.is_some();
        let n = l
            .newprocs
            .take()
            .unwrap_or(self.gomaxprocs.load(Ordering::SeqCst) as usize)
            .max(1);
        let ps = {
            let mut allp = self.allp.write();
            let old = allp.len();
            allp.extend((old..n).map(|i| Arc::new(P::new(i))));
            for p in allp.drain(n..) {
                for g in p.drain() {
                    self.runq.push(g);
                }
                self.gfree.lock().append(&mut p.gfree.lock());
                p.status.store(crate::p::_Pdead, Ordering::Release);
            }
            allp.clone()
        };
        if self.gomaxprocs.swap(n as u32, Ordering::SeqCst) != n as u32 {
            trace_ev!(self, GoMaxProcs, -1, -1, 0, n);
        }
        self.gcwaiting.store(false, Ordering::SeqCst);
        trace_ev!(self, StwEnd, -1, -1, 0, resize);
        for p in ps {
            if !p.runqempty() {
                self.startm(l, p, false);
            } else {
                self.pidleput(l, p);
            }
        }
        // Preempted Gs are on the global queue, or a collection was requested while the
        // world was stopped: start a spinning M for them.
        if (!self.runq.is_empty() || crate::mgc::gc_pending())
            && self
                .nmspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        {
            match self.pidleget(l) {
                Some(p) => self.startm(l, p, true),
                None => {
                    self.nmspinning.fetch_sub(1, Ordering::SeqCst);
                }
            }
        }
    }
}

pub(crate) fn gomaxprocs(n: i32) -> i32 {
    match current_sched() {
        Some(sched) => sched.set_gomaxprocs(n),
        None => Config::from_env().gomaxprocs as i32,
    }
}
