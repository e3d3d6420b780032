//! Semaphores: mutual exclusion, FIFO hand-off, the address-keyed table, and a stress of
//! the park/ready race (a waker readying a G before its M finished parking it).
mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::Poll;

use common::{config, recv, run_bounded, spin, task};
use minigo_runtime::chan::{Chan, Sudog};
use minigo_runtime::sema::{semacquire, semrelease, Sema};
use minigo_runtime::time::Timer;
use minigo_runtime::{goready, Exit, GRef, Step, Task, WaitReason};

/// Main spawns the tasks made by `mk(i)` and waits until each sent on `done`.
fn spawn_and_wait(
    procs: usize,
    n: usize,
    mk: impl Fn(usize, Arc<Chan<()>>) -> Box<dyn Task> + Send + 'static,
) -> Exit {
    let done = Arc::new(Chan::<()>::new(n));
    let mut started = false;
    let mut got = 0;
    let mut p: Option<Arc<Sudog<()>>> = None;
    run_bounded(
        config(procs),
        task(move |cx| {
            if !started {
                started = true;
                for i in 0..n {
                    cx.spawn(mk(i, done.clone()));
                }
            }
            while got < n {
                match recv(&done, cx, &mut p) {
                    Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                    Poll::Ready(_) => got += 1,
                }
            }
            Step::Exit
        }),
        60,
    )
}

#[test]
fn sema_as_mutex_excludes() {
    const N: usize = 50;
    const ROUNDS: usize = 200;
    let sema = Arc::new(Sema::new(1));
    let inside = Arc::new(AtomicBool::new(false));
    let total = Arc::new(AtomicU64::new(0));
    let (s, ins, tot) = (sema.clone(), inside.clone(), total.clone());
    let r = spawn_and_wait(2, N, move |_, done| {
        let (sema, inside, total) = (s.clone(), ins.clone(), tot.clone());
        let mut round = 0;
        let mut holding = false;
        task(move |cx| {
            while round < ROUNDS {
                if !holding {
                    holding = true;
                    if !sema.acquire(cx) {
                        return Step::Park(WaitReason::SyncMutexLock);
                    }
                }
                assert!(!inside.swap(true, Ordering::SeqCst), "two holders");
                total.fetch_add(1, Ordering::Relaxed);
                spin(50);
                inside.store(false, Ordering::SeqCst);
                holding = false;
                sema.release();
                round += 1;
            }
            assert!(done.try_send(()));
            Step::Exit
        })
    });
    assert_eq!(r, Exit::Code(0));
    assert_eq!(total.load(Ordering::Relaxed), (N * ROUNDS) as u64);
}

#[test]
fn sema_wakes_waiters_in_fifo_order() {
    const N: usize = 20;
    let sema = Arc::new(Sema::new(0));
    let enqueued = Arc::new(Mutex::new(Vec::new()));
    let woken = Arc::new(Mutex::new(Vec::new()));
    let (s, e, w) = (sema.clone(), enqueued.clone(), woken.clone());
    let mut started = false;
    let done = Arc::new(Chan::<()>::new(N));
    let mut got = 0;
    let mut released = false;
    let mut p: Option<Arc<Sudog<()>>> = None;
    let main = task(move |cx| {
        if !started {
            started = true;
            for i in 0..N {
                let (sema, e, w, done) = (s.clone(), e.clone(), w.clone(), done.clone());
                let mut parked = false;
                cx.spawn(task(move |cx| {
                    if !parked {
                        parked = true;
                        e.lock().unwrap().push(i);
                        if !sema.acquire(cx) {
                            return Step::Park(WaitReason::SyncMutexLock);
                        }
                    }
                    w.lock().unwrap().push(i);
                    assert!(done.try_send(()));
                    Step::Exit
                }));
            }
            // Let every waiter queue up (they run on this P after main yields).
            return Step::Yield;
        }
        if e.lock().unwrap().len() < N {
            return Step::Yield;
        }
        // One release at a time: the woken waiter reports before the next release.
        while got < N {
            if !released {
                released = true;
                s.release();
            }
            match recv(&done, cx, &mut p) {
                Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => {
                    got += 1;
                    released = false;
                }
            }
        }
        Step::Exit
    });
    assert_eq!(run_bounded(config(1), main, 10), Exit::Code(0));
    assert_eq!(*enqueued.lock().unwrap(), *woken.lock().unwrap());
}

#[test]
fn keyed_semaphores_are_independent_and_hand_off() {
    // Two keys, waiters on each: releasing key A wakes only A's waiter.
    let key_a = 0x1000usize;
    let key_b = 0x2000usize;
    let woke = Arc::new(Mutex::new(Vec::new()));
    let w = woke.clone();
    let r = spawn_and_wait(1, 3, move |i, done| {
        let w = w.clone();
        let mut parked = false;
        match i {
            0 | 1 => task(move |cx| {
                let key = if i == 0 { key_a } else { key_b };
                if !parked {
                    parked = true;
                    if !semacquire(cx, key) {
                        return Step::Park(WaitReason::SyncWaitGroupWait);
                    }
                }
                w.lock().unwrap().push(i);
                assert!(done.try_send(()));
                Step::Exit
            }),
            _ => task(move |cx| {
                if !parked {
                    parked = true;
                    // Runs after both waiters queued (spawned last, so it is in runnext
                    // first: sleep to let the others park).
                    cx.sleep(std::time::Duration::from_millis(20));
                    return Step::Park(WaitReason::Sleep);
                }
                semrelease(key_b);
                semrelease(key_a);
                // A count with no waiter is kept for the next acquirer.
                semrelease(0x3000);
                assert!(semacquire(cx, 0x3000));
                assert!(done.try_send(()));
                Step::Exit
            }),
        }
    });
    assert_eq!(r, Exit::Code(0));
    let mut woke = woke.lock().unwrap().clone();
    woke.sort();
    assert_eq!(woke, [0, 1]);
}

