//! The dispatch loop: runs the top frame's instructions until the goroutine finishes,
//! parks, is preempted at a safepoint, or the program ends. Go calls push a frame and
//! continue in the same loop (never recursing on the Rust stack).

use std::sync::Arc;

use minigo_runtime::chan::{self, RecvResult, SelectResult, SendResult};
use minigo_runtime::{Ctx, Step, WaitReason};

use crate::builtins::{decode_rune, grow_cap, print_arg, push_rune, runes};
use crate::bytecode::{ElemInfo, Instr, SelectCase, NO_REG};
use crate::goroutine::{FrameKind, Goroutine, Wait};
use crate::typestr::type_string;
use crate::value::{equal, Callee, Closure, GoStr, Key, MapObj, Obj, SliceHdr, Value};

const NIL_DEREF: &str = "invalid memory address or nil pointer dereference";

/// Longest slice `make` accepts (Go's limit depends on memory; this keeps a bad length
/// from aborting the interpreter).
const MAX_ALLOC_LEN: i64 = 1 << 31;

/// 2^63 as a float.
const TWO63: f64 = 9_223_372_036_854_775_808.0;

impl Goroutine {
    /// Runs until the goroutine stops. `rt` is `None` when running without the runtime.
    pub(crate) fn execute(&mut self, rt: &mut Ctx<'_>) -> Step {
        let module = self.module.clone();
        if let Some((f, args)) = self.start.take() {
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
            macro_rules! int {
                ($r:expr) => {
                    match &self.stack[base + $r as usize] {
                        Value::Int(i) => *i,
                        v => v.as_int(),
                    }
                };
            }
            macro_rules! float {
                ($r:expr) => {
                    match &self.stack[base + $r as usize] {
                        Value::Float(f) => *f,
                        _ => 0.0,
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
            macro_rules! flow {
                ($e:expr) => {{
                    match $e {
                        Some(step) => return step,
                        None => continue 'outer,
                    }
                }};
            }
            macro_rules! set_int {
                ($dst:expr, $v:expr) => {{
                    let v = $v;
                    match &mut reg!($dst) {
                        Value::Int(x) => *x = v,
                        slot => *slot = Value::Int(v),
                    }
                }};
            }
            macro_rules! int_op {
                ($dst:expr, $a:expr, $b:expr, $f:expr) => {{
                    let f: fn(i64, i64) -> i64 = $f;
                    set_int!($dst, f(int!($a), int!($b)));
                }};
            }
            macro_rules! float_op {
                ($dst:expr, $a:expr, $b:expr, $op:tt) => {{
                    let v = float!($a) $op float!($b);
                    match &mut reg!($dst) {
                        Value::Float(x) => *x = v,
                        slot => *slot = Value::Float(v),
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
                        rt_error!("index out of range [{}] with length {}", i, len);
                    }
                    i as usize
                }};
            }

            loop {
                let ins = code[pc];
                pc += 1;
                match ins {
                    Instr::Move { dst, src } => {
                        let v = reg!(src).clone();
                        reg!(dst) = v;
                    }
                    Instr::Copy { dst, src } => {
                        let v = reg!(src).copy_agg();
                        reg!(dst) = v;
                    }
                    Instr::LoadConst { dst, k } => reg!(dst) = consts[k as usize].clone(),
                    Instr::LoadInt { dst, v } => set_int!(dst, v as i64),
                    Instr::LoadNil { dst } => reg!(dst) = Value::Nil,
                    Instr::LoadGlobal { dst, g } => reg!(dst) = self.m.globals[g as usize].load(0),
                    Instr::StoreGlobal { g, src } => {
                        let v = reg!(src).clone();
                        self.m.globals[g as usize].store(0, v);
                    }
                    Instr::AddrGlobal { dst, g } => reg!(dst) = Value::Pointer(self.m.globals[g as usize].clone(), 0),
                    Instr::LoadEnv { dst, idx } => {
                        let v = match &self.frames.last().expect("frame").env {
                            Some(c) => c.env[idx as usize].clone(),
                            None => Value::Nil,
                        };
                        reg!(dst) = v;
                    }

                    Instr::AddInt { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_add(y)),
                    Instr::AddIntImm { dst, a, imm } => set_int!(dst, int!(a).wrapping_add(imm as i64)),
                    Instr::SubInt { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_sub(y)),
                    Instr::MulInt { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_mul(y)),
                    Instr::DivInt { dst, a, b } => {
                        let d = int!(b);
                        if d == 0 {
                            rt_error!("integer divide by zero");
                        }
                        reg!(dst) = Value::Int(int!(a).wrapping_div(d));
                    }
                    Instr::RemInt { dst, a, b } => {
                        let d = int!(b);
                        if d == 0 {
                            rt_error!("integer divide by zero");
                        }
                        reg!(dst) = Value::Int(int!(a).wrapping_rem(d));
                    }
                    Instr::DivUint { dst, a, b } => {
                        let d = int!(b) as u64;
                        if d == 0 {
                            rt_error!("integer divide by zero");
                        }
                        reg!(dst) = Value::Int(((int!(a) as u64) / d) as i64);
                    }
                    Instr::RemUint { dst, a, b } => {
                        let d = int!(b) as u64;
                        if d == 0 {
                            rt_error!("integer divide by zero");
                        }
                        reg!(dst) = Value::Int(((int!(a) as u64) % d) as i64);
                    }
                    Instr::And { dst, a, b } => int_op!(dst, a, b, |x, y| x & y),
                    Instr::Or { dst, a, b } => int_op!(dst, a, b, |x, y| x | y),
                    Instr::Xor { dst, a, b } => int_op!(dst, a, b, |x, y| x ^ y),
                    Instr::AndNot { dst, a, b } => int_op!(dst, a, b, |x, y| x & !y),
                    Instr::Shl { dst, a, b } => int_op!(dst, a, b, |x, n| if (n as u64) >= 64 { 0 } else { x << n }),
                    Instr::ShrInt { dst, a, b } => int_op!(dst, a, b, |x, n| if (n as u64) >= 64 { x >> 63 } else { x >> n }),
                    Instr::ShrUint { dst, a, b } => {
                        int_op!(dst, a, b, |x, n| if (n as u64) >= 64 { 0 } else { ((x as u64) >> n) as i64 })
                    }
                    Instr::CheckShift { src } => {
                        if int!(src) < 0 {
                            rt_error!("negative shift amount");
                        }
                    }
                    Instr::NegInt { dst, src } => reg!(dst) = Value::Int(int!(src).wrapping_neg()),
                    Instr::Compl { dst, src } => reg!(dst) = Value::Int(!int!(src)),
                    Instr::Not { dst, src } => {
                        let b = reg!(src).as_bool();
                        reg!(dst) = Value::Bool(!b)
                    }
                    Instr::Wrap { dst, width } => set_int!(dst, width.wrap(int!(dst))),

                    Instr::AddFloat { dst, a, b } => float_op!(dst, a, b, +),
                    Instr::SubFloat { dst, a, b } => float_op!(dst, a, b, -),
                    Instr::MulFloat { dst, a, b } => float_op!(dst, a, b, *),
                    Instr::DivFloat { dst, a, b } => float_op!(dst, a, b, /),
                    Instr::NegFloat { dst, src } => reg!(dst) = Value::Float(-float!(src)),
                    Instr::RoundF32 { dst } => reg!(dst) = Value::Float(float!(dst) as f32 as f64),

                    Instr::EqInt { dst, a, b } => cmp_op!(dst, int!(a) == int!(b)),
                    Instr::NeInt { dst, a, b } => cmp_op!(dst, int!(a) != int!(b)),
                    Instr::LtInt { dst, a, b } => cmp_op!(dst, int!(a) < int!(b)),
                    Instr::LeInt { dst, a, b } => cmp_op!(dst, int!(a) <= int!(b)),
                    Instr::LtUint { dst, a, b } => cmp_op!(dst, (int!(a) as u64) < (int!(b) as u64)),
                    Instr::LeUint { dst, a, b } => cmp_op!(dst, (int!(a) as u64) <= (int!(b) as u64)),
                    Instr::EqFloat { dst, a, b } => cmp_op!(dst, float!(a) == float!(b)),
                    Instr::NeFloat { dst, a, b } => cmp_op!(dst, float!(a) != float!(b)),
                    Instr::LtFloat { dst, a, b } => cmp_op!(dst, float!(a) < float!(b)),
                    Instr::LeFloat { dst, a, b } => cmp_op!(dst, float!(a) <= float!(b)),
                    Instr::EqStr { dst, a, b } => cmp_op!(dst, reg!(a).as_bytes() == reg!(b).as_bytes()),
                    Instr::NeStr { dst, a, b } => cmp_op!(dst, reg!(a).as_bytes() != reg!(b).as_bytes()),
                    Instr::LtStr { dst, a, b } => cmp_op!(dst, reg!(a).as_bytes() < reg!(b).as_bytes()),
                    Instr::LeStr { dst, a, b } => cmp_op!(dst, reg!(a).as_bytes() <= reg!(b).as_bytes()),
                    Instr::Eq { dst, a, b } | Instr::Ne { dst, a, b } => {
                        let eq = match equal(&module.types, &reg!(a), &reg!(b)) {
                            Ok(e) => e,
                            Err(t) => rt_error!("comparing uncomparable type {}", type_string(&module.types, t)),
                        };
                        let want_eq = matches!(ins, Instr::Eq { .. });
                        reg!(dst) = Value::Bool(eq == want_eq);
                    }
                    Instr::JumpIfNotLtInt { a, b, target } => {
                        if int!(a) >= int!(b) {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfNotLtIntImm { a, imm, target } => {
                        if int!(a) >= imm as i64 {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfNotLeIntImm { a, imm, target } => {
                        if int!(a) > imm as i64 {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfNotLeInt { a, b, target } => {
                        if int!(a) > int!(b) {
                            pc = target as usize;
                        }
                    }

                    Instr::Concat { dst, a, b } => {
                        let (x, y) = (reg!(a).as_bytes(), reg!(b).as_bytes());
                        let v = if y.is_empty() {
                            reg!(a).clone()
                        } else if x.is_empty() {
                            reg!(b).clone()
                        } else {
                            let mut s = Vec::with_capacity(x.len() + y.len());
                            s.extend_from_slice(x);
                            s.extend_from_slice(y);
                            Value::Str(GoStr::new(s))
                        };
                        reg!(dst) = v;
                    }
                    Instr::Len { dst, src } => {
                        let n = match &reg!(src) {
                            Value::Str(s) => s.len(),
                            Value::Slice(h) => h.len,
                            Value::Agg(o) => o.len(),
                            Value::Map(m) => m.len(),
                            Value::Chan(c) => c.len(),
                            _ => 0,
                        };
                        reg!(dst) = Value::Int(n as i64);
                    }
                    Instr::Cap { dst, src } => {
                        let n = match &reg!(src) {
                            Value::Slice(h) => h.cap,
                            Value::Agg(o) => o.len(),
                            Value::Chan(c) => c.cap(),
                            _ => 0,
                        };
                        reg!(dst) = Value::Int(n as i64);
                    }
                    Instr::StrIndex { dst, s, i } => {
                        let idx = int!(i);
                        let len = reg!(s).as_bytes().len();
                        let k = bounds!(idx, len);
                        let b = reg!(s).as_bytes()[k];
                        reg!(dst) = Value::Int(b as i64);
                    }
                    Instr::StrDecode { dst, s, i } => {
                        let k = int!(i) as usize;
                        let (r, w) = decode_rune(reg!(s).as_bytes(), k);
                        reg!(dst) = Value::Int(r as i64);
                        reg!(dst + 1) = Value::Int(w as i64);
                    }

                    Instr::IntToFloat { dst, src } => reg!(dst) = Value::Float(int!(src) as f64),
                    Instr::UintToFloat { dst, src } => reg!(dst) = Value::Float(int!(src) as u64 as f64),
                    Instr::FloatToInt { dst, src } => {
                        let f = float!(src);
                        // Out of range (and NaN) gives 0x8000000000000000, as amd64's CVTTSD2SQ.
                        let v = if (-TWO63..TWO63).contains(&f) { f as i64 } else { i64::MIN };
                        reg!(dst) = Value::Int(v);
                    }
                    Instr::FloatToUint { dst, src } => {
                        let f = float!(src);
                        let v = if f < TWO63 { f as i64 } else { ((f - TWO63) as i64) ^ i64::MIN };
                        reg!(dst) = Value::Int(v);
                    }
                    Instr::RuneToStr { dst, src } => {
                        let mut s = Vec::new();
                        push_rune(&mut s, int!(src));
                        reg!(dst) = Value::Str(GoStr::new(s));
                    }
                    Instr::BytesToStr { dst, src } => {
                        let bytes = match &reg!(src) {
                            Value::Slice(h) => h.bytes().unwrap_or_else(|| h.to_vec().iter().map(|b| b.as_int() as u8).collect()),
                            _ => Vec::new(),
                        };
                        reg!(dst) = Value::Str(GoStr::new(bytes));
                    }
                    Instr::StrToBytes { dst, src } => {
                        let b = reg!(src).as_bytes();
                        reg!(dst) = Value::Slice(Arc::new(SliceHdr { arr: Obj::packed_bytes(b), off: 0, len: b.len(), cap: b.len() }));
                    }
                    Instr::RunesToStr { dst, src } => {
                        let mut s = Vec::new();
                        for r in reg!(src).slice_to_vec() {
                            push_rune(&mut s, r.as_int());
                        }
                        reg!(dst) = Value::Str(GoStr::new(s));
                    }
                    Instr::StrToRunes { dst, src } => {
                        let v = Value::slice(runes(reg!(src).as_bytes()));
                        reg!(dst) = v;
                    }

                    Instr::MakeAgg { dst, start, n } => {
                        let s = base + start as usize;
                        let slots = self.stack[s..s + n as usize].to_vec();
                        reg!(dst) = Value::agg(slots);
                    }
                    Instr::Field { dst, obj, idx } => {
                        let v = match &reg!(obj) {
                            Value::Agg(o) => o.load(idx as usize),
                            _ => rt_error!("{NIL_DEREF}"),
                        };
                        reg!(dst) = v;
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
                        reg!(dst) = p;
                    }
                    Instr::Index { dst, x, i } => {
                        let idx = int!(i);
                        let v = match &reg!(x) {
                            Value::Slice(h) => {
                                let k = bounds!(idx, h.len);
                                h.get(k)
                            }
                            Value::Agg(o) => match o.load_checked(idx) {
                                Ok(v) => v,
                                Err(len) => rt_error!("index out of range [{}] with length {}", idx, len),
                            },
                            _ => rt_error!("index out of range [{}] with length 0", idx),
                        };
                        reg!(dst) = v;
                    }
                    Instr::Index2 { dst, x, i, j } => {
                        let (a, b) = (int!(i), int!(j));
                        let Value::Slice(h) = &reg!(x) else {
                            rt_error!("index out of range [{}] with length 0", a)
                        };
                        let k = bounds!(a, h.len);
                        // The inner array holds basic values: its lock is a leaf, so taking
                        // it under the outer one cannot deadlock.
                        let v = h.arr.with_slot(h.off + k, |outer| match outer {
                            Value::Slice(g) if b >= 0 && (b as usize) < g.len => Ok(g.get(b as usize)),
                            Value::Slice(g) => Err(g.len),
                            _ => Err(0),
                        });
                        match v {
                            Ok(v) => reg!(dst) = v,
                            Err(len) => rt_error!("index out of range [{}] with length {}", b, len),
                        }
                    }
                    Instr::SetIndex { x, i, src } => {
                        let idx = int!(i);
                        let v = reg!(src).clone();
                        match &reg!(x) {
                            Value::Slice(h) => {
                                let k = bounds!(idx, h.len);
                                h.set(k, v)
                            }
                            Value::Agg(o) => {
                                if let Err(len) = o.store_checked(idx, v) {
                                    rt_error!("index out of range [{}] with length {}", idx, len);
                                }
                            }
                            _ => rt_error!("index out of range [{}] with length 0", idx),
                        }
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
                            _ => rt_error!("index out of range [{}] with length 0", idx),
                        };
                        reg!(dst) = p;
                    }
                    Instr::Deref { dst, ptr } => {
                        let v = match &reg!(ptr) {
                            Value::Pointer(o, i) => o.load(*i as usize),
                            _ => rt_error!("{NIL_DEREF}"),
                        };
                        reg!(dst) = v;
                    }
                    Instr::Store { ptr, src } => {
                        let v = reg!(src).clone();
                        match &reg!(ptr) {
                            Value::Pointer(o, i) => o.store(*i as usize, v),
                            _ => rt_error!("{NIL_DEREF}"),
                        }
                    }
                    Instr::NewCell { dst, src } => {
                        let v = Value::new_cell(reg!(src).clone());
                        reg!(dst) = v;
                    }
                    Instr::CheckNil { src } => {
                        if reg!(src).is_nil() {
                            rt_error!("{NIL_DEREF}");
                        }
                    }

                    Instr::MakeSlice { dst, len, cap, elem } => {
                        let n = int!(len);
                        let c = if cap == NO_REG { n } else { int!(cap) };
                        if !(0..=MAX_ALLOC_LEN).contains(&n) {
                            rt_error!("makeslice: len out of range");
                        }
                        if c < n || c > MAX_ALLOC_LEN {
                            rt_error!("makeslice: cap out of range");
                        }
                        let arr = new_array(&func.elems[elem as usize], c as usize);
                        reg!(dst) = Value::Slice(Arc::new(SliceHdr { arr, off: 0, len: n as usize, cap: c as usize }));
                    }
                    Instr::SliceOf { dst, start, n } => {
                        let s = base + start as usize;
                        let v = Value::slice(self.stack[s..s + n as usize].to_vec());
                        reg!(dst) = v;
                    }
                    Instr::SliceExpr { dst, x, lo, hi, max } => {
                        let lo_v = if lo == NO_REG { None } else { Some(int!(lo)) };
                        let hi_v = if hi == NO_REG { None } else { Some(int!(hi)) };
                        let max_v = if max == NO_REG { None } else { Some(int!(max)) };
                        let r = match &reg!(x) {
                            Value::Str(s) => slice_string(s, lo_v, hi_v),
                            Value::Nil if max_v.is_none() && lo_v.unwrap_or(0) == 0 && hi_v.unwrap_or(0) == 0 => Ok(Value::Nil),
                            v => slice_value(v, lo_v, hi_v, max_v),
                        };
                        match r {
                            Ok(v) => reg!(dst) = v,
                            Err(msg) => rt_error!("{msg}"),
                        }
                    }
                    Instr::Append { dst, s, start, n, elem } => {
                        let from = base + start as usize;
                        let items = self.stack[from..from + n as usize].to_vec();
                        let info = &func.elems[elem as usize];
                        let v = append_values(&reg!(s), items, info);
                        reg!(dst) = v;
                    }
                    Instr::AppendSlice { dst, s, t, elem } => {
                        let items: Vec<Value> = match &reg!(t) {
                            Value::Str(b) => b.as_bytes().iter().map(|c| Value::Int(*c as i64)).collect(),
                            v => v.slice_to_vec(),
                        };
                        let info = &func.elems[elem as usize];
                        let v = if items.is_empty() { reg!(s).clone() } else { append_values(&reg!(s), items, info) };
                        reg!(dst) = v;
                    }
                    Instr::CopySlice { dst, to, from } => {
                        let n = match (&reg!(to), &reg!(from)) {
                            (Value::Slice(d), Value::Str(b)) => {
                                let n = d.len.min(b.len());
                                d.arr.write_range(d.off, b.as_bytes()[..n].iter().map(|c| Value::Int(*c as i64)));
                                n
                            }
                            (Value::Slice(d), Value::Slice(s)) => {
                                let n = d.len.min(s.len);
                                d.arr.copy_from(d.off, &s.arr, s.off, n);
                                n
                            }
                            _ => 0,
                        };
                        reg!(dst) = Value::Int(n as i64);
                    }

                    Instr::MakeMap { dst } => reg!(dst) = Value::Map(MapObj::new()),
                    Instr::MapIndex { dst, m, k, zero, ok } => {
                        let found = match &reg!(m) {
                            Value::Map(map) => match Key::of(&module.types, &reg!(k)) {
                                Ok(key) => map.get(&key),
                                Err(t) => rt_error!("hash of unhashable type {}", type_string(&module.types, t)),
                            },
                            _ => None,
                        };
                        let hit = found.is_some();
                        reg!(dst) = found.unwrap_or_else(|| consts[zero as usize].copy_agg());
                        if ok {
                            reg!(dst + 1) = Value::Bool(hit);
                        }
                    }
                    Instr::MapSet { m, k, src } => {
                        let Value::Map(map) = &reg!(m) else { plain_error!("assignment to entry in nil map") };
                        let key = match Key::of(&module.types, &reg!(k)) {
                            Ok(key) => key,
                            Err(t) => rt_error!("hash of unhashable type {}", type_string(&module.types, t)),
                        };
                        map.insert(key, reg!(k).clone(), reg!(src).clone());
                    }
                    Instr::MapDelete { m, k } => {
                        if let Value::Map(map) = &reg!(m) {
                            match Key::of(&module.types, &reg!(k)) {
                                Ok(key) => map.remove(&key),
                                Err(t) => rt_error!("hash of unhashable type {}", type_string(&module.types, t)),
                            }
                        }
                    }
                    Instr::MapKeys { dst, m } => {
                        let keys: Vec<Value> = match &reg!(m) {
                            Value::Map(map) => map.entries().into_iter().map(|(_, k, _)| k).collect(),
                            _ => Vec::new(),
                        };
                        reg!(dst) = Value::slice(keys);
                    }
                    Instr::Clear { x, elem } => match &reg!(x) {
                        Value::Map(map) => map.clear(),
                        Value::Slice(h) => {
                            let z = &func.elems[elem as usize].zero;
                            h.arr.with_window(h.off, h.len, |slots| slots.iter_mut().for_each(|s| *s = z.copy_agg()));
                        }
                        _ => {}
                    },

                    Instr::Closure { dst, func: f, start, n } => {
                        let s = base + start as usize;
                        let env: Box<[Value]> = self.stack[s..s + n as usize].to_vec().into_boxed_slice();
                        reg!(dst) = Value::Func(Arc::new(Closure { callee: Callee::Go(f), env, bound: false }));
                    }
                    Instr::BindMethod { dst, recv, k } => {
                        let callee = match &consts[k as usize] {
                            Value::Func(c) => c.callee,
                            _ => unreachable!("BindMethod constant is a func"),
                        };
                        let r = reg!(recv).clone();
                        reg!(dst) = Value::Func(Arc::new(Closure { callee, env: Box::new([r]), bound: true }));
                    }
                    Instr::BindIface { dst, src, name } => {
                        let v = match &reg!(src) {
                            Value::Iface(t, inner) => module.bound_method(*t, inner, &module.method_names[name as usize]),
                            _ => None,
                        };
                        match v {
                            Some(v) => reg!(dst) = v,
                            None => rt_error!("{NIL_DEREF}"),
                        }
                    }
                    Instr::Call { a, func: f } => {
                        save_pc!();
                        let w = base + a as usize;
                        flow!(self.push_frame(f, w, w, None, FrameKind::Normal))
                    }
                    Instr::CallNative { a, native, nargs } => {
                        save_pc!();
                        let w = base + a as usize;
                        let args = self.stack[w..w + nargs as usize].to_vec();
                        flow!(self.call_native(native, args, w, FrameKind::Normal, rt))
                    }
                    Instr::CallValue { a, nargs } => {
                        save_pc!();
                        let w = base + a as usize;
                        let f = std::mem::take(&mut self.stack[w]);
                        match f {
                            Value::Func(c) => match c.callee {
                                Callee::Go(fi) if !c.bound => flow!(self.push_frame(fi, w + 1, w, Some(c), FrameKind::Normal)),
                                Callee::Go(fi) => {
                                    self.stack[w] = c.env[0].clone();
                                    flow!(self.push_frame(fi, w, w, None, FrameKind::Normal))
                                }
                                Callee::Native(ni) => {
                                    let mut args = Vec::with_capacity(nargs as usize + 1);
                                    if c.bound {
                                        args.push(c.env[0].clone());
                                    }
                                    args.extend_from_slice(&self.stack[w + 1..w + 1 + nargs as usize]);
                                    flow!(self.call_native(ni, args, w, FrameKind::Normal, rt))
                                }
                            },
                            _ => rt_error!("{NIL_DEREF}"),
                        }
                    }
                    Instr::CallIface { a, name, nargs } => {
                        save_pc!();
                        let w = base + a as usize;
                        let (t, inner) = match &self.stack[w] {
                            Value::Iface(t, inner) => (*t, inner.clone()),
                            _ => rt_error!("{NIL_DEREF}"),
                        };
                        let Some((callee, recv)) = module.resolve_method(t, &inner, name) else {
                            rt_error!("{NIL_DEREF}");
                        };
                        match callee {
                            Callee::Go(fi) => {
                                self.stack[w] = recv;
                                flow!(self.push_frame(fi, w, w, None, FrameKind::Normal))
                            }
                            Callee::Native(ni) => {
                                let mut args = vec![recv];
                                args.extend_from_slice(&self.stack[w + 1..w + 1 + nargs as usize]);
                                flow!(self.call_native(ni, args, w, FrameKind::Normal, rt))
                            }
                        }
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
                        reg!(dst) = v;
                    }
                    Instr::AssertType { dst, src, assert, ok } => {
                        let info = &func.asserts[assert as usize];
                        let hit = match &reg!(src) {
                            Value::Iface(t, inner) if *t == info.ty => Some(inner.copy_agg()),
                            _ => None,
                        };
                        if ok {
                            let good = hit.is_some();
                            reg!(dst) = hit.unwrap_or_else(|| info.zero.copy_agg());
                            reg!(dst + 1) = Value::Bool(good);
                        } else {
                            match hit {
                                Some(v) => reg!(dst) = v,
                                None => {
                                    let dynamic = match &reg!(src) {
                                        Value::Iface(t, _) => type_string(&module.types, *t),
                                        _ => "nil".to_string(),
                                    };
                                    plain_error!(
                                        "interface conversion: {} is {}, not {}",
                                        type_string(&module.types, info.src_ty),
                                        dynamic,
                                        type_string(&module.types, info.ty)
                                    )
                                }
                            }
                        }
                    }
                    Instr::AssertIface { dst, src, assert, ok } => {
                        let info = &func.asserts[assert as usize];
                        let (good, missing) = match &reg!(src) {
                            Value::Iface(t, _) => match module.missing_method(*t, info.ty) {
                                None => (true, None),
                                Some(m) => (false, Some((*t, m))),
                            },
                            _ => (false, None),
                        };
                        if ok {
                            reg!(dst) = if good { reg!(src).clone() } else { Value::Nil };
                            reg!(dst + 1) = Value::Bool(good);
                        } else if good {
                            let v = reg!(src).clone();
                            reg!(dst) = v;
                        } else {
                            match missing {
                                Some((t, m)) => plain_error!(
                                    "interface conversion: {} is not {}: missing method {}",
                                    type_string(&module.types, t),
                                    type_string(&module.types, info.ty),
                                    m
                                ),
                                None => plain_error!(
                                    "interface conversion: interface is nil, not {}",
                                    type_string(&module.types, info.ty)
                                ),
                            }
                        }
                    }

                    Instr::Jump { target } => pc = target as usize,
                    Instr::JumpIfFalse { cond, target } => {
                        if !reg!(cond).as_bool() {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        if reg!(cond).as_bool() {
                            pc = target as usize;
                        }
                    }
                    Instr::Loop { target } => {
                        pc = target as usize;
                        if rt.preempt_requested() {
                            save_pc!();
                            return Step::Preempted;
                        }
                    }
                    Instr::Safepoint => {
                        if rt.preempt_requested() {
                            save_pc!();
                            return Step::Preempted;
                        }
                    }

                    Instr::Panic { src } => {
                        let v = match reg!(src).clone() {
                            Value::Nil => module.panic_nil_error(),
                            v => v,
                        };
                        throw!(v)
                    }
                    Instr::Recover { dst } => reg!(dst) = self.recover(),
                    Instr::Defer { f, a, nargs } => {
                        let s = base + a as usize;
                        let args = self.stack[s..s + nargs as usize].to_vec();
                        let fv = reg!(f).clone();
                        self.push_defer(fv, args);
                    }
                    Instr::Go { f, a, nargs } => {
                        let s = base + a as usize;
                        let args = self.stack[s..s + nargs as usize].to_vec();
                        let fv = reg!(f).clone();
                        if fv.is_nil() {
                            save_pc!();
                            return self.fatal_error("go of nil func value", rt);
                        }
                        let g = Goroutine::for_call(self.m.clone(), fv, args);
                        rt.spawn(Box::new(g));
                    }

                    Instr::MakeChan { dst, cap } => {
                        let c = int!(cap);
                        if !(0..=MAX_ALLOC_LEN).contains(&c) {
                            plain_error!("makechan: size out of range");
                        }
                        reg!(dst) = Value::Chan(Arc::new(chan::Chan::new(c as usize)));
                    }
                    Instr::Send { ch, src } => {
                        save_pc!();
                        let v = reg!(src).clone();
                        let Value::Chan(c) = reg!(ch).clone() else {
                            return Step::Park(WaitReason::ChanSendNilChan);
                        };
                        match c.send(rt, v) {
                            SendResult::Done => {}
                            SendResult::Parked(sudog) => {
                                self.wait = Some(Wait::Send { sudog });
                                return Step::Park(WaitReason::ChanSend);
                            }
                            SendResult::Closed(_) => plain_error!("send on closed channel"),
                        }
                    }
                    Instr::Recv { dst, ch, ok, zero } => {
                        save_pc!();
                        let Value::Chan(c) = reg!(ch).clone() else {
                            return Step::Park(WaitReason::ChanReceiveNilChan);
                        };
                        match c.recv(rt) {
                            RecvResult::Done(v) => {
                                let got = v.is_some();
                                reg!(dst) = v.unwrap_or_else(|| consts[zero as usize].copy_agg());
                                if ok {
                                    reg!(dst + 1) = Value::Bool(got);
                                }
                            }
                            RecvResult::Parked(sudog) => {
                                let zero = consts[zero as usize].clone();
                                self.wait = Some(Wait::Recv { sudog, dst: base + dst as usize, ok, zero });
                                return Step::Park(WaitReason::ChanReceive);
                            }
                        }
                    }
                    Instr::Close { ch } => match &reg!(ch) {
                        Value::Chan(c) => {
                            if c.close().is_err() {
                                plain_error!("close of closed channel");
                            }
                        }
                        _ => plain_error!("close of nil channel"),
                    },
                    Instr::Select { dst, sel } => {
                        save_pc!();
                        let spec = &func.selects[sel as usize];
                        let chans: Vec<Option<Arc<chan::Chan<Value>>>> = spec
                            .cases
                            .iter()
                            .map(|c| {
                                let r = match c {
                                    SelectCase::Send { ch, .. } | SelectCase::Recv { ch, .. } => *ch,
                                };
                                match &reg!(r) {
                                    Value::Chan(c) => Some(c.clone()),
                                    _ => None,
                                }
                            })
                            .collect();
                        let cases: Vec<chan::SelectCase<'_, Value>> = spec
                            .cases
                            .iter()
                            .zip(&chans)
                            .map(|(c, ch)| match (c, ch) {
                                (_, None) => chan::SelectCase::Nil,
                                (SelectCase::Send { val, .. }, Some(ch)) => chan::SelectCase::Send(ch, reg!(*val).clone()),
                                (SelectCase::Recv { .. }, Some(ch)) => chan::SelectCase::Recv(ch),
                            })
                            .collect();
                        let r = chan::select(rt, cases, !spec.has_default);
                        match r {
                            SelectResult::Parked(wait) => {
                                let reason = if spec.cases.is_empty() { WaitReason::SelectNoCases } else { WaitReason::Select };
                                self.wait = Some(Wait::Select { wait, dst: base + dst as usize, func: fi, sel, base });
                                return Step::Park(reason);
                            }
                            r => flow!(self.select_done(r, base + dst as usize, fi, sel, base, rt)),
                        }
                    }

                    Instr::Print { src, kind } => {
                        let mut out = Vec::new();
                        print_arg(&reg!(src), kind, &mut out);
                        self.m.write_stderr(&out);
                    }
                    Instr::PrintSpace => self.m.write_stderr(b" "),
                    Instr::PrintNewline => self.m.write_stderr(b"\n"),
                }
            }
        }
    }

    /// Finishes the blocking operation the goroutine parked on.
    fn complete_wait(&mut self, w: Wait, rt: &mut Ctx<'_>) -> Option<Step> {
        match w {
            Wait::Recv { sudog, dst, ok, zero } => {
                let v = sudog.recv_outcome();
                let got = v.is_some();
                self.stack[dst] = v.unwrap_or_else(|| zero.copy_agg());
                if ok {
                    self.stack[dst + 1] = Value::Bool(got);
                }
                None
            }
            Wait::Send { sudog } => match sudog.send_outcome() {
                Ok(()) => None,
                Err(()) => {
                    let e = self.module.runtime_error_plain("send on closed channel");
                    self.throw(e, rt)
                }
            },
            Wait::Select { wait, dst, func, sel, base } => {
                let r = wait.outcome();
                self.select_done(r, dst, func, sel, base, rt)
            }
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
                    let e = self.module.runtime_error_plain("send on closed channel");
                    return self.throw(e, rt);
                }
                self.stack[dst] = Value::Int(index as i64);
                let module = self.module.clone();
                let f = &module.funcs[func as usize];
                if let SelectCase::Recv { dst: d, ok, zero, .. } = &f.selects[sel as usize].cases[index] {
                    let got = recv.is_some();
                    self.stack[base + *d as usize] = recv.unwrap_or_else(|| f.consts[*zero as usize].copy_agg());
                    if *ok {
                        self.stack[base + *d as usize + 1] = Value::Bool(got);
                    }
                }
                None
            }
            SelectResult::Parked(_) => unreachable!("select parked twice"),
        }
    }
}

/// `s[lo:hi]` of a string.
fn slice_string(s: &GoStr, lo: Option<i64>, hi: Option<i64>) -> Result<Value, String> {
    let len = s.len() as i64;
    let h = hi.unwrap_or(len);
    let l = lo.unwrap_or(0);
    if h < 0 || h > len {
        return Err(format!("slice bounds out of range [:{h}] with length {len}"));
    }
    if l < 0 || l > h {
        return Err(format!("slice bounds out of range [{l}:{h}]"));
    }
    Ok(Value::Str(s.substr(l as usize, h as usize)))
}

/// `x[lo:hi:max]` of a slice, array or pointer to array.
fn slice_value(v: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Result<Value, String> {
    let (arr, off, len, cap) = match v {
        Value::Slice(h) => (h.arr.clone(), h.off, h.len, h.cap),
        Value::Agg(o) => (o.clone(), 0, o.len(), o.len()),
        Value::Pointer(o, i) => match o.load(*i as usize) {
            Value::Agg(a) => {
                let n = a.len();
                (a, 0, n, n)
            }
            _ => return Err(NIL_DEREF.into()),
        },
        _ => (Obj::new(Vec::new()), 0, 0, 0),
    };
    let (len, cap) = (len as i64, cap as i64);
    let l = lo.unwrap_or(0);
    let h = hi.unwrap_or(len);
    let m = max.unwrap_or(cap);
    if let Some(m) = max {
        if m < 0 || m > cap {
            return Err(format!("slice bounds out of range [::{m}] with capacity {cap}"));
        }
        if h < 0 || h > m {
            return Err(format!("slice bounds out of range [:{h}:{m}]"));
        }
        if l < 0 || l > h {
            return Err(format!("slice bounds out of range [{l}:{h}:]"));
        }
    } else {
        if h < 0 || h > cap {
            return Err(format!("slice bounds out of range [:{h}] with capacity {cap}"));
        }
        if l < 0 || l > h {
            return Err(format!("slice bounds out of range [{l}:{h}]"));
        }
    }
    Ok(Value::Slice(Arc::new(SliceHdr { arr, off: off + l as usize, len: (h - l) as usize, cap: (m - l) as usize })))
}

/// `append(s, items...)`: in place when the capacity allows, else into a new backing
/// array grown by Go's rule (the spare capacity holds zero values).
fn append_values(s: &Value, items: Vec<Value>, elem: &ElemInfo) -> Value {
    let (elem_size, zero) = (elem.size as usize, &elem.zero);
    let (arr, off, len, cap) = match s {
        Value::Slice(h) => (Some(h.arr.clone()), h.off, h.len, h.cap),
        _ => (None, 0, 0, 0),
    };
    if items.is_empty() {
        return s.clone();
    }
    let new_len = len + items.len();
    if let Some(arr) = arr.as_ref().filter(|_| new_len <= cap) {
        arr.write_range(off + len, items);
        return Value::Slice(Arc::new(SliceHdr { arr: arr.clone(), off, len: new_len, cap }));
    }
    let new_cap = if elem.local && cap == 0 && elem_size > 0 && new_len * elem_size <= 32 {
        32 / elem_size
    } else {
        grow_cap(cap, new_len, elem_size).max(new_len)
    };
    let grown = match elem.packed {
        Some(kind) => {
            let grown = Obj::packed(kind, new_cap);
            if let Some(arr) = &arr {
                grown.copy_from(0, arr, off, len);
            }
            grown.write_range(len, items);
            grown
        }
        None => {
            let mut slots = Vec::with_capacity(new_cap);
            if let Some(arr) = &arr {
                slots.extend(arr.read_range(off, len));
            }
            slots.extend(items);
            slots.resize_with(new_cap, || zero.copy_agg());
            Obj::new(slots)
        }
    };
    Value::Slice(Arc::new(SliceHdr { arr: grown, off: 0, len: new_len, cap: new_cap }))
}

/// A backing array of `n` zero elements of `elem`'s type.
fn new_array(elem: &ElemInfo, n: usize) -> Arc<Obj> {
    match elem.packed {
        Some(kind) => Obj::packed(kind, n),
        None => Obj::new((0..n).map(|_| elem.zero.copy_agg()).collect()),
    }
}
