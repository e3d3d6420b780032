//! Semaphores for `sync` (as `sema.go`): a counter with a FIFO queue of parked goroutines.
//! `sync.Mutex`, `RWMutex`, `WaitGroup` and `Cond` are written in Go (stdlib) on top of it.
//!
//! Two forms: a [`Sema`] object, and Go's address-keyed table (`semroot`): [`semacquire`] /
//! [`semrelease`] with a `usize` key (the address of the Go variable), in 251 shards like
//! Go's `semtable`; an entry exists only while it has a count or waiters.

use std::collections::{HashMap, VecDeque};
use std::sync::LazyLock;

use parking_lot::Mutex;

use crate::{goready, Ctx, GRef};

/// A counter and its FIFO of waiting Gs (`semaRoot` for one address).
#[derive(Default)]
struct SemaState {
    count: u32,
    waiters: VecDeque<GRef>,
}

impl SemaState {
    /// True if acquired; else `g` is queued.
    fn acquire(&mut self, g: &GRef) -> bool {
        if self.count > 0 {
            self.count -= 1;
            return true;
        }
        self.waiters.push_back(g.clone());
        false
    }

    /// Hands the count to the first waiter (returned, to be readied) or keeps it.
    fn release(&mut self) -> Option<GRef> {
        let g = self.waiters.pop_front();
        if g.is_none() {
            self.count = self.count.saturating_add(1);
        }
        g
    }

    fn is_unused(&self) -> bool {
        self.count == 0 && self.waiters.is_empty()
    }
}

pub struct Sema {
    state: Mutex<SemaState>,
}

impl Sema {
    pub fn new(count: u32) -> Sema {
        Sema {
            state: Mutex::new(SemaState {
                count,
                waiters: VecDeque::new(),
            }),
        }
    }
    /// `semacquire`: true if acquired now; false if this G was queued (return
    /// `Step::Park(reason)`; when run again it holds the semaphore).
    pub fn acquire(&self, cx: &mut Ctx<'_>) -> bool {
        self.state.lock().acquire(cx.g())
    }
    /// `semrelease`: wake the first waiter (handing it the count) or increment.
    pub fn release(&self) {
        let g = self.state.lock().release();
        if let Some(g) = g {
            goready(&g);
        }
    }
    /// Wakes every waiter (used by `Cond.Broadcast`), as if `release` were called once per
    /// waiter: each wakes holding the semaphore. Returns the woken Gs, already readied — do
    /// not `goready` them again.
    pub fn waiters(&self) -> Vec<GRef> {
        let woken: Vec<GRef> = self.state.lock().waiters.drain(..).collect();
        for g in &woken {
            goready(g);
        }
        woken
    }
}

const SEMTABSZ: usize = 251;

static SEMTABLE: LazyLock<Vec<Mutex<HashMap<usize, SemaState>>>> =
    LazyLock::new(|| (0..SEMTABSZ).map(|_| Mutex::new(HashMap::new())).collect());

fn semroot(key: usize) -> &'static Mutex<HashMap<usize, SemaState>> {
    &SEMTABLE[(key >> 3) % SEMTABSZ]
}

/// `semacquire(addr)`: true if acquired now; false if this G was queued on `key` (park with
/// the caller's wait reason; when run again it holds the semaphore).
pub fn semacquire(cx: &mut Ctx<'_>, key: usize) -> bool {
    let mut table = semroot(key).lock();
    let root = table.entry(key).or_default();
    let acquired = root.acquire(cx.g());
    if root.is_unused() {
        table.remove(&key);
    }
    acquired
}

/// `semrelease(addr)`: wakes the first G queued on `key` (handing it the count) or increments
/// `key`'s count.
pub fn semrelease(key: usize) {
    let g = {
        let mut table = semroot(key).lock();
        let root = table.entry(key).or_default();
        let g = root.release();
        if root.is_unused() {
            table.remove(&key);
        }
        g
    };
    if let Some(g) = g {
        goready(&g);
    }
}
