//! The dispatch loop: runs a goroutine's frames until it finishes, parks, is preempted at a
//! safepoint, or the program ends. Go calls push a frame and continue in the same loop
//! (never recursing on the Rust stack).
//!
//! Two lanes share the work. `hot.rs` is a small loop that runs most instructions of a
//! CPU-bound program — arithmetic, comparisons, jumps, Go calls and returns, element and
//! field access that cannot fail — and stops at the first one it does not run. This
//! module's `execute` runs that one instruction and goes back to it: allocation, natives,
//! channels, interfaces, defer and panics, and every failure of a fast-lane instruction,
//! so each run-time panic's message is written in one place. Its arms call into a module
//! per concern, which returns the result or a [`Fault`] the loop raises as a panic:
//! `slices.rs`, `maps.rs`, `chans.rs` (which may park the goroutine), `ifaces.rs`,
//! `convert.rs` and `complex.rs`.

mod chans;
mod complex;
mod convert;
mod hot;
mod ifaces;
mod maps;
mod slices;

use std::num::NonZeroU64;
use std::sync::Arc;

use minigo_runtime::{Ctx, Step};

use crate::builtins::{decode_rune, print_arg};
use crate::bytecode::{Instr, Reg, NO_REG};
use crate::call::NIL_DEREF;
use crate::goroutine::{CreatedBy, FrameKind, Goroutine};
use crate::value::{Callee, Closure, MapObj, Value};

/// Go's message for index `i` out of range of length `len` (a negative index is shown
/// without the length, as Go's boundsError does).
pub(crate) fn index_error(i: i64, len: i64) -> String {
    if i < 0 {
        format!("index out of range [{i}]")
    } else {
        format!("index out of range [{i}] with length {len}")
    }
}

/// A run-time panic raised by an instruction: a `runtime.Error` with its text, printed
/// after `runtime error: ` (`Runtime`) or as it is (`Plain`, e.g. `close of nil channel`).
pub(crate) enum Fault {
    Runtime(String),
    Plain(String),
}

/// Longest slice `make` accepts (Go's limit depends on memory; this keeps a bad length
/// from aborting the interpreter).
const MAX_ALLOC_LEN: i64 = 1 << 31;

/// 2^63 as a float.
const TWO63: f64 = 9_223_372_036_854_775_808.0;

