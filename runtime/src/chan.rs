//! Channels and select, as `chan.go` and `select.go`: one lock per channel, FIFO `sendq` and
//! `recvq` of waiting goroutines (sudogs), direct hand-off between a sender and a waiting
//! receiver, a ring buffer for buffered channels, and `select` that polls its cases in random
//! order and, when none is ready, waits on all of them at once.
//!
//! A blocking operation returns a token ([`Sudog`] / [`SelectWait`]) after enqueuing the G;
//! the task returns `Step::Park(..)`, and when it is run again it reads the outcome from the
//! token. Closing a channel wakes every waiter.

use std::sync::Arc;

use crate::Ctx;

/// A channel of `T` (the VM uses its value type). `Chan` is shared by `Arc`.
pub struct Chan<T> {
    _t: std::marker::PhantomData<T>,
}

/// A waiting goroutine's entry in a channel queue, kept by the task while it is parked.
pub struct Sudog<T> {
    _t: std::marker::PhantomData<T>,
}

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

impl<T: Send + 'static> Chan<T> {
    /// `make(chan T, cap)`.
    pub fn new(cap: usize) -> Chan<T> {
        todo!("chan::new {cap}")
    }
    pub fn send(&self, cx: &mut Ctx<'_>, v: T) -> SendResult<T> {
        let _ = (cx, v);
        todo!()
    }
    pub fn recv(&self, cx: &mut Ctx<'_>) -> RecvResult<T> {
        let _ = cx;
        todo!()
    }
    /// `close(c)`; `Err(())` if already closed (the VM panics with `close of closed channel`).
    pub fn close(&self) -> Result<(), ()> {
        todo!()
    }
    pub fn len(&self) -> usize {
        todo!()
    }
    pub fn cap(&self) -> usize {
        todo!()
    }
    /// Non-blocking send for runtime-internal senders (timer channels): true if delivered.
    pub fn try_send(&self, v: T) -> bool {
        let _ = v;
        todo!()
    }
}

impl<T> Sudog<T> {
    /// After a parked send resumed: `Ok(())` delivered, `Err(())` the channel was closed
    /// (panic `send on closed channel`).
    pub fn send_outcome(&self) -> Result<(), ()> {
        todo!()
    }
    /// After a parked receive resumed: the value, or `None` if woken by `close`.
    pub fn recv_outcome(&self) -> Option<T> {
        todo!()
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
    Ready { index: usize, recv: Option<T>, sent: Result<(), ()> },
    /// `default` was taken (only when `block` was false).
    Default,
    /// Enqueued on every channel: park with `WaitReason::Select` (or `SelectNoCases` when
    /// there are no cases), then [`SelectWait::outcome`].
    Parked(SelectWait<T>),
}

/// A parked select: the cases' sudogs and the done word the first waker wins with a CAS.
pub struct SelectWait<T> {
    _t: std::marker::PhantomData<T>,
}

impl<T: Send + 'static> SelectWait<T> {
    /// After resume: which case fired (dequeues this select from the other channels).
    pub fn outcome(self) -> SelectResult<T> {
        todo!()
    }
}

/// `selectgo`: poll `cases` in random order; if none is ready, return `Default` when
/// `!block`, else enqueue on all and return `Parked`.
pub fn select<T: Send + 'static>(cx: &mut Ctx<'_>, cases: Vec<SelectCase<'_, T>>, block: bool) -> SelectResult<T> {
    let _ = (cx, cases, block);
    todo!()
}
