//! Channel instructions: send, receive, close and `select`, and finishing them when a
//! parked goroutine is woken. The channel itself (`minigo_runtime::chan`) does the
//! blocking; here its outcomes become registers, panics or a parked goroutine.
//!
//! Each method is called with the frame's pc already saved, and returns as the call path
//! does: `None` to go on (the loop reloads the top frame), `Some(step)` to leave the loop.

use std::sync::Arc;

use minigo_runtime::chan::{self, Chan, RecvResult, SelectResult, SendResult};
use minigo_runtime::{Ctx, Step, WaitReason};

use super::{Fault, MAX_ALLOC_LEN};
use crate::bytecode::{Reg, SelectCase};
use crate::goroutine::{Goroutine, Wait};
use crate::value::Value;

/// `make(chan T, n)`.
pub(super) fn make_chan(n: i64) -> Result<Value, Fault> {
    if !(0..=MAX_ALLOC_LEN).contains(&n) {
        return Err(Fault::Plain("makechan: size out of range".into()));
    }
    Ok(Value::Chan(Arc::new(Chan::new(n as usize))))
}

/// `close(ch)`.
pub(super) fn close(ch: &Value) -> Result<(), Fault> {
    match ch {
        Value::Chan(c) => c.close().map_err(|_| Fault::Plain("close of closed channel".into())),
        _ => Err(Fault::Plain("close of nil channel".into())),
    }
}

impl Goroutine {
    /// `ch <- v`.
    pub(super) fn chan_send(&mut self, ch: &Value, v: Value, rt: &mut Ctx<'_>) -> Option<Step> {
        let Value::Chan(c) = ch else { return Some(Step::Park(WaitReason::ChanSendNilChan)) };
        match c.send(rt, v) {
            SendResult::Done => None,
            SendResult::Parked(sudog) => {
                self.wait = Some(Wait::Send { sudog });
                Some(Step::Park(WaitReason::ChanSend))
            }
            SendResult::Closed(_) => self.throw_plain("send on closed channel", rt),
        }
    }

    /// `v, ok := <-ch` into registers `dst` (and `dst+1` when `ok`); `zero` is the
    /// element type's zero value, received from a closed channel.
    pub(super) fn chan_recv(&mut self, ch: &Value, dst: usize, ok: bool, zero: &Value, rt: &mut Ctx<'_>) -> Option<Step> {
        let Value::Chan(c) = ch else { return Some(Step::Park(WaitReason::ChanReceiveNilChan)) };
        match c.recv(rt) {
            RecvResult::Done(v) => {
                self.received(v, dst, ok, zero);
                None
            }
            RecvResult::Parked(sudog) => {
                self.wait = Some(Wait::Recv { sudog, dst, ok, zero: zero.clone() });
                Some(Step::Park(WaitReason::ChanReceive))
            }
        }
    }

    /// Stores a receive's outcome (`None`: the channel was closed).
    fn received(&mut self, v: Option<Value>, dst: usize, ok: bool, zero: &Value) {
        let got = v.is_some();
        self.stack[dst] = v.unwrap_or_else(|| zero.copy_agg());
        if ok {
            self.stack[dst + 1] = Value::Bool(got);
        }
    }

    /// `select` number `sel` of function `func`, whose frame starts at `base`; the chosen
    /// case's index goes to register `dst` (-1 for `default`).
    pub(super) fn select(&mut self, func: u32, sel: u32, base: usize, dst: Reg, rt: &mut Ctx<'_>) -> Option<Step> {
        let module = self.module.clone();
        let spec = &module.funcs[func as usize].selects[sel as usize];
        let reg = |r: Reg| &self.stack[base + r as usize];
        let chans: Vec<Option<Arc<Chan<Value>>>> = spec
            .cases
            .iter()
            .map(|c| match c {
                SelectCase::Send { ch, .. } | SelectCase::Recv { ch, .. } => match reg(*ch) {
                    Value::Chan(c) => Some(c.clone()),
                    _ => None,
                },
            })
            .collect();
        let cases: Vec<chan::SelectCase<'_, Value>> = spec
            .cases
            .iter()
            .zip(&chans)
            .map(|(c, ch)| match (c, ch) {
                (_, None) => chan::SelectCase::Nil,
                (SelectCase::Send { val, .. }, Some(ch)) => chan::SelectCase::Send(ch, reg(*val).clone()),
                (SelectCase::Recv { .. }, Some(ch)) => chan::SelectCase::Recv(ch),
            })
            .collect();
        let dst = base + dst as usize;
        match chan::select(rt, cases, !spec.has_default) {
            SelectResult::Parked(wait) => {
                let reason = if spec.cases.is_empty() { WaitReason::SelectNoCases } else { WaitReason::Select };
                self.wait = Some(Wait::Select { wait, dst, func, sel, base });
                Some(Step::Park(reason))
            }
            r => self.select_done(r, dst, func, sel, base, rt),
        }
    }

    /// Finishes the blocking operation the goroutine parked on.
    pub(super) fn complete_wait(&mut self, w: Wait, rt: &mut Ctx<'_>) -> Option<Step> {
        match w {
            Wait::Recv { sudog, dst, ok, zero } => {
                self.received(sudog.recv_outcome(), dst, ok, &zero);
                None
            }
            Wait::Send { sudog } => match sudog.send_outcome() {
                Ok(()) => None,
                Err(()) => self.throw_plain("send on closed channel", rt),
            },
            Wait::Select { wait, dst, func, sel, base } => self.select_done(wait.outcome(), dst, func, sel, base, rt),
            Wait::Native { results, ret } => {
                self.deliver(ret, results);
                None
            }
        }
    }

    /// Writes the outcome of a `select` to its registers.
    fn select_done(&mut self, r: SelectResult<Value>, dst: usize, func: u32, sel: u32, base: usize, rt: &mut Ctx<'_>) -> Option<Step> {
        match r {
            SelectResult::Default => {
                self.stack[dst] = Value::Int(-1);
                None
            }
            SelectResult::Ready { index, recv, sent } => {
                if sent.is_err() {
                    return self.throw_plain("send on closed channel", rt);
                }
                self.stack[dst] = Value::Int(index as i64);
                let module = self.module.clone();
                let f = &module.funcs[func as usize];
                if let SelectCase::Recv { dst: d, ok, zero, .. } = &f.selects[sel as usize].cases[index] {
                    self.received(recv, base + *d as usize, *ok, &f.consts[*zero as usize]);
                }
                None
            }
            SelectResult::Parked(_) => unreachable!("select parked twice"),
        }
    }

    /// Panics with a `runtime.Error` whose text has no prefix.
    #[cold]
    fn throw_plain(&mut self, msg: &str, rt: &mut Ctx<'_>) -> Option<Step> {
        let e = self.module.runtime_error_plain(msg);
        self.throw(e, rt)
    }
}