#[test]
fn cond_broadcast_wakes_every_waiter() {
    const N: usize = 10;
    let sema = Arc::new(Sema::new(0));
    let queued = Arc::new(AtomicU64::new(0));
    let (s, q) = (sema.clone(), queued.clone());
    let r = spawn_and_wait(2, N + 1, move |i, done| {
        let (sema, queued) = (s.clone(), q.clone());
        let mut parked = false;
        task(move |cx| {
            if i == N {
                // The broadcaster: wait until everyone is queued.
                if queued.load(Ordering::SeqCst) < N as u64 {
                    return Step::Yield;
                }
                assert_eq!(sema.waiters().len(), N);
            } else if !parked {
                parked = true;
                let acquired = sema.acquire(cx);
                queued.fetch_add(1, Ordering::SeqCst);
                if !acquired {
                    return Step::Park(WaitReason::SyncCondWait);
                }
            }
            assert!(done.try_send(()));
            Step::Exit
        })
    });
    assert_eq!(r, Exit::Code(0));
}

#[test]
fn park_ready_race_stress() {
    // A goroutine publishes its G and lingers before returning Park; a plain OS thread
    // readies it as soon as it sees it, often before the park completed. Each park must
    // be followed by exactly one resumption (a double goready would hit the debug
    // assertion and end the program with code 2; a lost one would hang). Bounded by
    // rounds and by time: a round whose park wins costs a thread wake-up, which is slow
    // on a loaded machine.
    let max_rounds: u64 = if cfg!(debug_assertions) {
        5_000
    } else {
        50_000
    };
    let budget = std::time::Duration::from_secs(5);
    let slot: Arc<Mutex<Option<GRef>>> = Arc::new(Mutex::new(None));
    let full = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let readied = Arc::new(AtomicU64::new(0));
    let (sl, fl, st, rd) = (slot.clone(), full.clone(), stop.clone(), readied.clone());
    let waker = std::thread::spawn(move || {
        let mut readied = 0u64;
        let mut idle = 0u64;
        while !st.load(Ordering::SeqCst) {
            // Peek without the lock, so this spinning thread cannot starve the parker of it.
            if !fl.swap(false, Ordering::SeqCst) {
                // Spin, but let the parker's thread have the CPU on a busy machine.
                idle += 1;
                if idle.is_multiple_of(1 << 20) {
                    std::thread::yield_now();
                }
                std::hint::spin_loop();
                continue;
            }
            idle = 0;
            let g = sl.lock().unwrap().take().expect("flagged slot is full");
            goready(&g);
            readied += 1;
            rd.store(readied, Ordering::SeqCst);
        }
        readied
    });
    let parks = Arc::new(AtomicU64::new(0));
    let raced = Arc::new(AtomicU64::new(0));
    let (pk, rc) = (parks.clone(), raced.clone());
    // The waker is not a goroutine, so while the G is parked the runtime would see a
    // deadlock; a pending timer keeps checkdead quiet, as it would in Go.
    let mut keepalive: Option<Timer> = None;
    let start = std::time::Instant::now();
    let r = run_bounded(
        config(1),
        task(move |cx| {
            if keepalive.is_none() {
                let t = Timer::new(Box::new(|| {}));
                t.reset(std::time::Duration::from_secs(3600), None);
                keepalive = Some(t);
            }
            let n = pk.load(Ordering::SeqCst);
            if n == max_rounds || start.elapsed() > budget {
                rc.store(
                    minigo_runtime::sched_stats().ready_before_park,
                    Ordering::SeqCst,
                );
                return Step::Exit;
            }
            pk.store(n + 1, Ordering::SeqCst);
            *slot.lock().unwrap() = Some(cx.g().clone());
            full.store(true, Ordering::SeqCst);
            if n % 4 == 0 {
                // Every 4th round the waker surely wins: wait until it has readied us.
                while readied.load(Ordering::SeqCst) <= n {
                    std::thread::yield_now();
                }
            } else {
                spin(n % 512); // sometimes the waker wins, sometimes the park does
            }
            Step::Park(WaitReason::Other("test"))
        }),
        60,
    );
    stop.store(true, Ordering::SeqCst);
    assert_eq!(r, Exit::Code(0));
    let parks = parks.load(Ordering::SeqCst);
    assert_eq!(
        waker.join().unwrap(),
        parks,
        "every park was readied exactly once"
    );
    assert!(parks > 0);
    assert!(
        raced.load(Ordering::SeqCst) > 0,
        "the ready-before-park path was never taken"
    );
}
