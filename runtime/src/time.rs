//! Timers, as Go 1.14+'s per-P timer heaps: `time.Sleep`, `time.Timer`, `time.Ticker`,
//! `AfterFunc`. An idle M waits on its condvar until the earliest deadline; pending timers
//! keep the program from being reported as deadlocked.

use std::time::{Duration, Instant};

/// A runtime timer: after `when`, `f` runs on some M (it must not block); a period makes it
/// a ticker.
pub struct Timer {
    _p: (),
}

impl Timer {
    pub fn new(f: Box<dyn FnMut() + Send>) -> Timer {
        let _ = f;
        todo!()
    }
    /// Arms or re-arms the timer (`Reset`); returns whether it was active.
    pub fn reset(&self, d: Duration, period: Option<Duration>) -> bool {
        let _ = (d, period);
        todo!()
    }
    /// Disarms (`Stop`); returns whether it was active.
    pub fn stop(&self) -> bool {
        todo!()
    }
}

/// The program's monotonic start, for `time.Now` and `schedtrace`.
pub fn start_instant() -> Instant {
    todo!()
}
