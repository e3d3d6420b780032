//! Package `time`'s natives: the clocks, `Sleep`, and runtime timers for `Timer`,
//! `Ticker` and `AfterFunc`.
//!
//! A Go `Timer` holds an integer handle into [`TIMERS`]. A one-shot timer that fires is
//! forgotten (its handle is recorded in `fired` and swept on the next timer operation,
//! outside the runtime's timer callback), so loops over `time.After` do not accumulate
//! timers; `Reset` of a forgotten handle makes the Go side create a fresh timer.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use minigo_runtime::time::{start_instant, Timer};
use minigo_runtime::WaitReason;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;
use parking_lot::Mutex;

struct Entry {
    timer: Timer,
    /// Times armed; a firing records the count it saw, so a re-armed timer is kept.
    arms: Arc<AtomicU64>,
}

#[derive(Default)]
struct Timers {
    next_id: i64,
    live: HashMap<i64, Entry>,
    /// `(handle, arms)` of one-shot timers that fired.
    fired: Vec<(i64, u64)>,
}

static TIMERS: LazyLock<Mutex<Timers>> = LazyLock::new(Default::default);
static FIRED: LazyLock<Mutex<Vec<(i64, u64)>>> = LazyLock::new(Default::default);

impl Timers {
    /// Drops the one-shot timers that fired and were not re-armed since.
    fn sweep(&mut self) {
        let fired = std::mem::take(&mut *FIRED.lock());
        self.fired.extend(fired);
        for (id, arms) in std::mem::take(&mut self.fired) {
            if self.live.get(&id).is_some_and(|e| e.arms.load(Ordering::SeqCst) == arms) {
                self.live.remove(&id);
            }
        }
    }
}

/// Wall clock (Unix seconds, nanoseconds) and monotonic nanoseconds since start (>= 1).
fn clocks() -> (i64, i64, i64) {
    let wall = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let mono = start_instant().elapsed().as_nanos() as i64 + 1;
    (wall.as_secs() as i64, wall.subsec_nanos() as i64, mono)
}

/// A `time.Time` value as the Go source lays it out: `{sec since year 1, nsec, mono}`.
fn now_time() -> Value {
    const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
    let (sec, nsec, mono) = clocks();
    Value::agg(vec![Value::Int(sec + UNIX_TO_INTERNAL), Value::Int(nsec), Value::Int(mono)])
}

fn now(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let (sec, nsec, mono) = clocks();
    Ok(vec![Value::Int(sec), Value::Int(nsec), Value::Int(mono)])
}

fn duration(ns: i64) -> Duration {
    Duration::from_nanos(ns.max(0) as u64)
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

/// `newTimer(c chan Time, f func(), d, period Duration) int64`.
fn new_timer(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (c, f, d, period) = (a[0].clone(), a[1].clone(), a[2].as_int(), a[3].as_int());
    let mut timers = TIMERS.lock();
    timers.sweep();
    timers.next_id += 1;
    let id = timers.next_id;
    let arms = Arc::new(AtomicU64::new(0));
    let seen = arms.clone();
    let spawner = cx.spawner();
    let one_shot = period <= 0;
    let fire: Box<dyn FnMut() + Send> = Box::new(move || {
        match &c {
            Value::Chan(ch) => {
                // Dropped if the previous tick was not received, as Go's tickers do.
                ch.try_send(now_time());
            }
            _ => spawner.spawn_global(f.clone(), Vec::new()),
        }
        if one_shot {
            FIRED.lock().push((id, seen.load(Ordering::SeqCst)));
        }
    });
    let timer = Timer::new(fire);
    arms.fetch_add(1, Ordering::SeqCst);
    timer.reset(duration(d), (period > 0).then(|| duration(period)));
    timers.live.insert(id, Entry { timer, arms });
    Ok(vec![Value::Int(id)])
}

/// `stopTimer(id int64) bool`.
fn stop_timer(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let mut timers = TIMERS.lock();
    timers.sweep();
    let was = timers.live.get(&a[0].as_int()).is_some_and(|e| e.timer.stop());
    Ok(vec![Value::Bool(was)])
}

/// `resetTimer(id int64, d, period Duration) int`: 1 was armed, 0 was not, -1 unknown.
fn reset_timer(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (id, d, period) = (a[0].as_int(), a[1].as_int(), a[2].as_int());
    let mut timers = TIMERS.lock();
    timers.sweep();
    let r = match timers.live.get(&id) {
        Some(e) => {
            e.arms.fetch_add(1, Ordering::SeqCst);
            e.timer.reset(duration(d), (period > 0).then(|| duration(period))) as i64
        }
        None => -1,
    };
    Ok(vec![Value::Int(r)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("time", "now", now);
    r.register("time", "Sleep", sleep);
    r.register("time", "newTimer", new_timer);
    r.register("time", "stopTimer", stop_timer);
    r.register("time", "resetTimer", reset_timer);
}
