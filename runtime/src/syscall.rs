//! Syscalls (`proc.go`'s `entersyscall` / `exitsyscall` / `handoffp`): a task about to
//! block its OS thread in a native call keeps its P but marks it `_Psyscall`; `sysmon`
//! may retake the P and hand it to another M, so the other goroutines keep running.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::m::M;
use crate::p::{_Prunning, P};
use crate::sched::Sched;
use crate::trace::trace_ev;
use crate::GRef;

impl Sched {
    pub(crate) fn entersyscall(&self, m: &M, g: &GRef) {
        let Some(p) = m.p() else { return };
        if m.insyscall.swap(true, Ordering::Relaxed) {
            debug_assert!(false, "entersyscall twice");
            return;
        }
        trace_ev!(self, GoSysCall, p.id, m.id, g.id(), 0);
        g.0.set_syscall(true);
        p.syscalltick.fetch_add(1, Ordering::Relaxed);
        p.syscallwhen.store(self.nanotime(), Ordering::Relaxed);
        p.status.store(P::syscall_word(m.id), Ordering::Release);
    }

    /// `exitsyscall`: take our P back if sysmon did not retake it, else an idle P, else wait
    /// for one (Go parks the M and queues the G; here the task's Rust frame is still on this
    /// thread, so the M itself waits, first in line for the next P put back).
    pub(crate) fn exitsyscall(&self, m: &Arc<M>, g: &GRef) {
        if !m.insyscall.swap(false, Ordering::Relaxed) {
            debug_assert!(false, "exitsyscall without entersyscall");
            return;
        }
        let Some(p) = m.p() else { return };
        if p.status
            .compare_exchange(
                P::syscall_word(m.id),
                _Prunning,
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_ok()
        {
            trace_ev!(self, GoSysExit, p.id, m.id, g.id(), 1);
            g.0.set_syscall(false);
            return;
        }
        // The P is someone else's now: forget it without touching it.
        *m.p.lock() = None;
        m.pid.store(-1, Ordering::Relaxed);
        let mut l = self.lock();
        if !self.gcwaiting.load(Ordering::SeqCst) {
            if let Some(p) = self.pidleget(&mut l) {
                drop(l);
                trace_ev!(self, GoSysExit, p.id, m.id, g.id(), 0);
                self.acquirep(m, p);
                g.0.set_syscall(false);
                return;
            }
        }
        l.syswait.push_back(m.clone());
        self.nsyswait.fetch_add(1, Ordering::SeqCst);
        drop(l);
        loop {
            m.park.sleep(None);
            if let Some(p) = m.nextp.lock().take() {
                trace_ev!(self, GoSysExit, p.id, m.id, g.id(), 0);
                self.acquirep(m, p);
                break;
            }
            if self.exiting.load(Ordering::SeqCst) {
                return;
            }
        }
        g.0.set_syscall(false);
    }

    /// `handoffp`: a P taken from a syscall goes to a new M if there is work for it.
    pub(crate) fn handoffp(&self, p: Arc<P>) {
        let mut l = self.lock();
        if self.gcwaiting.load(Ordering::SeqCst) {
            self.pstop(&mut l, p);
            return;
        }
        if !p.runqempty() || !self.runq.is_empty() {
            self.startm(&mut l, p, false);
            return;
        }
        if self.nmspinning.load(Ordering::SeqCst) + self.npidle.load(Ordering::SeqCst) == 0
            && self
                .nmspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        {
            self.startm(&mut l, p, true);
            return;
        }
        self.pidleput(&mut l, p);
    }
}
