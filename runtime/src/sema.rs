//! Semaphores for `sync` (as `sema.go`): a counter with a FIFO queue of parked goroutines.
//! `sync.Mutex`, `RWMutex`, `WaitGroup` and `Cond` are written in Go (stdlib) on top of it.

use crate::{Ctx, GRef};

pub struct Sema {
    _p: (),
}

impl Sema {
    pub fn new(count: u32) -> Sema {
        let _ = count;
        todo!()
    }
    /// `semacquire`: true if acquired now; false if this G was queued (return
    /// `Step::Park(reason)`; when run again it holds the semaphore).
    pub fn acquire(&self, cx: &mut Ctx<'_>) -> bool {
        let _ = cx;
        todo!()
    }
    /// `semrelease`: wake the first waiter (handing it the count) or increment.
    pub fn release(&self) {
        todo!()
    }
    /// Wake every waiter (used by `Cond.Broadcast`).
    pub fn waiters(&self) -> Vec<GRef> {
        todo!()
    }
}
