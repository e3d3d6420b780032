//! Timers, as in Go's `time.go`: `time.Sleep`, `time.Timer`, `time.Ticker`, `AfterFunc`.
//! minigo keeps one timer heap per scheduler (Go 1.14+ has one per P; one heap keeps the
//! idle-M protocol simple). Every `findRunnable` runs the due timers (`checkTimers`); the
//! first M to go idle while timers are pending sleeps only until the earliest deadline
//! (no polling: an idle program uses no CPU); arming a timer earlier than that deadline
//! wakes it (only then: see `poll_until`). Pending timers keep the program from being reported as deadlocked.
//!
//! The heap holds armed timers only. It is a 4-ary min-heap ordered by (deadline, arming
//! sequence), and each timer records its slot in it, so `deltimer` (Stop) and `modtimer`
//! (Reset) find their entry at once and fix the heap in O(log n): a stopped timer leaves the
//! heap immediately, together with the reference to its callback, and the heap's length is
//! always the number of armed timers. Dropping a [`Timer`] stops it; its callback `f` (and
//! what `f` captures) is freed as soon as the timer is neither armed nor held.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::sched::{current_sched, Sched};
use crate::GRef;

/// A runtime timer: after `when`, `f` runs on some M (it must not block); a period makes it
/// a ticker. Dropping the timer stops it.
pub struct Timer {
    inner: Arc<TimerInner>,
}

struct TimerInner {
    sched: Weak<Sched>,
    /// The timer's slot in its scheduler's heap, [`NOT_IN_HEAP`] while disarmed. Written
    /// only with that heap locked (so relaxed ordering suffices).
    index: AtomicUsize,
    f: Mutex<Box<dyn FnMut() + Send>>,
}

const NOT_IN_HEAP: usize = usize::MAX;

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
        self.inner
            .modtimer(deadline(d), period.filter(|p| !p.is_zero()))
    }
    /// Disarms (`Stop`); returns whether it was active. The heap entry goes at once.
    pub fn stop(&self) -> bool {
        self.inner.deltimer()
    }
    /// Whether the timer is armed (a one-shot timer that fired is not).
    pub fn active(&self) -> bool {
        self.inner.index.load(Ordering::Relaxed) != NOT_IN_HEAP
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        self.inner.deltimer();
    }
}

impl TimerInner {
    fn new(sched: Weak<Sched>, f: Box<dyn FnMut() + Send>) -> Arc<TimerInner> {
        Arc::new(TimerInner {
            sched,
            index: AtomicUsize::new(NOT_IN_HEAP),
            f: Mutex::new(f),
        })
    }

    /// `modtimer`: moves an armed timer's entry to `when`, or adds one; returns whether the
    /// timer was armed.
    fn modtimer(self: &Arc<Self>, when: Instant, period: Option<Duration>) -> bool {
        let Some(sched) = self.sched.upgrade() else {
            return false;
        };
        let (was, earlier) = {
            let mut heap = sched.timers.heap.lock();
            let seq = heap.next_seq();
            let i = self.index.load(Ordering::Relaxed);
            let was = i != NOT_IN_HEAP;
            if was {
                let e = &mut heap.entries[i];
                (e.when, e.seq, e.period) = (when, seq, period);
                heap.fix(i);
            } else {
                heap.doaddtimer(Entry {
                    when,
                    seq,
                    period,
                    t: self.clone(),
                });
            }
            (was, sched.timers.set_earliest(&heap))
        };
        if earlier {
            sched.wake_timer_m();
        }
        was
    }

