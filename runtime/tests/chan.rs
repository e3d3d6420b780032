//! Channels and select: buffered/unbuffered semantics, close, FIFO order, many goroutines,
//! select fairness and exactly-once completion.
mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::Poll;

use common::{config, recv, run_bounded, send, task};
use minigo_runtime::chan::{select, Chan, SelectCase, SelectResult, SelectWait, Sudog};
use minigo_runtime::{Ctx, Exit, Step, Task, WaitReason};

type Pending<T> = Option<Arc<Sudog<T>>>;

/// Sends `vals` in order on `c`, then optionally closes it.
fn sender(c: Arc<Chan<u64>>, vals: Vec<u64>, close: bool) -> Box<dyn Task> {
    let mut i = 0;
    let mut p: Pending<u64> = None;
    task(move |cx| {
        while i < vals.len() {
            match send(&c, cx, vals[i], &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanSend),
                Poll::Ready(r) => {
                    r.expect("send on closed channel");
                    i += 1;
                }
            }
        }
        if close {
            c.close().unwrap();
        }
        Step::Exit
    })
}

/// Receives until `c` is closed, appending to `out`.
struct Collector {
    c: Arc<Chan<u64>>,
    out: Arc<Mutex<Vec<u64>>>,
    p: Pending<u64>,
    spawn: Option<Box<dyn Task>>,
}

impl Task for Collector {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        if let Some(t) = self.spawn.take() {
            cx.spawn(t);
        }
        loop {
            match recv(&self.c, cx, &mut self.p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(Some(v)) => self.out.lock().unwrap().push(v),
                Poll::Ready(None) => return Step::Exit,
            }
        }
    }
}

fn transfer(cap: usize, n: u64, procs: usize) -> Vec<u64> {
    let c = Arc::new(Chan::new(cap));
    let out = Arc::new(Mutex::new(Vec::new()));
    let main = Collector {
        c: c.clone(),
        out: out.clone(),
        p: None,
        spawn: Some(sender(c, (0..n).collect(), true)),
    };
    assert_eq!(
        run_bounded(config(procs), Box::new(main), 20),
        Exit::Code(0)
    );
    let v = out.lock().unwrap().clone();
    v
}

#[test]
fn unbuffered_channel_delivers_in_order() {
    assert_eq!(transfer(0, 1000, 2), (0..1000).collect::<Vec<_>>());
}

#[test]
fn buffered_channel_delivers_in_order_with_blocked_senders() {
    // cap 3 with a fast sender: the receiver often finds a full buffer and a parked sender
    // (take the head, move the sender's value to the tail).
    assert_eq!(transfer(3, 1000, 1), (0..1000).collect::<Vec<_>>());
    assert_eq!(transfer(3, 1000, 2), (0..1000).collect::<Vec<_>>());
}

#[test]
fn close_semantics() {
    let r = run_bounded(
        config(1),
        task(|cx| {
            let c = Arc::new(Chan::<u64>::new(2));
            assert!(matches!(
                c.send(cx, 1),
                minigo_runtime::chan::SendResult::Done
            ));
            assert!(matches!(
                c.send(cx, 2),
                minigo_runtime::chan::SendResult::Done
            ));
            assert_eq!((c.len(), c.cap()), (2, 2));
            assert!(!c.try_send(3), "full buffer");
            c.close().unwrap();
            assert!(c.close().is_err(), "close of closed channel");
            assert!(matches!(
                c.send(cx, 4),
                minigo_runtime::chan::SendResult::Closed(4)
            ));
            // buffered values survive close, then the zero value with ok=false
            let mut p = None;
            assert_eq!(recv(&c, cx, &mut p), Poll::Ready(Some(1)));
            assert_eq!(recv(&c, cx, &mut p), Poll::Ready(Some(2)));
            assert_eq!(recv(&c, cx, &mut p), Poll::Ready(None));
            Step::Exit
        }),
        10,
    );
    assert_eq!(r, Exit::Code(0));
}

