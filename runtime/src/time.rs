//! Timers, as in Go's `time.go`: `time.Sleep`, `time.Timer`, `time.Ticker`, `AfterFunc`.
//! minigo keeps one timer heap per scheduler (Go 1.14+ has one per P; one heap keeps the
//! idle-M protocol simple). Every `findRunnable` runs the due timers (`checkTimers`); the
//! first M to go idle while timers are pending sleeps only until the earliest deadline
//! (no polling: an idle program uses no CPU); arming a timer earlier than that deadline
//! wakes it. Pending timers keep the program from being reported as deadlocked.
//!
//! A stopped or re-armed timer leaves its old heap entry behind; the entry's sequence
//! number no longer matches and it is dropped when it comes due.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::sched::{current_sched, Sched};
use crate::GRef;

/// A runtime timer: after `when`, `f` runs on some M (it must not block); a period makes it
/// a ticker.
pub struct Timer {
    inner: Arc<TimerInner>,
}

struct TimerInner {
    sched: Weak<Sched>,
    f: Mutex<Box<dyn FnMut() + Send>>,
    state: Mutex<TimerState>,
}

struct TimerState {
    active: bool,
    /// Matches the heap entry that is currently meaningful.
    seq: u64,
    period: Option<Duration>,
}

impl Timer {
    /// A stopped timer of the calling goroutine's scheduler (or the most recent one).
    pub fn new(f: Box<dyn FnMut() + Send>) -> Timer {
        let sched = current_sched()
            .map(|s| Arc::downgrade(&s))
            .unwrap_or_default();
        Timer {
            inner: TimerInner::new(sched, f),
        }
    }
    /// Arms or re-arms the timer (`Reset`); returns whether it was active. A zero `period`
    /// is treated as none (Go's `NewTicker` rejects it before getting here). Without a
    /// running scheduler the timer cannot be armed and this returns false.
    pub fn reset(&self, d: Duration, period: Option<Duration>) -> bool {
        self.inner.arm(d, period)
    }
    /// Disarms (`Stop`); returns whether it was active.
    pub fn stop(&self) -> bool {
        let was = std::mem::replace(&mut self.inner.state.lock().active, false);
        if was {
            if let Some(sched) = self.inner.sched.upgrade() {
                sched.timers.active.fetch_sub(1, Ordering::SeqCst);
            }
        }
        was
    }
}

impl TimerInner {
    fn new(sched: Weak<Sched>, f: Box<dyn FnMut() + Send>) -> Arc<TimerInner> {
        Arc::new(TimerInner {
            sched,
            f: Mutex::new(f),
            state: Mutex::new(TimerState {
                active: false,
                seq: 0,
                period: None,
            }),
        })
    }

    fn arm(self: &Arc<Self>, d: Duration, period: Option<Duration>) -> bool {
        let Some(sched) = self.sched.upgrade() else {
            return false;
        };
        let seq = sched.timers.seq.fetch_add(1, Ordering::Relaxed) + 1;
        let was = {
            let mut st = self.state.lock();
            st.seq = seq;
            st.period = period.filter(|p| !p.is_zero());
            std::mem::replace(&mut st.active, true)
        };
        if !was {
            sched.timers.active.fetch_add(1, Ordering::SeqCst);
        }
        sched.timers.push(
            &sched,
            Entry {
                when: deadline(d),
                seq,
                t: self.clone(),
            },
        );
        was
    }
}

/// `now + d`, saturating (Go's `time.Sleep(math.MaxInt64)` must not overflow).
fn deadline(d: Duration) -> Instant {
    const CENTURY: Duration = Duration::from_secs(100 * 365 * 86_400);
    let now = Instant::now();
    now.checked_add(d)
        .or_else(|| now.checked_add(CENTURY))
        .unwrap_or(now)
}

/// `time.Sleep`: a one-shot timer that readies `g`.
pub(crate) fn sleep(sched: &Arc<Sched>, g: &GRef, d: Duration) {
    let g = g.clone();
    TimerInner::new(Arc::downgrade(sched), Box::new(move || crate::goready(&g))).arm(d, None);
}

