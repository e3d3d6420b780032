//! Package `time`'s natives: the clocks, `Sleep`, and runtime timers for `Timer`,
//! `Ticker` and `AfterFunc`.
//!
//! A Go `Timer` or `Ticker` is known to the natives by its channel `c`: the channel it
//! sends on, or for `AfterFunc` a private channel nothing is ever sent on, which only
//! stands for the Timer value. [`REGISTRY`] maps that channel (by address) to the runtime
//! [`Timer`] and holds the channel weakly, so what the Go program can no longer reach can
//! be forgotten without a garbage collector, as Go 1.23 collects unreferenced timers:
//!
//! - a channel timer (`NewTimer`, `After`, `NewTicker`, `Tick`) sends through a weak
//!   reference too, so once nobody holds its channel nobody can observe it, and it is
//!   dropped (and so stopped) even if still armed;
//! - an `AfterFunc` timer must still run `f` when its Timer is unreachable, so it is
//!   dropped once its Timer is unreachable and it is not armed (stopped or fired).
//!
//! Dropping the runtime timer frees its callback and what that captures. Forgotten timers
//! are swept whenever the registry has doubled since the last sweep, so it never holds more
//! than about twice the reachable timers, at O(1) amortised cost per timer.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use minigo_runtime::chan::Chan;
use minigo_runtime::time::{start_instant, Timer};
use minigo_runtime::WaitReason;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;
use parking_lot::Mutex;

/// The registry never sweeps while smaller than this.
const MIN_SWEEP: usize = 1024;

struct Entry {
    /// The Go Timer's channel `c`.
    c: Weak<Chan<Value>>,
    timer: Timer,
    after_func: bool,
}

impl Entry {
    /// Whether the Go program can still stop, reset or observe the timer.
    fn reachable(&self) -> bool {
        self.c.strong_count() > 0 || (self.after_func && self.timer.active())
    }
}

struct Registry {
    /// By the address of the channel `c`.
    timers: HashMap<usize, Entry>,
    /// Armed `AfterFunc` timers whose channel was freed and its address reused.
    orphans: Vec<Entry>,
    /// The size at which the next sweep happens.
    sweep_at: usize,
}

static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(|| {
    Mutex::new(Registry {
        timers: HashMap::new(),
        orphans: Vec::new(),
        sweep_at: MIN_SWEEP,
    })
});

impl Registry {
    /// Adds the timer of channel `c`. A previous entry under the same address belonged to
    /// a channel that has been freed: it is dropped, or kept aside if it must still fire.
    fn insert(&mut self, c: &Arc<Chan<Value>>, e: Entry) {
        if self.timers.len() + self.orphans.len() >= self.sweep_at {
            self.timers.retain(|_, e| e.reachable());
            self.orphans.retain(Entry::reachable);
            self.sweep_at = (2 * (self.timers.len() + self.orphans.len())).max(MIN_SWEEP);
        }
        if let Some(old) = self.timers.insert(key(c), e) {
            if old.reachable() {
                self.orphans.push(old);
            }
        }
    }

    fn get(&self, c: &Value) -> Option<&Timer> {
        let Value::Chan(c) = c else { return None };
        self.timers.get(&key(c)).map(|e| &e.timer)
    }
}

fn key(c: &Arc<Chan<Value>>) -> usize {
    Arc::as_ptr(c) as usize
}

/// Wall clock (Unix seconds, nanoseconds) and monotonic nanoseconds since start (>= 1).
fn clocks() -> (i64, i64, i64) {
    let wall = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let mono = start_instant().elapsed().as_nanos() as i64 + 1;
    (wall.as_secs() as i64, wall.subsec_nanos() as i64, mono)
}

/// The current time as a `time.Time` value, laid out as the Go source declares it:
/// `{sec since year 1, nsec, mono, loc}`.
fn now_time(loc: &Value) -> Value {
    const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
    let (sec, nsec, mono) = clocks();
    Value::agg(vec![Value::Int(sec + UNIX_TO_INTERNAL), Value::Int(nsec), Value::Int(mono), loc.clone()])
}

fn now(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let (sec, nsec, mono) = clocks();
    Ok(vec![Value::Int(sec), Value::Int(nsec), Value::Int(mono)])
}

/// `localName() string`: Go names a UTC local zone "Local" when TZ is unset, else by TZ
/// (minigo takes every local zone to be UTC, so "UTC").
fn local_name(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::str(if std::env::var_os("TZ").is_some() { "UTC" } else { "Local" })])
}

fn duration(ns: i64) -> Duration {
    Duration::from_nanos(ns.max(0) as u64)
}

fn period(ns: i64) -> Option<Duration> {
    (ns > 0).then(|| duration(ns))
}

fn sleep(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let d = a[0].as_int();
    if d <= 0 {
        return Ok(vec![]);
    }
    let Some(rt) = cx.rt() else { return Err(cx.runtime_error("time.Sleep outside a goroutine")) };
    rt.sleep(duration(d));
    cx.park(WaitReason::Sleep);
    Ok(vec![])
}

/// `newTimer(c chan Time, f func(), d, period Duration, loc *Location)`: a runtime timer for
/// the Timer or Ticker whose channel is `c`, armed for `d` (periodically if period > 0).
/// When it fires it starts `f` in a new goroutine if `f` is not nil, else sends the current
/// time, seen in `loc`, on `c`.
fn new_timer(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Value::Chan(c) = &a[0] else { return Err(cx.runtime_error("time: timer without a channel")) };
    let (f, d, p, loc) = (a[1].clone(), a[2].as_int(), a[3].as_int(), a[4].clone());
    let after_func = !matches!(f, Value::Nil);
    let fire: Box<dyn FnMut() + Send> = if after_func {
        let spawner = cx.spawner();
        Box::new(move || spawner.spawn_global(f.clone(), Vec::new()))
    } else {
        let weak = Arc::downgrade(c);
        Box::new(move || {
            if let Some(c) = weak.upgrade() {
                // Dropped if the previous tick was not received, as Go's tickers do.
                c.try_send(now_time(&loc));
            }
        })
    };
    let timer = Timer::new(fire);
    timer.reset(duration(d), period(p));
    REGISTRY.lock().insert(c, Entry { c: Arc::downgrade(c), timer, after_func });
    Ok(vec![])
}

/// `stopTimer(c chan Time) bool`: disarms the timer, reporting whether it was armed.
fn stop_timer(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let was = REGISTRY.lock().get(&a[0]).is_some_and(Timer::stop);
    Ok(vec![Value::Bool(was)])
}

/// `resetTimer(c chan Time, d, period Duration) bool`: re-arms the timer, reporting whether
/// it was armed.
fn reset_timer(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (d, p) = (a[1].as_int(), a[2].as_int());
    let was = REGISTRY.lock().get(&a[0]).is_some_and(|t| t.reset(duration(d), period(p)));
    Ok(vec![Value::Bool(was)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("time", "now", now);
    r.register("time", "localName", local_name);
    r.register("time", "Sleep", sleep);
    r.register("time", "newTimer", new_timer);
    r.register("time", "stopTimer", stop_timer);
    r.register("time", "resetTimer", reset_timer);
}