    /// `deltimer`: removes the timer's entry if it is armed; returns whether it was.
    fn deltimer(&self) -> bool {
        let Some(sched) = self.sched.upgrade() else {
            return false;
        };
        let removed = {
            let mut heap = sched.timers.heap.lock();
            let i = self.index.load(Ordering::Relaxed);
            if i == NOT_IN_HEAP {
                return false;
            }
            let e = heap.remove(i);
            sched.timers.set_earliest(&heap);
            e
        };
        // The entry's reference to the timer is released outside the heap lock.
        drop(removed);
        true
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
    TimerInner::new(Arc::downgrade(sched), Box::new(move || crate::goready(&g)))
        .modtimer(deadline(d), None);
}

/// An armed timer's place in the heap.
struct Entry {
    when: Instant,
    /// Arming order: timers due at the same instant fire in the order they were armed.
    seq: u64,
    period: Option<Duration>,
    t: Arc<TimerInner>,
}

impl Entry {
    fn key(&self) -> (Instant, u64) {
        (self.when, self.seq)
    }
}

/// The heap proper: a 4-ary min-heap of entries by [`Entry::key`], each timer's `index`
/// kept equal to its entry's position.
#[derive(Default)]
struct TimerHeap {
    entries: Vec<Entry>,
    seq: u64,
}

impl TimerHeap {
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.entries.swap(i, j);
        self.entries[i].t.index.store(i, Ordering::Relaxed);
        self.entries[j].t.index.store(j, Ordering::Relaxed);
    }

    /// `doaddtimer`: adds an entry for a timer that is not in the heap.
    fn doaddtimer(&mut self, e: Entry) {
        let i = self.entries.len();
        e.t.index.store(i, Ordering::Relaxed);
        self.entries.push(e);
        self.siftup_timer(i);
    }

    /// Removes the entry in slot `i`; its timer is marked disarmed.
    fn remove(&mut self, i: usize) -> Entry {
        let last = self.entries.len() - 1;
        self.swap(i, last);
        let e = self.entries.pop().expect("slot i exists");
        if i < self.entries.len() {
            self.fix(i);
        }
        e.t.index.store(NOT_IN_HEAP, Ordering::Relaxed);
        e
    }

    /// Restores the heap order around slot `i` after its key changed.
    fn fix(&mut self, i: usize) {
        let i = self.siftup_timer(i);
        self.siftdown_timer(i);
    }

    /// `siftupTimer`: moves slot `i` towards the root; returns its final slot.
    fn siftup_timer(&mut self, mut i: usize) -> usize {
        while i > 0 {
            let parent = (i - 1) / 4;
            if self.entries[i].key() >= self.entries[parent].key() {
                break;
            }
            self.swap(i, parent);
            i = parent;
        }
        i
    }

    /// `siftdownTimer`: moves slot `i` towards the leaves.
    fn siftdown_timer(&mut self, mut i: usize) {
        loop {
            let first = 4 * i + 1;
            let last = (first + 4).min(self.entries.len());
            let Some(least) = (first..last).min_by_key(|&c| self.entries[c].key()) else {
                return;
            };
            if self.entries[least].key() >= self.entries[i].key() {
                return;
            }
            self.swap(i, least);
            i = least;
        }
    }
}

/// A scheduler's timers.
pub(crate) struct Timers {
    heap: Mutex<TimerHeap>,
    /// The heap top's deadline in ns since `start_instant` (`u64::MAX`: empty), so the
    /// check every `findRunnable` makes costs one load when nothing is due.
    earliest: AtomicU64,
    /// The heap's length, readable without its lock.
    len: AtomicUsize,
    /// Go's `sched.pollUntil`: the deadline (ns since `start_instant`) the sleeping timer M
    /// was given by `next_when`, lowered to every deadline it was woken for since. Only a
    /// timer due before it needs a wake-up: re-arming after a Stop (the context loop)
    /// costs no thread switch.
    poll_until: AtomicU64,
}

