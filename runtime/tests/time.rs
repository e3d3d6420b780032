//! Timers: wake order, Timer/Ticker/AfterFunc, stop and reset, timers keeping a program
//! alive, and stopped timers leaving the heap. Only order and causality are checked ("the
//! timer due earlier fires first", "Sleep(d) returns no earlier than d"), never how late
//! something happened: a loaded machine may delay any wake-up.
mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::{Duration, Instant};

use common::{config, recv, run_bounded, task};
use minigo_runtime::chan::{Chan, Sudog};
use minigo_runtime::time::{timerslen, Timer};
use minigo_runtime::{Exit, Step, WaitReason};

#[test]
fn sleeps_wake_in_deadline_order_and_never_early() {
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
                    o.lock().unwrap().push((ms, t0.elapsed()));
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
    assert_eq!(run_bounded(config(2), main, 30), Exit::Code(0));
    let order = order.lock().unwrap();
    for (i, &(ms, woke)) in order.iter().enumerate() {
        assert!(
            woke >= Duration::from_millis(ms),
            "sleep {ms}ms woke at {woke:?}"
        );
        // A later deadline may only get ahead of an earlier one that was due by then too
        // (two Ms can run due timers at once); on time, this is plain deadline order.
        for &(later_ms, _) in &order[i + 1..] {
            assert!(
                later_ms > ms || woke >= Duration::from_millis(later_ms),
                "sleep {ms}ms woke at {woke:?}, before sleep {later_ms}ms was due: {order:?}"
            );
        }
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
                // A stopped timer never fires: had it fired, its 99 (due first) would be
                // received before the 1.
                let c3 = c.clone();
                let stopped = Timer::new(Box::new(move || {
                    c3.try_send(99);
                }));
                stopped.reset(Duration::from_millis(10), None);
                assert!(stopped.stop());
                assert!(!stopped.stop());
                assert!(!stopped.active());
                timers.push(stopped);
                assert_eq!(timerslen(), 1, "only the armed timer is in the heap");
                phase = 1;
            }
            1 => match recv(&c, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(v) => {
                    assert_eq!(v, Some(1), "the stopped timer fired");
                    let e = t0.elapsed();
                    assert!(e >= Duration::from_millis(30), "fired early: {e:?}");
                    assert!(!timers[0].stop(), "a fired timer is no longer active");
                    assert_eq!(timerslen(), 0);
                    // Reset re-arms a fired timer.
                    assert!(!timers[0].reset(Duration::from_millis(5), None));
                    assert!(timers[0].reset(Duration::from_millis(5), None), "re-armed");
                    assert_eq!(timerslen(), 1, "Reset moves the entry, it adds none");
                    phase = 2;
                }
            },
            _ => match recv(&c, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(v) => {
                    assert_eq!(v, Some(1));
                    assert_eq!(c.len(), 0, "the stopped timer fired");
                    return Step::Exit;
                }
            },
        }
    });
    assert_eq!(run_bounded(config(2), main, 30), Exit::Code(0));
}

#[test]
fn ticker_ticks_until_stopped() {
    let ticks = Arc::new(AtomicU64::new(0));
    let c = Arc::new(Chan::<u64>::new(1));
    let mut ticker: Option<Timer> = None;
    let mut got = 0;
    let mut at_stop = 0;
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
            assert!(e >= Duration::from_millis(50), "5 ticks of 10ms in {e:?}");
            assert!(ticker.as_ref().unwrap().stop());
            assert_eq!(timerslen(), 0, "a stopped ticker leaves the heap");
            at_stop = tk.load(Ordering::SeqCst);
            // Four periods more: a ticker that kept ticking would tick meanwhile.
            cx.sleep(Duration::from_millis(40));
            return Step::Park(WaitReason::Sleep);
        }
        // A tick already taken from the heap when Stop ran may still be delivered.
        let n = tk.load(Ordering::SeqCst);
        assert!(
            n <= at_stop + 1,
            "ticker kept ticking after Stop: {at_stop} then {n}"
        );
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 30), Exit::Code(0));
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
    assert_eq!(run_bounded(config(2), main, 30), Exit::Code(0));
}

#[test]
fn long_sleep_never_returns_early() {
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
    assert_eq!(run_bounded(config(2), main, 30), Exit::Code(0));
    let e = t0.elapsed();
    assert!(e >= Duration::from_secs(1), "{e:?}");
}

#[test]
fn stopped_and_reset_timers_leave_no_heap_entries() {
    // The loops of `t := time.NewTimer(time.Hour); t.Stop()` and of a Reset timer: the
    // heap never holds more than the armed timers, and a stopped timer's callback (with
    // what it captures) is freed as soon as the timer is dropped.
    let payload = Arc::new([0u8; 1024]);
    let p2 = payload.clone();
    let mut max_len = 0;
    let main = task(move |_| {
        for _ in 0..100_000 {
            let held = p2.clone();
            let t = Timer::new(Box::new(move || {
                std::hint::black_box(&held);
            }));
            t.reset(Duration::from_secs(3600), None);
            max_len = max_len.max(timerslen());
            assert!(t.stop());
        }
        assert_eq!(max_len, 1);
        assert_eq!(timerslen(), 0);
        assert_eq!(
            Arc::strong_count(&p2),
            2,
            "dropped timers keep their callbacks"
        );

        let t = Timer::new(Box::new(|| {}));
        for i in 0..100_000u64 {
            t.reset(Duration::from_secs(3600 + i % 7), None);
        }
        assert_eq!(timerslen(), 1, "each Reset left an entry behind");

        // Armed timers that are dropped (like an unreachable `time.After`) are stopped.
        let armed: Vec<Timer> = (0..1000)
            .map(|_| {
                let held = p2.clone();
                let t = Timer::new(Box::new(move || {
                    std::hint::black_box(&held);
                }));
                t.reset(Duration::from_secs(3600), None);
                t
            })
            .collect();
        assert_eq!(timerslen(), 1001);
        drop(armed);
        assert_eq!(timerslen(), 1);
        assert_eq!(Arc::strong_count(&p2), 2);
        drop(t);
        assert_eq!(timerslen(), 0);
        Step::Exit
    });
    assert_eq!(run_bounded(config(1), main, 60), Exit::Code(0));
    assert_eq!(Arc::strong_count(&payload), 1);
}