#[test]
fn close_wakes_parked_receivers_and_senders() {
    const N: usize = 50;
    let c = Arc::new(Chan::<u64>::new(0));
    let results = Arc::new(Mutex::new(Vec::new()));
    let done = Arc::new(Chan::<()>::new(2 * N));
    let (c2, r2, d2) = (c.clone(), results.clone(), done.clone());
    let mut phase = 0;
    let mut got = 0;
    let mut p: Pending<()> = None;
    let main = task(move |cx| {
        if phase == 0 {
            phase = 1;
            for i in 0..2 * N {
                let (c, r, d) = (c2.clone(), r2.clone(), d2.clone());
                let mut ps: Pending<u64> = None;
                cx.spawn(task(move |cx| {
                    let outcome = if i % 2 == 0 {
                        match recv(&c, cx, &mut ps) {
                            Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                            Poll::Ready(v) => format!("recv {v:?}"),
                        }
                    } else {
                        match send(&c, cx, 7, &mut ps) {
                            Poll::Pending => return Step::Park(WaitReason::ChanSend),
                            Poll::Ready(r) => format!("send {r:?}"),
                        }
                    };
                    r.lock().unwrap().push(outcome);
                    assert!(d.try_send(()));
                    Step::Exit
                }));
            }
            cx.sleep(std::time::Duration::from_millis(30));
            return Step::Park(WaitReason::Sleep);
        }
        if phase == 1 {
            phase = 2;
            c2.close().unwrap();
        }
        while got < 2 * N {
            match recv(&done, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => got += 1,
            }
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 20), Exit::Code(0));
    let rs = results.lock().unwrap();
    // Receivers and senders met each other before the close, or were woken by it.
    let paired = rs.iter().filter(|s| *s == "recv Some(7)").count();
    assert_eq!(rs.iter().filter(|s| *s == "send Ok(())").count(), paired);
    assert_eq!(rs.iter().filter(|s| *s == "recv None").count(), N - paired);
    assert_eq!(
        rs.iter().filter(|s| *s == "send Err(())").count(),
        N - paired
    );
}

/// `workers` goroutines, half senders and half receivers, over `nchan` channels: each
/// sender sends `per` distinct values, each receiver takes `per`; nothing may be lost or
/// duplicated.
fn many_to_many(workers: u64, per: u64, nchan: u64, cap: usize) {
    let chans: Arc<Vec<Arc<Chan<u64>>>> =
        Arc::new((0..nchan).map(|_| Arc::new(Chan::new(cap))).collect());
    let received = Arc::new(Mutex::new(Vec::new()));
    let pairs = workers / 2;
    let done = Arc::new(Chan::<()>::new(pairs as usize));
    let (cs, rcv, dn) = (chans.clone(), received.clone(), done.clone());
    let mut started = false;
    let mut got = 0;
    let mut p: Pending<()> = None;
    let main = task(move |cx| {
        if !started {
            started = true;
            for w in 0..pairs {
                let c = cs[(w % nchan) as usize].clone();
                cx.spawn(sender(
                    c.clone(),
                    (0..per).map(|i| w * per + i).collect(),
                    false,
                ));
                let (rcv, dn) = (rcv.clone(), dn.clone());
                let mut mine = Vec::with_capacity(per as usize);
                let mut pr: Pending<u64> = None;
                cx.spawn(task(move |cx| {
                    while (mine.len() as u64) < per {
                        match recv(&c, cx, &mut pr) {
                            Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                            Poll::Ready(v) => mine.push(v.expect("channel closed")),
                        }
                    }
                    rcv.lock().unwrap().append(&mut mine);
                    assert!(dn.try_send(()));
                    Step::Exit
                }));
            }
        }
        while got < pairs {
            match recv(&dn, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => got += 1,
            }
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 120), Exit::Code(0));
    let mut all = received.lock().unwrap().clone();
    all.sort_unstable();
    assert_eq!(all.len() as u64, pairs * per, "lost messages");
    assert!(
        all.iter().copied().eq(0..pairs * per),
        "lost or duplicated messages"
    );
}

#[test]
fn ten_thousand_goroutines_exchange_messages() {
    // 10,000 goroutines; 1,000,000 messages in release builds, 100,000 in debug.
    let per = if cfg!(debug_assertions) { 20 } else { 200 };
    many_to_many(10_000, per, 16, 0);
    many_to_many(10_000, per, 16, 8);
}

#[test]
fn hundred_thousand_parked_goroutines_released() {
    const N: u64 = 100_000;
    let c = Arc::new(Chan::<u64>::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let rss_before = rss_kib();
    let rss_parked = Arc::new(AtomicU64::new(0));
    let (c2, d2, rp) = (c.clone(), done.clone(), rss_parked.clone());
    let mut phase = 0;
    let mut sent = 0;
    let mut p: Pending<u64> = None;
    let main = task(move |cx| {
        if phase == 0 {
            phase = 1;
            for _ in 0..N {
                let (c, d) = (c2.clone(), d2.clone());
                let mut pr: Pending<u64> = None;
                cx.spawn(task(move |cx| match recv(&c, cx, &mut pr) {
                    Poll::Pending => Step::Park(WaitReason::ChanReceive),
                    Poll::Ready(v) => {
                        assert!(v.is_some());
                        d.fetch_add(1, Ordering::SeqCst);
                        Step::Exit
                    }
                }));
            }
            return Step::Yield;
        }
        if phase == 1 && minigo_runtime::sched_stats().runqueue > 0 {
            return Step::Yield;
        }
        if phase == 1 {
            phase = 2;
            rp.store(rss_kib().unwrap_or(0), Ordering::SeqCst);
        }
        while sent < N {
            match send(&c2, cx, sent, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanSend),
                Poll::Ready(r) => {
                    r.unwrap();
                    sent += 1;
                }
            }
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(2), main, 120), Exit::Code(0));
    // Every receiver got a value; some may not have run their exit yet when main returned.
    let parked = rss_parked.load(Ordering::SeqCst);
    if let (Some(before), true) = (rss_before, parked > 0) {
        eprintln!(
            "RSS per parked goroutine: {} bytes",
            (parked.saturating_sub(before)) * 1024 / N
        );
    }
}

/// Resident set size in KiB (Linux), for the memory report.
fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

// ---- select ----

/// A select loop that resumes from a parked select.
fn select_step<T: Send + 'static>(
    cx: &mut Ctx<'_>,
    wait: &mut Option<SelectWait<T>>,
    cases: impl FnOnce() -> Vec<(usize, Option<T>)>,
    chans: &[Arc<Chan<T>>],
    block: bool,
) -> Poll<SelectResult<T>> {
    if let Some(w) = wait.take() {
        return match w.outcome() {
            SelectResult::Parked(w) => {
                *wait = Some(w);
                Poll::Pending
            }
            r => Poll::Ready(r),
        };
    }
    let cs = cases()
        .into_iter()
        .map(|(i, v)| match v {
            Some(v) => SelectCase::Send(&chans[i], v),
            None => SelectCase::Recv(&chans[i]),
        })
        .collect();
    match select(cx, cs, block) {
        SelectResult::Parked(w) => {
            *wait = Some(w);
            Poll::Pending
        }
        r => Poll::Ready(r),
    }
}

#[test]
fn select_is_fair_between_two_ready_cases() {
    const ROUNDS: usize = 10_000;
    let wins = Arc::new([AtomicU64::new(0), AtomicU64::new(0)]);
    let w2 = wins.clone();
    let r = run_bounded(
        config(1),
        task(move |cx| {
            let chans = [Arc::new(Chan::<u64>::new(1)), Arc::new(Chan::<u64>::new(1))];
            for _ in 0..ROUNDS {
                for c in &chans {
                    if c.is_empty() {
                        assert!(c.try_send(1));
                    }
                }
                let mut w = None;
                match select_step(cx, &mut w, || vec![(0, None), (1, None)], &chans, false) {
                    Poll::Ready(SelectResult::Ready { index, recv, .. }) => {
                        assert_eq!(recv, Some(1));
                        w2[index].fetch_add(1, Ordering::Relaxed);
                    }
                    _ => panic!("both cases were ready"),
                }
            }
            Step::Exit
        }),
        20,
    );
    assert_eq!(r, Exit::Code(0));
    for w in wins.iter() {
        let share = w.load(Ordering::Relaxed) as f64 / ROUNDS as f64;
        assert!((0.4..=0.6).contains(&share), "share {share}");
    }
}

#[test]
fn select_default_and_send_on_closed() {
    let r = run_bounded(
        config(1),
        task(|cx| {
            let chans = [Arc::new(Chan::<u64>::new(0)), Arc::new(Chan::<u64>::new(0))];
            let mut w = None;
            assert!(matches!(
                select_step(cx, &mut w, || vec![(0, None), (1, Some(5))], &chans, false),
                Poll::Ready(SelectResult::Default)
            ));
            chans[1].close().unwrap();
            match select_step(cx, &mut w, || vec![(1, Some(5))], &chans, false) {
                Poll::Ready(SelectResult::Ready {
                    index: 0,
                    sent: Err(()),
                    ..
                }) => {}
                _ => panic!("send on a closed channel must be chosen and fail"),
            }
            match select_step(cx, &mut w, || vec![(1, None)], &chans, true) {
                Poll::Ready(SelectResult::Ready {
                    index: 0,
                    recv: None,
                    sent: Ok(()),
                }) => {}
                _ => panic!("receive from a closed channel is ready"),
            }
            Step::Exit
        }),
        10,
    );
    assert_eq!(r, Exit::Code(0));
}

#[test]
fn parked_select_completes_exactly_once() {
    // Many rounds: a select parks on two channels; two goroutines then send on both at
    // once. Exactly one send is taken by the select; the other sender stays blocked until
    // main receives its value directly.
    const ROUNDS: u64 = 300;
    let r = run_bounded(
        config(2),
        Box::new(SelectRounds {
            round: 0,
            rounds: ROUNDS,
            state: SelState::Start,
            chans: None,
        }),
        60,
    );
    assert_eq!(r, Exit::Code(0));
}

enum SelState {
    Start,
    Selecting(Option<SelectWait<u64>>),
    Draining(usize, Pending<u64>),
}

struct SelectRounds {
    round: u64,
    rounds: u64,
    state: SelState,
    chans: Option<[Arc<Chan<u64>>; 2]>,
}

impl Task for SelectRounds {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        loop {
            if self.round == self.rounds {
                return Step::Exit;
            }
            match &mut self.state {
                SelState::Start => {
                    let chans = [Arc::new(Chan::new(0)), Arc::new(Chan::new(0))];
                    for (i, c) in chans.iter().enumerate() {
                        cx.spawn(sender(c.clone(), vec![100 + i as u64], false));
                    }
                    self.chans = Some(chans);
                    self.state = SelState::Selecting(None);
                }
                SelState::Selecting(w) => {
                    let chans = self.chans.as_ref().unwrap();
                    match select_step(cx, w, || vec![(0, None), (1, None)], chans, true) {
                        Poll::Pending => return Step::Park(WaitReason::Select),
                        Poll::Ready(SelectResult::Ready { index, recv, .. }) => {
                            assert_eq!(recv, Some(100 + index as u64));
                            self.state = SelState::Draining(1 - index, None);
                        }
                        Poll::Ready(_) => panic!("blocking select returned without a case"),
                    }
                }
                SelState::Draining(other, p) => {
                    let c = self.chans.as_ref().unwrap()[*other].clone();
                    match recv(&c, cx, p) {
                        Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                        Poll::Ready(v) => assert_eq!(v, Some(100 + *other as u64)),
                    }
                    // Neither channel may hold anything more.
                    for c in self.chans.as_ref().unwrap() {
                        assert!(!c.try_send(0), "a receiver is still waiting");
                    }
                    self.round += 1;
                    self.state = SelState::Start;
                }
            }
        }
    }
}
