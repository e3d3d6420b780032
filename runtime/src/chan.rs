//! Channels and select, as `chan.go` and `select.go`: one lock per channel, FIFO `sendq` and
//! `recvq` of waiting goroutines (sudogs), direct hand-off between a sender and a waiting
//! receiver, a ring buffer for buffered channels, and `select` that polls its cases in random
//! order and, when none is ready, waits on all of them at once.
//!
//! A blocking operation returns a token ([`Sudog`] / [`SelectWait`]) after enqueuing the G;
//! the task returns `Step::Park(..)`, and when it is run again it reads the outcome from the
//! token. Closing a channel wakes every waiter.
//!
//! A select's sudogs share one "done" word: a waker that dequeues such a sudog must win a
//! compare-and-swap on it first, so a select woken by two channels at once completes once;
//! the loser skips the sudog and tries the next waiter. Gs are readied only after the
//! channel locks are released.

// `Result<(), ()>` is the VM's contract: the only error is "the channel is closed".
#![allow(clippy::result_unit_err)]

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::{Mutex, MutexGuard};

use crate::{goready, Ctx, GRef};

/// A channel of `T` (the VM uses its value type). `Chan` is shared by `Arc`.
pub struct Chan<T> {
    cap: usize,
    lock: Mutex<Hchan<T>>,
}

/// The state under the channel lock (`hchan`).
struct Hchan<T> {
    buf: VecDeque<T>,
    closed: bool,
    recvq: VecDeque<Arc<Sudog<T>>>,
    sendq: VecDeque<Arc<Sudog<T>>>,
}

/// A waiting goroutine's entry in a channel queue, kept by the task while it is parked.
pub struct Sudog<T> {
    g: GRef,
    /// Send: the value to deliver. Receive: where the partner puts the value.
    elem: Mutex<Option<T>>,
    /// True if woken by a partner, false if woken by `close`.
    success: AtomicBool,
    /// The done word shared by a select's sudogs.
    sel: Option<Arc<AtomicUsize>>,
    /// The select case this sudog stands for.
    case: usize,
}

/// The done word of a select nobody has woken yet.
const NOT_FIRED: usize = usize::MAX;

pub enum SendResult<T> {
    /// The value was handed to a receiver or buffered.
    Done,
    /// The G is now on the channel's `sendq`: return `Step::Park(WaitReason::ChanSend)`;
    /// on resume call [`Sudog::send_outcome`].
    Parked(Arc<Sudog<T>>),
    /// The channel is closed: the VM panics with `send on closed channel`.
    Closed(T),
}

pub enum RecvResult<T> {
    /// A value (`ok` = true), or the zero case of a closed, drained channel (`None`, ok = false).
    Done(Option<T>),
    /// On the `recvq`: park with `WaitReason::ChanReceive`, then [`Sudog::recv_outcome`].
    Parked(Arc<Sudog<T>>),
}

/// A non-blocking send attempt under the lock.
enum SendTry<T> {
    /// Delivered; the receiver to ready, if one was waiting.
    Sent(Option<GRef>),
    Closed(T),
    WouldBlock(T),
}

/// A non-blocking receive attempt under the lock.
enum RecvTry<T> {
    /// A value (`None`: closed and drained) and the sender to ready, if one was waiting.
    Got(Option<T>, Option<GRef>),
    WouldBlock,
}

impl<T> Sudog<T> {
    fn new(g: &GRef, elem: Option<T>, sel: Option<Arc<AtomicUsize>>, case: usize) -> Arc<Sudog<T>> {
        Arc::new(Sudog {
            g: g.clone(),
            elem: Mutex::new(elem),
            success: AtomicBool::new(false),
            sel,
            case,
        })
    }

    /// After a parked send resumed: `Ok(())` delivered, `Err(())` the channel was closed
    /// (panic `send on closed channel`).
    pub fn send_outcome(&self) -> Result<(), ()> {
        if self.success.load(Ordering::Acquire) {
            Ok(())
        } else {
            Err(())
        }
    }
    /// After a parked receive resumed: the value, or `None` if woken by `close`.
    pub fn recv_outcome(&self) -> Option<T> {
        self.elem.lock().take()
    }
}

/// `dequeue`: the first waiter that can still be woken (a select's sudog only if this
/// waker wins its done word).
fn dequeue<T>(q: &mut VecDeque<Arc<Sudog<T>>>) -> Option<Arc<Sudog<T>>> {
    while let Some(sg) = q.pop_front() {
        if let Some(done) = &sg.sel {
            if done
                .compare_exchange(NOT_FIRED, sg.case, Ordering::AcqRel, Ordering::Acquire)
                .is_err()
            {
                continue; // the select already fired on another channel
            }
        }
        return Some(sg);
    }
    None
}

impl<T> Hchan<T> {
    /// `chansend` without blocking.
    fn try_send(&mut self, cap: usize, v: T) -> SendTry<T> {
        if self.closed {
            return SendTry::Closed(v);
        }
        if let Some(sg) = dequeue(&mut self.recvq) {
            *sg.elem.lock() = Some(v);
            sg.success.store(true, Ordering::Release);
            return SendTry::Sent(Some(sg.g.clone()));
        }
        if self.buf.len() < cap {
            self.buf.push_back(v);
            return SendTry::Sent(None);
        }
        SendTry::WouldBlock(v)
    }