struct Entry {
    when: Instant,
    seq: u64,
    t: Arc<TimerInner>,
}

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        (self.when, self.seq) == (o.when, o.seq)
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.when, self.seq).cmp(&(o.when, o.seq))
    }
}

/// A scheduler's timer heap.
pub(crate) struct Timers {
    heap: Mutex<BinaryHeap<Reverse<Entry>>>,
    /// The heap top's deadline in ns since `start_instant` (`u64::MAX`: empty), so the
    /// check every `findRunnable` makes costs one load when nothing is due.
    earliest: AtomicU64,
    /// Armed timers (what `checkdead` looks at).
    active: AtomicUsize,
    seq: AtomicU64,
}

impl Default for Timers {
    fn default() -> Timers {
        Timers {
            heap: Mutex::new(BinaryHeap::new()),
            earliest: AtomicU64::new(u64::MAX),
            active: AtomicUsize::new(0),
            seq: AtomicU64::new(0),
        }
    }
}

/// `t` in ns since `start_instant`.
fn nanos(t: Instant) -> u64 {
    t.saturating_duration_since(start_instant())
        .as_nanos()
        .min(u64::MAX as u128 - 1) as u64
}

impl Timers {
    /// Records the heap's new top; called with the heap locked.
    fn set_earliest(&self, heap: &BinaryHeap<Reverse<Entry>>) {
        let when = heap.peek().map_or(u64::MAX, |top| nanos(top.0.when));
        self.earliest.store(when, Ordering::Release);
    }

    pub(crate) fn active(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    pub(crate) fn len(&self) -> usize {
        self.heap.lock().len()
    }

    /// The earliest deadline in the heap (possibly of a stopped timer: a harmless early wake).
    pub(crate) fn next_when(&self) -> Option<Instant> {
        self.heap.lock().peek().map(|e| e.0.when)
    }

    fn push(&self, sched: &Sched, e: Entry) {
        let seq = e.seq;
        let earliest = {
            let mut heap = self.heap.lock();
            heap.push(Reverse(e));
            self.set_earliest(&heap);
            heap.peek().is_some_and(|top| top.0.seq == seq)
        };
        if earliest {
            sched.wake_timer_m();
        }
    }

    /// `checkTimers`: runs every timer that is due, re-arming tickers.
    pub(crate) fn check(&self, sched: &Sched) {
        let now = Instant::now();
        if self.earliest.load(Ordering::Acquire) > nanos(now) {
            return;
        }
        loop {
            let e = {
                let mut heap = self.heap.lock();
                match heap.peek() {
                    Some(top) if top.0.when <= now => {
                        let e = heap.pop().expect("peeked").0;
                        self.set_earliest(&heap);
                        e
                    }
                    _ => return,
                }
            };
            let rearm = {
                let mut st = e.t.state.lock();
                if !st.active || st.seq != e.seq {
                    continue; // stopped or re-armed since this entry was pushed
                }
                match st.period {
                    Some(period) => {
                        // Skip the ticks we are late for, like Go's `t.when += period * n`.
                        let behind = now.duration_since(e.when).as_nanos() / period.as_nanos();
                        let step = period
                            .as_nanos()
                            .saturating_mul(behind + 1)
                            .min(u64::MAX as u128);
                        let when = e.when + Duration::from_nanos(step as u64);
                        st.seq = self.seq.fetch_add(1, Ordering::Relaxed) + 1;
                        Some(Entry {
                            when,
                            seq: st.seq,
                            t: e.t.clone(),
                        })
                    }
                    None => {
                        st.active = false;
                        self.active.fetch_sub(1, Ordering::SeqCst);
                        None
                    }
                }
            };
            if let Some(next) = rearm {
                self.push(sched, next);
            }
            (e.t.f.lock())();
        }
    }
}

/// The program's monotonic start, for `time.Now` and `schedtrace`.
pub fn start_instant() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}
