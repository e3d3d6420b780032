//! Timers: sleep accuracy, Timer/Ticker/AfterFunc, stop and reset, timers keeping a
//! program alive.
mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::{Duration, Instant};

use common::{config, recv, run_bounded, task};
use minigo_runtime::chan::{Chan, Sudog};
use minigo_runtime::time::Timer;
use minigo_runtime::{Exit, Step, WaitReason};

#[test]
fn sleeps_wake_in_deadline_order_and_on_time() {
    let order = Arc::new(Mutex::new(Vec::new()));
    let done = Arc::new(Chan::<()>::new(5));
    let (o, d) = (order.clone(), done.clone());
    let mut started = false;
    let mut got = 0;
    let mut p: Option<Arc<Sudog<()>>> = None;
    let t0 = Instant::now();
    let main = task(move |cx| {
        if !started {
            started = true;
            for ms in [200u64, 40, 160, 80, 120] {
                let (o, d) = (o.clone(), d.clone());
                let mut slept = false;
                cx.spawn(task(move |cx| {
                    if !slept {
                        slept = true;
                        cx.sleep(Duration::from_millis(ms));
                        return Step::Park(WaitReason::Sleep);
                    }
                    let late = t0.elapsed().as_millis() as i64 - ms as i64;
                    o.lock().unwrap().push((ms, late));
                    assert!(d.try_send(()));
                    Step::Exit
                }));
            }
        }
        while got < 5 {
            match recv(&done, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => got += 1,
            }
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 10), Exit::Code(0));
    let order = order.lock().unwrap();
    assert_eq!(
        order.iter().map(|x| x.0).collect::<Vec<_>>(),
        [40, 80, 120, 160, 200]
    );
    for &(ms, late) in order.iter() {
        assert!((0..=50).contains(&late), "sleep {ms}ms woke {late}ms late");
    }
}

#[test]
fn timer_fires_once_and_stop_reset_report_activity() {
    let c = Arc::new(Chan::<u64>::new(1));
    let mut phase = 0;
    let mut p: Option<Arc<Sudog<u64>>> = None;
    let mut timers: Vec<Timer> = Vec::new();
    let mut t0 = Instant::now();
    let main = task(move |cx| loop {
        match phase {
            0 => {
                let c2 = c.clone();
                let t = Timer::new(Box::new(move || {
                    c2.try_send(1);
                }));
                t0 = Instant::now();
                assert!(
                    !t.reset(Duration::from_millis(30), None),
                    "a new timer is not active"
                );
                timers.push(t);
                // A stopped timer never fires.
                let c3 = c.clone();
                let stopped = Timer::new(Box::new(move || {
                    c3.try_send(99);
                }));
                stopped.reset(Duration::from_millis(10), None);
                assert!(stopped.stop());
                assert!(!stopped.stop());
                timers.push(stopped);
                phase = 1;
            }
            1 => match recv(&c, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(v) => {
                    assert_eq!(v, Some(1));
                    let e = t0.elapsed();
                    assert!(
                        e >= Duration::from_millis(30) && e < Duration::from_millis(80),
                        "{e:?}"
                    );
                    assert!(!timers[0].stop(), "a fired timer is no longer active");
                    // Reset re-arms a fired timer.
                    assert!(!timers[0].reset(Duration::from_millis(5), None));
                    phase = 2;
                }
            },
            2 => match recv(&c, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(v) => {
                    assert_eq!(v, Some(1));
                    cx.sleep(Duration::from_millis(30));
                    phase = 3;
                    return Step::Park(WaitReason::Sleep);
                }
            },
            _ => {
                assert_eq!(c.len(), 0, "the stopped timer fired");
                return Step::Exit;
            }
        }
    });
    assert_eq!(run_bounded(config(2), main, 10), Exit::Code(0));
}

#[test]
fn ticker_ticks_until_stopped() {
    let ticks = Arc::new(AtomicU64::new(0));
    let c = Arc::new(Chan::<u64>::new(1));
    let mut ticker: Option<Timer> = None;
    let mut got = 0;
    let mut p: Option<Arc<Sudog<u64>>> = None;
    let t0 = Instant::now();
    let tk = ticks.clone();
    let main = task(move |cx| {
        if ticker.is_none() {
            let c2 = c.clone();
            let tk = tk.clone();
            let t = Timer::new(Box::new(move || {
                tk.fetch_add(1, Ordering::SeqCst);
                c2.try_send(0); // like time.Ticker: a slow reader drops ticks
            }));
            t.reset(Duration::from_millis(10), Some(Duration::from_millis(10)));
            ticker = Some(t);
        }
        while got < 5 {
            match recv(&c, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => got += 1,
            }
        }
        if got == 5 {
            got += 1;
            let e = t0.elapsed();
            assert!(
                e >= Duration::from_millis(50) && e < Duration::from_millis(150),
                "{e:?}"
            );
            assert!(ticker.as_ref().unwrap().stop());
            cx.sleep(Duration::from_millis(40));
            return Step::Park(WaitReason::Sleep);
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 10), Exit::Code(0));
    let n = ticks.load(Ordering::SeqCst);
    assert!((5..=6).contains(&n), "ticker kept ticking after Stop: {n}");
}

#[test]
fn after_func_wakes_an_otherwise_deadlocked_program() {
    // main blocks on a channel nobody else can send to, except an AfterFunc goroutine:
    // the pending timer must keep checkdead quiet.
    let c = Arc::new(Chan::<u64>::new(0));
    let mut armed: Option<Timer> = None;
    let mut p: Option<Arc<Sudog<u64>>> = None;
    let main = task(move |cx| {
        if armed.is_none() {
            let c2 = c.clone();
            let t = Timer::new(Box::new(move || {
                let c3 = c2.clone();
                let mut ps = None;
                minigo_runtime::spawn_global(task(move |cx| {
                    match common::send(&c3, cx, 42, &mut ps) {
                        Poll::Pending => Step::Park(WaitReason::ChanSend),
                        Poll::Ready(r) => {
                            r.unwrap();
                            Step::Exit
                        }
                    }
                }));
            }));
            t.reset(Duration::from_millis(50), None);
            armed = Some(t);
        }
        match recv(&c, cx, &mut p) {
            Poll::Pending => Step::Park(WaitReason::ChanReceive),
            Poll::Ready(v) => {
                assert_eq!(v, Some(42));
                Step::Exit
            }
        }
    });
    assert_eq!(run_bounded(config(2), main, 10), Exit::Code(0));
}

#[test]
fn long_sleep_is_accurate() {
    let mut slept = false;
    let t0 = Instant::now();
    let main = task(move |cx| {
        if !slept {
            slept = true;
            cx.sleep(Duration::from_secs(1));
            return Step::Park(WaitReason::Sleep);
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 10), Exit::Code(0));
    let e = t0.elapsed();
    assert!(
        e >= Duration::from_secs(1) && e < Duration::from_millis(1100),
        "{e:?}"
    );
}