impl Default for Timers {
    fn default() -> Timers {
        Timers {
            heap: Mutex::default(),
            earliest: AtomicU64::new(u64::MAX),
            len: AtomicUsize::new(0),
            poll_until: AtomicU64::new(u64::MAX),
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
    /// Records the heap's new top and length; called with the heap locked after every
    /// change. Returns whether the top is now due before the timer M wakes up (it must be
    /// woken, or another M started).
    fn set_earliest(&self, heap: &TimerHeap) -> bool {
        let when = heap.entries.first().map_or(u64::MAX, |top| nanos(top.when));
        self.len.store(heap.entries.len(), Ordering::SeqCst);
        self.earliest.store(when, Ordering::Release);
        when < self.poll_until.fetch_min(when, Ordering::AcqRel)
    }

    /// Armed timers, i.e. the heap's length (what `checkdead` and `timerslen` look at).
    pub(crate) fn active(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    /// The earliest deadline of an armed timer, which the calling M (going idle as the
    /// timer M) will sleep until.
    pub(crate) fn next_when(&self) -> Option<Instant> {
        let heap = self.heap.lock();
        let when = heap.entries.first().map(|e| e.when);
        self.poll_until
            .store(when.map_or(u64::MAX, nanos), Ordering::Release);
        when
    }

    /// `checkTimers`: runs every timer that is due (`runtimer`), re-arming tickers.
    pub(crate) fn check(&self) {
        // No armed timer: no need to read the clock (this runs at every schedule).
        let earliest = self.earliest.load(Ordering::Acquire);
        if earliest == u64::MAX {
            return;
        }
        let now = Instant::now();
        if earliest > nanos(now) {
            return;
        }
        loop {
            let (t, fired) = {
                let mut heap = self.heap.lock();
                let Some(top) = heap.entries.first() else {
                    return;
                };
                if top.when > now {
                    return;
                }
                let t = top.t.clone();
                let fired = match top.period {
                    Some(period) => {
                        // Skip the ticks we are late for, like Go's `t.when += period * n`.
                        let behind = now.duration_since(top.when).as_nanos() / period.as_nanos();
                        let step = period
                            .as_nanos()
                            .saturating_mul(behind + 1)
                            .min(u64::MAX as u128);
                        let when = top.when + Duration::from_nanos(step as u64);
                        let seq = heap.next_seq();
                        (heap.entries[0].when, heap.entries[0].seq) = (when, seq);
                        heap.siftdown_timer(0);
                        None
                    }
                    None => Some(heap.remove(0)),
                };
                self.set_earliest(&heap);
                (t, fired)
            };
            // A fired one-shot entry is released outside the heap lock.
            drop(fired);
            (t.f.lock())();
        }
    }
}

/// `timerslen` (as `GODEBUG=scheddetail=1` prints it): the timers armed in the heap of the
/// calling goroutine's scheduler (or the most recent one). Stopped timers are never counted.
pub fn timerslen() -> usize {
    current_sched().map_or(0, |s| s.timers.active())
}

/// The program's monotonic start, for `time.Now` and `schedtrace`.
pub fn start_instant() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the heap order and that every timer knows its slot.
    fn check_invariants(h: &TimerHeap) {
        for (i, e) in h.entries.iter().enumerate() {
            assert_eq!(e.t.index.load(Ordering::Relaxed), i);
            if i > 0 {
                assert!(
                    h.entries[(i - 1) / 4].key() <= e.key(),
                    "slot {i} above its parent"
                );
            }
        }
    }

    #[test]
    fn heap_keeps_order_through_adds_removes_and_moves() {
        let base = Instant::now();
        let at = |ms: u64| base + Duration::from_millis(ms);
        let mut h = TimerHeap::default();
        let timers: Vec<Arc<TimerInner>> = (0..500)
            .map(|_| TimerInner::new(Weak::new(), Box::new(|| {})))
            .collect();
        // A scrambled permutation of deadlines, with ties.
        for (i, t) in timers.iter().enumerate() {
            let seq = h.next_seq();
            h.doaddtimer(Entry {
                when: at((i as u64 * 7919) % 200),
                seq,
                period: None,
                t: t.clone(),
            });
        }
        check_invariants(&h);
        for (i, t) in timers.iter().enumerate() {
            let slot = t.index.load(Ordering::Relaxed);
            match i % 4 {
                0 => {
                    h.remove(slot);
                    assert_eq!(t.index.load(Ordering::Relaxed), NOT_IN_HEAP);
                }
                1 => {
                    let seq = h.next_seq();
                    (h.entries[slot].when, h.entries[slot].seq) = (at(1000 - i as u64), seq);
                    h.fix(slot);
                }
                _ => {}
            }
            check_invariants(&h);
        }
        assert_eq!(h.entries.len(), 375);
        let mut last = None;
        while !h.entries.is_empty() {
            let e = h.remove(0);
            assert!(last <= Some(e.key()), "popped out of order");
            last = Some(e.key());
            check_invariants(&h);
        }
        assert!(timers
            .iter()
            .all(|t| t.index.load(Ordering::Relaxed) == NOT_IN_HEAP));
    }
}