impl Goroutine {
    /// Runs until the goroutine stops. `rt` is `None` when running without the runtime.
    pub(crate) fn execute(&mut self, rt: &mut Ctx<'_>) -> Step {
        let module = self.module.clone();
        if let Some((f, args)) = self.start.take().map(|b| *b) {
            if let Some(step) = self.invoke(f, args, 0, 0, FrameKind::Entry, rt) {
                return step;
            }
        }
        if let Some(w) = self.wait.take() {
            if let Some(step) = self.complete_wait(w, rt) {
                return step;
            }
        }
        'outer: loop {
            match hot::run(self, &module, rt) {
                hot::Exit::Cold => {}
                hot::Exit::Preempt => return Step::Preempted,
            }
            let Some(fr) = self.frames.last() else { return Step::Exit };
            let fi = fr.func;
            let func = &module.funcs[fi as usize];
            let code = &func.code[..];
            let consts = &func.consts[..];
            let base = fr.base as usize;
            let mut pc = fr.pc as usize;

            macro_rules! reg {
                ($r:expr) => {
                    self.stack[base + $r as usize]
                };
            }
            // A register store: the old value is dropped out of line only if it held a
            // reference, so scalar code never calls `drop_in_place`.
            macro_rules! put {
                ($r:expr, $v:expr) => {{
                    let v = $v;
                    self.stack[base + $r as usize].set(v);
                }};
            }
            macro_rules! int {
                ($r:expr) => {
                    match &self.stack[base + $r as usize] {
                        Value::Int(i) => *i,
                        v => v.as_int(),
                    }
                };
            }
            // Before a call: clears the caller's registers that are dead after it, so what
            // they referenced can be collected while the callee runs.
            macro_rules! kill_dead {
                () => {
                    if let Some(&k) = func.kill_at.get(pc - 1) {
                        if k != 0 {
                            for &r in func.kills[k as usize - 1].iter() {
                                self.stack[base + r as usize] = Value::Nil;
                            }
                        }
                    }
                };
            }
            macro_rules! save_pc {
                () => {
                    self.frames.last_mut().expect("frame").pc = pc as u32
                };
            }
            macro_rules! throw {
                ($v:expr) => {{
                    let v = $v;
                    save_pc!();
                    match self.throw(v, rt) {
                        Some(step) => return step,
                        None => continue 'outer,
                    }
                }};
            }
            macro_rules! rt_error {
                ($($fmt:tt)*) => {
                    throw!(module.runtime_error(&format!($($fmt)*)))
                };
            }
            macro_rules! plain_error {
                ($($fmt:tt)*) => {
                    throw!(module.runtime_error_plain(&format!($($fmt)*)))
                };
            }
            macro_rules! fault {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(Fault::Runtime(msg)) => rt_error!("{msg}"),
                        Err(Fault::Plain(msg)) => plain_error!("{msg}"),
                    }
                };
            }
            macro_rules! flow {
                ($e:expr) => {{
                    match $e {
                        Some(step) => return step,
                        None => continue 'outer,
                    }
                }};
            }
            macro_rules! cmp_op {
                ($dst:expr, $v:expr) => {{
                    let v = $v;
                    match &mut reg!($dst) {
                        Value::Bool(x) => *x = v,
                        slot => *slot = Value::Bool(v),
                    }
                }};
            }
            macro_rules! bounds {
                ($i:expr, $len:expr) => {{
                    let (i, len) = ($i, $len as i64);
                    if i < 0 || i >= len {
                        rt_error!("{}", index_error(i, len));
                    }
                    i as usize
                }};
            }

            let ins = code[pc];
            pc += 1;
            match ins {
                Instr::Copy { dst, src } => {
                    let v = reg!(src).copy_agg();
                    put!(dst, v);
                }
                Instr::AddrGlobal { dst, g } => put!(dst, Value::Pointer(self.m.globals[g as usize].clone(), 0)),
                Instr::LoadEnv { dst, idx } => {
                    let v = match &self.frames.last().expect("frame").env {
                        Some(c) => c.env[idx as usize].clone(),
                        None => Value::Nil,
                    };
                    put!(dst, v);
                }

                // The fast lane runs these and leaves only the failures (see `hot.rs`).
                Instr::DivInt { .. } | Instr::RemInt { .. } | Instr::DivUint { .. } | Instr::RemUint { .. } => {
                    rt_error!("integer divide by zero")
                }
                Instr::CheckShift { .. } => rt_error!("negative shift amount"),
                Instr::StrIndex { s, i, .. } => rt_error!("{}", index_error(int!(i), reg!(s).as_bytes().len() as i64)),
                // Here when `x` and `dst` are one register, or the index is out of range.
                Instr::Index { dst, x, i } => {
                    let x = reg!(x).clone();
                    if !hot::load_index(&x, int!(i), &mut reg!(dst)) {
                        rt_error!("{}", index_error(int!(i), hot::len(&x) as i64))
                    }
                }
                Instr::SetIndex { x, i, .. } => rt_error!("{}", index_error(int!(i), hot::len(&reg!(x)) as i64)),
                // Here when `x` and `dst` are one register, or an index is out of range.
                Instr::Index2 { dst, x, i, j } => {
                    let x = reg!(x).clone();
                    if !slices::index2_into(&x, int!(i), int!(j), &mut reg!(dst)) {
                        rt_error!("{}", slices::index2_error(&x, int!(i), int!(j)))
                    }
                }
                Instr::SetIndex2 { x, i, j, .. } => rt_error!("{}", slices::index2_error(&reg!(x), int!(i), int!(j))),
                // Here when `obj` and `dst` are one register, or a pointer is nil.
                Instr::Field { dst, obj, idx } => match reg!(obj).clone() {
                    Value::Agg(o) => put!(dst, o.load(idx as usize)),
                    _ => rt_error!("{NIL_DEREF}"),
                },
                Instr::PtrField { dst, ptr, idx } => {
                    let Some(v) = reg!(ptr).field_through(idx as usize) else { rt_error!("{NIL_DEREF}") };
                    put!(dst, v);
                }
                Instr::SetPtrField { .. } => rt_error!("{NIL_DEREF}"),
                // Here when `ptr` and `dst` are one register, `ptr` is nil, or the index is
                // out of range.
                Instr::PtrFieldIndex { dst, ptr, idx, i } => {
                    let Some(f) = reg!(ptr).field_through(idx as usize) else { rt_error!("{NIL_DEREF}") };
                    if !hot::load_index(&f, int!(i), &mut reg!(dst)) {
                        rt_error!("{}", index_error(int!(i), hot::len(&f) as i64))
                    }
                }
                Instr::SetPtrFieldIndex { ptr, idx, i, .. } => {
                    let Some(f) = reg!(ptr).field_through(idx as usize) else { rt_error!("{NIL_DEREF}") };
                    rt_error!("{}", index_error(int!(i), hot::len(&f) as i64))
                }

                // Here when the comparison panics (the fast lane runs the others).
                Instr::Eq { dst, a, b } => cmp_op!(dst, fault!(ifaces::equal_values(&module, &reg!(a), &reg!(b)))),
                Instr::Ne { dst, a, b } => cmp_op!(dst, !fault!(ifaces::equal_values(&module, &reg!(a), &reg!(b)))),

                Instr::Concat { dst, a, b } => put!(dst, convert::concat(&reg!(a), &reg!(b))),
                Instr::Cplx { op, single, dst, a, b } => put!(dst, complex::eval(op, single, &reg!(a), &reg!(b))),
                Instr::StrDecode { dst, s, i } => {
                    let k = int!(i) as usize;
                    let (r, w) = decode_rune(reg!(s).as_bytes(), k);
                    put!(dst, Value::Int(r as i64));
                    reg!(dst + 1) = Value::Int(w as i64);
                }

                Instr::RuneToStr { dst, src } => put!(dst, convert::rune_to_str(int!(src))),
                Instr::BytesToStr { dst, src } => put!(dst, convert::bytes_to_str(&reg!(src))),
                Instr::StrToBytes { dst, src } => put!(dst, convert::str_to_bytes(&reg!(src))),
                Instr::RunesToStr { dst, src } => put!(dst, convert::runes_to_str(&reg!(src))),
                Instr::StrToRunes { dst, src } => put!(dst, convert::str_to_runes(&reg!(src))),

                Instr::MakeAgg { dst, start, n } => {
                    let s = base + start as usize;
                    let slots = self.stack[s..s + n as usize].to_vec();
                    put!(dst, Value::agg(slots));
                }
                Instr::SetField { obj, idx, src } => {
                    let v = reg!(src).clone();
                    match &reg!(obj) {
                        Value::Agg(o) => o.store(idx as usize, v),
                        _ => rt_error!("{NIL_DEREF}"),
                    }
                }
                Instr::AddrField { dst, obj, idx } => {
                    let p = match &reg!(obj) {
                        Value::Agg(o) => Value::Pointer(o.clone(), idx as u32),
                        _ => rt_error!("{NIL_DEREF}"),
                    };
                    put!(dst, p);
                }
                Instr::CheckIndex { x, i } => {
                    let len = match &reg!(x) {
                        Value::Slice(h) => h.len,
                        Value::Agg(o) => o.len(),
                        v => v.as_bytes().len(),
                    };
                    bounds!(int!(i), len);
                }
                Instr::AddrIndex { dst, x, i } => {
                    let idx = int!(i);
                    let p = match &reg!(x) {
                        Value::Slice(h) => {
                            let k = bounds!(idx, h.len);
                            Value::Pointer(h.arr.clone(), (h.off + k) as u32)
                        }
                        Value::Agg(o) => {
                            let k = bounds!(idx, o.len());
                            Value::Pointer(o.clone(), k as u32)
                        }
                        _ => rt_error!("{}", index_error(idx, 0)),
                    };
                    put!(dst, p);
                }
                Instr::Deref { dst, ptr } => {
                    let Some(v) = reg!(ptr).deref() else { rt_error!("{NIL_DEREF}") };
                    put!(dst, v);
                }
                Instr::Store { ptr, src } => {
                    let v = reg!(src).clone();
                    if !reg!(ptr).store_through(v) {
                        rt_error!("{NIL_DEREF}");
                    }
                }
                Instr::NewCell { dst, src } => {
                    let v = Value::new_cell(reg!(src).clone());
                    put!(dst, v);
                }
                Instr::CheckNil { src } => {
                    if reg!(src).is_nil() {
                        rt_error!("{NIL_DEREF}");
                    }
                }

                Instr::MakeSlice { dst, len, cap, elem } => {
                    let n = int!(len);
                    let c = if cap == NO_REG { n } else { int!(cap) };
                    put!(dst, fault!(slices::make_slice(n, c, &func.elems[elem as usize]).map_err(Fault::Runtime)));
                }
                Instr::SliceOf { dst, start, n } => {
                    let s = base + start as usize;
                    let v = Value::slice(self.stack[s..s + n as usize].to_vec());
                    put!(dst, v);
                }
                Instr::SliceExpr { dst, x, lo, hi, max } => {
                    let bound = |r: Reg| if r == NO_REG { None } else { Some(int!(r)) };
                    let (lo, hi, max) = (bound(lo), bound(hi), bound(max));
                    put!(dst, fault!(slices::slice_expr(&reg!(x), lo, hi, max).map_err(Fault::Runtime)));
                }
                Instr::Append { dst, s, start, n, elem } => {
                    let from = base + start as usize;
                    let items = self.stack[from..from + n as usize].to_vec();
                    let info = &func.elems[elem as usize];
                    let v = slices::append_values(&reg!(s), items, info);
                    put!(dst, v);
                }
                Instr::AppendSlice { dst, s, t, elem } => put!(dst, slices::append_slice(&reg!(s), &reg!(t), &func.elems[elem as usize])),
                Instr::CopySlice { dst, to, from } => put!(dst, Value::Int(slices::copy_slice(&reg!(to), &reg!(from)) as i64)),

                Instr::MakeMap { dst } => put!(dst, Value::Map(MapObj::new())),
                Instr::MapIndex { dst, m, k, zero, ok } => {
                    let found = fault!(maps::map_index(&module.types, &reg!(m), &reg!(k)));
                    let hit = found.is_some();
                    put!(dst, found.unwrap_or_else(|| consts[zero as usize].copy_agg()));
                    if ok {
                        reg!(dst + 1) = Value::Bool(hit);
                    }
                }
                Instr::MapSet { m, k, src } => {
                    let v = reg!(src).clone();
                    fault!(maps::map_set(&module.types, &reg!(m), &reg!(k), v))
                }
                Instr::MapDelete { m, k } => fault!(maps::map_delete(&module.types, &reg!(m), &reg!(k))),
                Instr::MapEntries { dst, m } => put!(dst, maps::map_entries(&reg!(m))),
                Instr::Clear { x, elem } => match &reg!(x) {
                    Value::Map(map) => map.clear(),
                    Value::Slice(h) => slices::clear_slice(h, &func.elems[elem as usize]),
                    _ => {}
                },

                Instr::Closure { dst, func: f, start, n } => {
                    let s = base + start as usize;
                    let env: Box<[Value]> = self.stack[s..s + n as usize].to_vec().into_boxed_slice();
                    put!(dst, Value::Func(Arc::new(Closure { callee: Callee::Go(f), env, bound: false })));
                }
                Instr::BindMethod { dst, recv, k } => {
                    let callee = match &consts[k as usize] {
                        Value::Func(c) => c.callee,
                        _ => unreachable!("BindMethod constant is a func"),
                    };
                    let r = reg!(recv).clone();
                    put!(dst, Value::Func(Arc::new(Closure { callee, env: Box::new([r]), bound: true })));
                }
                Instr::BindIface { dst, src, name } => put!(dst, fault!(ifaces::bind_iface(&module, &reg!(src), name))),
                Instr::Call { a, func: f } => {
                    kill_dead!();
                    save_pc!();
                    let w = base + a as usize;
                    flow!(self.push_frame(f, w, w, None, FrameKind::Normal))
                }
                Instr::CallNative { a, native, nargs } => {
                    kill_dead!();
                    save_pc!();
                    let w = base + a as usize;
                    let args = self.stack[w..w + nargs as usize].to_vec();
                    flow!(self.call_native(native, args, w, FrameKind::Normal, rt))
                }
                Instr::CallValue { a, nargs } => {
                    kill_dead!();
                    save_pc!();
                    flow!(self.call_value(base + a as usize, nargs as usize, rt))
                }
                Instr::CallIface { a, name, nargs } => {
                    kill_dead!();
                    save_pc!();
                    flow!(self.call_iface(base + a as usize, name, nargs as usize, rt))
                }
                Instr::Return { start, n } => {
                    let fr = self.frames.pop().expect("frame");
                    let src = base + start as usize;
                    let ret = fr.ret as usize;
                    for i in 0..n as usize {
                        let v = std::mem::take(&mut self.stack[src + i]);
                        self.stack[ret + i] = v;
                    }
                    self.clear_window(&fr, n as usize);
                    if fr.kind != FrameKind::Normal {
                        flow!(self.frame_done(fr.kind, ret, n as usize, rt))
                    }
                    continue 'outer;
                }
                Instr::ReturnResults => {
                    save_pc!();
                    flow!(self.continue_return(rt))
                }

                Instr::ToIface { dst, src, ty } => {
                    let v = Value::iface(minigo_types::TypeId(ty), reg!(src).copy_agg());
                    put!(dst, v);
                }
                Instr::AssertType { dst, src, assert, ok } => {
                    let info = &func.asserts[assert as usize];
                    if ok {
                        let hit = ifaces::assert_type_ok(&reg!(src), info);
                        let good = hit.is_some();
                        put!(dst, hit.unwrap_or_else(|| info.zero.copy_agg()));
                        reg!(dst + 1) = Value::Bool(good);
                    } else {
                        put!(dst, fault!(ifaces::assert_type(&module, &reg!(src), info)));
                    }
                }
                Instr::AssertIface { dst, src, assert, ok } => {
                    let info = &func.asserts[assert as usize];
                    if ok {
                        let good = ifaces::assert_iface_ok(&module, &reg!(src), info);
                        put!(dst, if good { reg!(src).clone() } else { Value::Nil });
                        reg!(dst + 1) = Value::Bool(good);
                    } else {
                        put!(dst, fault!(ifaces::assert_iface(&module, &reg!(src), info)));
                    }
                }

                Instr::Panic { src } => {
                    let v = match reg!(src).clone() {
                        Value::Nil => module.panic_nil_error(),
                        v => v,
                    };
                    throw!(v)
                }
                Instr::Recover { dst } => put!(dst, self.recover()),
                Instr::Defer { f, a, nargs } => {
                    let s = base + a as usize;
                    let args = self.stack[s..s + nargs as usize].to_vec();
                    let fv = reg!(f).clone();
                    self.push_defer(fv, args);
                }
                Instr::DeferAt { frame, f, a, nargs } => {
                    let s = base + a as usize;
                    let args = self.stack[s..s + nargs as usize].to_vec();
                    let fv = reg!(f).clone();
                    let token = reg!(frame).as_int();
                    if !self.push_defer_at(token, rt.g().id(), fv, args) {
                        save_pc!();
                        return self.fatal_error("defer in a range-over-func loop body run on another goroutine is not supported by minigo", rt);
                    }
                }
                Instr::FrameToken { dst } => put!(dst, Value::Int(crate::call::frame_token(rt.g().id(), self.frames.len() - 1))),
                Instr::Go { f, a, nargs } => {
                    let s = base + a as usize;
                    let args = self.stack[s..s + nargs as usize].to_vec();
                    let fv = reg!(f).clone();
                    if fv.is_nil() {
                        save_pc!();
                        return self.fatal_error("go of nil func value", rt);
                    }
                    let label = if rt.tracing() {
                        save_pc!();
                        Some(self.go_label(&fv, fi))
                    } else {
                        None
                    };
                    let mut g = Goroutine::for_call(self.m.clone(), fv, args);
                    g.created_by = NonZeroU64::new(rt.g().id()).map(|goid| CreatedBy { func: fi, pc: pc as u32, goid });
                    match label {
                        Some(label) => rt.spawn_labeled(Box::new(g), label),
                        None => rt.spawn(Box::new(g)),
                    };
                }

                Instr::MakeChan { dst, cap } => put!(dst, fault!(chans::make_chan(int!(cap)))),
                Instr::Send { ch, src } => {
                    save_pc!();
                    let (c, v) = (reg!(ch).clone(), reg!(src).clone());
                    flow!(self.chan_send(&c, v, rt))
                }
                Instr::Recv { dst, ch, ok, zero } => {
                    save_pc!();
                    let c = reg!(ch).clone();
                    flow!(self.chan_recv(&c, base + dst as usize, ok, &consts[zero as usize], rt))
                }
                Instr::Close { ch } => fault!(chans::close(&reg!(ch))),
                Instr::Select { dst, sel } => {
                    save_pc!();
                    flow!(self.select(fi, sel, base, dst, rt))
                }

                Instr::Print { src, kind } => {
                    let mut out = Vec::new();
                    print_arg(&reg!(src), kind, &mut out);
                    self.m.write_stderr(&out);
                }
                Instr::PrintSpace => self.m.write_stderr(b" "),
                Instr::PrintNewline => self.m.write_stderr(b"\n"),
                _ => unreachable!("{ins:?} runs in the fast lane")
            }
            save_pc!();
        }
    }
}