    /// `chanrecv` without blocking. With a full buffer and a waiting sender, the receiver
    /// takes the head and the sender's value goes to the tail.
    fn try_recv(&mut self, cap: usize) -> RecvTry<T> {
        if self.closed && self.buf.is_empty() {
            return RecvTry::Got(None, None);
        }
        if let Some(sg) = dequeue(&mut self.sendq) {
            let sent = sg.elem.lock().take();
            sg.success.store(true, Ordering::Release);
            let v = if cap == 0 {
                sent
            } else {
                let head = self.buf.pop_front();
                self.buf.extend(sent);
                head
            };
            return RecvTry::Got(v, Some(sg.g.clone()));
        }
        match self.buf.pop_front() {
            Some(v) => RecvTry::Got(Some(v), None),
            None => RecvTry::WouldBlock,
        }
    }
}

impl<T: Send + 'static> Chan<T> {
    /// `make(chan T, cap)`.
    pub fn new(cap: usize) -> Chan<T> {
        Chan {
            cap,
            lock: Mutex::new(Hchan {
                buf: VecDeque::new(),
                closed: false,
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
        }
    }
    pub fn send(&self, cx: &mut Ctx<'_>, v: T) -> SendResult<T> {
        let mut c = self.lock.lock();
        match c.try_send(self.cap, v) {
            SendTry::Sent(g) => {
                drop(c);
                if let Some(g) = g {
                    goready(&g);
                }
                SendResult::Done
            }
            SendTry::Closed(v) => SendResult::Closed(v),
            SendTry::WouldBlock(v) => {
                let sg = Sudog::new(cx.g(), Some(v), None, 0);
                c.sendq.push_back(sg.clone());
                SendResult::Parked(sg)
            }
        }
    }
    pub fn recv(&self, cx: &mut Ctx<'_>) -> RecvResult<T> {
        let mut c = self.lock.lock();
        match c.try_recv(self.cap) {
            RecvTry::Got(v, g) => {
                drop(c);
                if let Some(g) = g {
                    goready(&g);
                }
                RecvResult::Done(v)
            }
            RecvTry::WouldBlock => {
                let sg = Sudog::new(cx.g(), None, None, 0);
                c.recvq.push_back(sg.clone());
                RecvResult::Parked(sg)
            }
        }
    }
    /// `close(c)`; `Err(())` if already closed (the VM panics with `close of closed channel`).
    /// Every waiting receiver gets `None`, every waiting sender `Err(())`.
    pub fn close(&self) -> Result<(), ()> {
        let mut woken = Vec::new();
        {
            let mut c = self.lock.lock();
            if c.closed {
                return Err(());
            }
            c.closed = true;
            while let Some(sg) = dequeue(&mut c.recvq) {
                woken.push(sg.g.clone());
            }
            while let Some(sg) = dequeue(&mut c.sendq) {
                woken.push(sg.g.clone());
            }
        }
        for g in &woken {
            goready(g);
        }
        Ok(())
    }
    /// Runs `f` on each buffered element unless the channel is locked (`None` then): for a
    /// collector looking at the heap with the world stopped.
    pub fn try_for_each_buffered(&self, mut f: impl FnMut(&T)) -> Option<()> {
        let c = self.lock.try_lock()?;
        c.buf.iter().for_each(&mut f);
        Some(())
    }
    pub fn len(&self) -> usize {
        self.lock.lock().buf.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn cap(&self) -> usize {
        self.cap
    }
    /// Non-blocking send for runtime-internal senders (timer channels): true if delivered
    /// (false if it would block or the channel is closed; the value is then dropped).
    pub fn try_send(&self, v: T) -> bool {
        let mut c = self.lock.lock();
        match c.try_send(self.cap, v) {
            SendTry::Sent(g) => {
                drop(c);
                if let Some(g) = g {
                    goready(&g);
                }
                true
            }
            SendTry::Closed(_) | SendTry::WouldBlock(_) => false,
        }
    }
}

/// One case of a `select`.
pub enum SelectCase<'a, T> {
    Send(&'a Arc<Chan<T>>, T),
    Recv(&'a Arc<Chan<T>>),
    /// A case on a nil channel: never ready.
    Nil,
}

pub enum SelectResult<T> {
    /// Case `index` proceeded; for a receive, the value (`None` when closed). A send case on
    /// a closed channel yields `Err(())` in `sent` (panic `send on closed channel`).
    Ready {
        index: usize,
        recv: Option<T>,
        sent: Result<(), ()>,
    },
    /// `default` was taken (only when `block` was false).
    Default,
    /// Enqueued on every channel: park with `WaitReason::Select` (or `SelectNoCases` when
    /// there are no cases), then [`SelectWait::outcome`].
    Parked(SelectWait<T>),
}

/// A parked select: the cases' sudogs and the done word the first waker wins with a CAS.
pub struct SelectWait<T> {
    done: Arc<AtomicUsize>,
    waits: Vec<SelectSudog<T>>,
}

/// One enqueued case of a parked select.
struct SelectSudog<T> {
    chan: Arc<Chan<T>>,
    sg: Arc<Sudog<T>>,
    is_send: bool,
}

impl<T: Send + 'static> SelectWait<T> {
    /// After resume: which case fired (dequeues this select from the other channels).
    /// Called before any case fired, it returns `Parked(self)` again.
    pub fn outcome(self) -> SelectResult<T> {
        let fired = self.done.load(Ordering::Acquire);
        if fired == NOT_FIRED {
            return SelectResult::Parked(self);
        }
        let mut result = SelectResult::Default;
        for SelectSudog { chan, sg, is_send } in self.waits {
            if sg.case != fired {
                let mut h = chan.lock.lock();
                let q = if is_send { &mut h.sendq } else { &mut h.recvq };
                q.retain(|x| !Arc::ptr_eq(x, &sg));
                continue;
            }
            result = if is_send {
                SelectResult::Ready {
                    index: fired,
                    recv: None,
                    sent: sg.send_outcome(),
                }
            } else {
                SelectResult::Ready {
                    index: fired,
                    recv: sg.recv_outcome(),
                    sent: Ok(()),
                }
            };
        }
        result
    }
}

/// A select case with its value moved out, while the channels are locked.
struct Scase<'a, T> {
    index: usize,
    chan: &'a Arc<Chan<T>>,
    /// `Some` for a send case (until the value is delivered or enqueued).
    send: Option<T>,
    is_send: bool,
    /// Index of the channel's guard in lock order.
    lock: usize,
}

/// `selectgo`: poll `cases` in random order; if none is ready, return `Default` when
/// `!block`, else enqueue on all and return `Parked`.
pub fn select<T: Send + 'static>(
    cx: &mut Ctx<'_>,
    cases: Vec<SelectCase<'_, T>>,
    block: bool,
) -> SelectResult<T> {
    let mut scases: Vec<Scase<'_, T>> = Vec::with_capacity(cases.len());
    for (index, case) in cases.into_iter().enumerate() {
        let (chan, send, is_send) = match case {
            SelectCase::Send(c, v) => (c, Some(v), true),
            SelectCase::Recv(c) => (c, None, false),
            SelectCase::Nil => continue,
        };
        scases.push(Scase {
            index,
            chan,
            send,
            is_send,
            lock: 0,
        });
    }

    // Lock order: by channel address, each channel once.
    let mut lockorder: Vec<&Arc<Chan<T>>> = scases.iter().map(|c| c.chan).collect();
    lockorder.sort_by_key(|c| Arc::as_ptr(c) as usize);
    lockorder.dedup_by(|a, b| Arc::ptr_eq(a, b));
    for sc in scases.iter_mut() {
        sc.lock = lockorder
            .iter()
            .position(|c| Arc::ptr_eq(c, sc.chan))
            .expect("channel in lock order");
    }
    let mut guards: Vec<MutexGuard<'_, Hchan<T>>> =
        lockorder.iter().map(|c| c.lock.lock()).collect();

    // Poll order: random, for fairness.
    let mut pollorder: Vec<usize> = (0..scases.len()).collect();
    fastrand::shuffle(&mut pollorder);
    for &i in &pollorder {
        let sc = &mut scases[i];
        let h = &mut guards[sc.lock];
        if let Some(v) = sc.send.take() {
            match h.try_send(sc.chan.cap, v) {
                SendTry::Sent(g) => {
                    drop(guards);
                    if let Some(g) = g {
                        goready(&g);
                    }
                    return SelectResult::Ready {
                        index: sc.index,
                        recv: None,
                        sent: Ok(()),
                    };
                }
                SendTry::Closed(_) => {
                    return SelectResult::Ready {
                        index: sc.index,
                        recv: None,
                        sent: Err(()),
                    };
                }
                SendTry::WouldBlock(v) => sc.send = Some(v),
            }
        } else if let RecvTry::Got(v, g) = h.try_recv(sc.chan.cap) {
            drop(guards);
            if let Some(g) = g {
                goready(&g);
            }
            return SelectResult::Ready {
                index: sc.index,
                recv: v,
                sent: Ok(()),
            };
        }
    }
    if !block {
        return SelectResult::Default;
    }

    // Nothing ready: wait on every channel at once.
    let done = Arc::new(AtomicUsize::new(NOT_FIRED));
    let mut waits = Vec::with_capacity(scases.len());
    for sc in scases {
        let sg = Sudog::new(cx.g(), sc.send, Some(done.clone()), sc.index);
        let h = &mut guards[sc.lock];
        if sc.is_send {
            h.sendq.push_back(sg.clone());
        } else {
            h.recvq.push_back(sg.clone());
        }
        waits.push(SelectSudog {
            chan: sc.chan.clone(),
            sg,
            is_send: sc.is_send,
        });
    }
    drop(guards);
    SelectResult::Parked(SelectWait { done, waits })
}
