//! The dispatch loop's fast lane: a small loop over one frame's registers that runs the
//! instructions making up most of a CPU-bound program's time — moves and constants,
//! integer and float arithmetic, comparisons, conversions between numbers, jumps and
//! loop back-edges, `len`/`cap`, and element and field reads and writes that cannot fail.
//!
//! It is a separate function so that it stays small: the compiler keeps the program
//! counter, the code and the registers in machine registers, where the full dispatch loop
//! (`mod.rs`, which calls functions, parks goroutines and raises panics) spills them.
//!
//! It returns [`Exit::Cold`] with `pc` at the first instruction it does not run: one that
//! is not in its set, or one of its own that would fail here (a division by zero, an index
//! out of range, a nil dereference). The full loop then runs that instruction, raising the
//! panic with its Go message, so each failure's text lives in one place.

use minigo_runtime::Ctx;

use crate::bytecode::{Instr, Module, Reg, NO_REG};
use crate::call::clear_window;
use crate::goroutine::{Frame, FrameKind, Goroutine, MAX_STACK};
use crate::value::Value;

use super::{ifaces, slices, TWO63};

/// Why [`run`] stopped.
pub(super) enum Exit {
    /// `pc` is at an instruction for the full loop to run.
    Cold,
    /// A safepoint saw a preemption request; `pc` is where to resume.
    Preempt,
}

#[inline(always)]
fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        v => v.as_int(),
    }
}

#[inline(always)]
fn float(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

/// Runs the top frame's instructions from its saved `pc`, calling and returning between
/// Go functions itself, until an instruction needs the full loop or a safepoint must yield.
/// On either exit the top frame's `pc` is saved.
pub(super) fn run(g: &mut Goroutine, module: &Module, rt: &Ctx<'_>) -> Exit {
    let Some(fr) = g.frames.last() else { return Exit::Cold };
    let mut func = &module.funcs[fr.func as usize];
    let (mut code, mut consts) = (&func.code[..], &func.consts[..]);
    let mut base = fr.base as usize;
    let mut p = fr.pc as usize;
    let mut regs: &mut [Value] = &mut g.stack[base..];
    macro_rules! put {
        ($r:expr, $v:expr) => {{
            let v = $v;
            regs[$r as usize].set(v);
        }};
    }
    // A scalar result: written in place when the register already holds that kind.
    macro_rules! set_scalar {
        ($kind:ident, $r:expr, $v:expr) => {{
            let v = $v;
            match &mut regs[$r as usize] {
                Value::$kind(x) => *x = v,
                slot => slot.set(Value::$kind(v)),
            }
        }};
    }
    macro_rules! set_int {
        ($r:expr, $v:expr) => {
            set_scalar!(Int, $r, $v)
        };
    }
    macro_rules! set_float {
        ($r:expr, $v:expr) => {
            set_scalar!(Float, $r, $v)
        };
    }
    macro_rules! set_bool {
        ($r:expr, $v:expr) => {
            set_scalar!(Bool, $r, $v)
        };
    }
    macro_rules! i {
        ($r:expr) => {
            int(&regs[$r as usize])
        };
    }
    macro_rules! f {
        ($r:expr) => {
            float(&regs[$r as usize])
        };
    }
    macro_rules! save_pc {
        ($pc:expr) => {
            if let Some(fr) = g.frames.last_mut() {
                fr.pc = $pc as u32;
            }
        };
    }
    // Leaves the loop with `pc` at the current instruction, for the full loop to run.
    macro_rules! cold {
        () => {{
            save_pc!(p - 1);
            return Exit::Cold;
        }};
    }
    // A loop's back-edge to `target`: a safepoint, where a preemption request is obeyed.
    macro_rules! back_edge {
        ($target:expr) => {{
            p = $target as usize;
            if rt.preempt_requested() {
                save_pc!(p);
                return Exit::Preempt;
            }
        }};
    }
    macro_rules! jump_if {
        ($cond:expr, $target:expr) => {
            if $cond {
                p = $target as usize;
            }
        };
    }
    loop {
        let ins = code[p];
        p += 1;
        match ins {
            Instr::Move { dst, src } => {
                let v = regs[src as usize].clone();
                put!(dst, v);
            }
            Instr::LoadConst { dst, k } => put!(dst, consts[k as usize].clone()),
            Instr::LoadInt { dst, v } => set_int!(dst, v as i64),
            Instr::LoadNil { dst } => put!(dst, Value::Nil),
            Instr::LoadGlobal { dst, g: k } => g.m.globals[k as usize].load_into(0, &mut regs[dst as usize]),
            Instr::StoreGlobal { g: k, src } => {
                let v = regs[src as usize].clone();
                g.m.globals[k as usize].store(0, v);
            }

            Instr::AddInt { dst, a, b } => set_int!(dst, i!(a).wrapping_add(i!(b))),
            Instr::AddIntImm { dst, a, imm } => set_int!(dst, i!(a).wrapping_add(imm as i64)),
            Instr::SubInt { dst, a, b } => set_int!(dst, i!(a).wrapping_sub(i!(b))),
            Instr::MulInt { dst, a, b } => set_int!(dst, i!(a).wrapping_mul(i!(b))),
            Instr::DivInt { dst, a, b } => match i!(b) {
                0 => cold!(),
                d => set_int!(dst, i!(a).wrapping_div(d)),
            },
            Instr::RemInt { dst, a, b } => match i!(b) {
                0 => cold!(),
                d => set_int!(dst, i!(a).wrapping_rem(d)),
            },
            Instr::DivUint { dst, a, b } => match i!(b) as u64 {
                0 => cold!(),
                d => set_int!(dst, (i!(a) as u64 / d) as i64),
            },
            Instr::RemUint { dst, a, b } => match i!(b) as u64 {
                0 => cold!(),
                d => set_int!(dst, (i!(a) as u64 % d) as i64),
            },
            Instr::MulIntImm { dst, a, imm } => set_int!(dst, i!(a).wrapping_mul(imm as i64)),
            Instr::DivIntImm { dst, a, imm } => set_int!(dst, i!(a).wrapping_div(imm as i64)),
            Instr::RemIntImm { dst, a, imm } => set_int!(dst, i!(a).wrapping_rem(imm as i64)),
            Instr::AndImm { dst, a, imm } => set_int!(dst, i!(a) & imm as i64),
            Instr::And { dst, a, b } => set_int!(dst, i!(a) & i!(b)),
            Instr::Or { dst, a, b } => set_int!(dst, i!(a) | i!(b)),
            Instr::Xor { dst, a, b } => set_int!(dst, i!(a) ^ i!(b)),
            Instr::AndNot { dst, a, b } => set_int!(dst, i!(a) & !i!(b)),
            Instr::Shl { dst, a, b } => set_int!(dst, shl(i!(a), i!(b))),
            Instr::ShrInt { dst, a, b } => set_int!(dst, shr_int(i!(a), i!(b))),
            Instr::ShrUint { dst, a, b } => set_int!(dst, shr_uint(i!(a), i!(b))),
            Instr::CheckShift { src } => {
                if i!(src) < 0 {
                    cold!()
                }
            }
            Instr::NegInt { dst, src } => set_int!(dst, i!(src).wrapping_neg()),
            Instr::Compl { dst, src } => set_int!(dst, !i!(src)),
            Instr::Not { dst, src } => set_bool!(dst, !regs[src as usize].as_bool()),
            Instr::Wrap { dst, src, width } => set_int!(dst, width.wrap(i!(src))),

            Instr::AddFloat { dst, a, b } => set_float!(dst, f!(a) + f!(b)),
            Instr::SubFloat { dst, a, b } => set_float!(dst, f!(a) - f!(b)),
            Instr::MulFloat { dst, a, b } => set_float!(dst, f!(a) * f!(b)),
            Instr::DivFloat { dst, a, b } => set_float!(dst, f!(a) / f!(b)),
            Instr::NegFloat { dst, src } => set_float!(dst, -f!(src)),
            Instr::MinFloat { dst, a, b } => set_float!(dst, min_float(f!(a), f!(b))),
            Instr::MaxFloat { dst, a, b } => set_float!(dst, -min_float(-f!(a), -f!(b))),
            Instr::RoundF32 { dst } => set_float!(dst, f!(dst) as f32 as f64),
            Instr::IntToFloat { dst, src } => set_float!(dst, i!(src) as f64),
            Instr::UintToFloat { dst, src } => set_float!(dst, i!(src) as u64 as f64),
            Instr::FloatToInt { dst, src } => set_int!(dst, float_to_int(f!(src))),
            Instr::FloatToUint { dst, src } => set_int!(dst, float_to_uint(f!(src))),

            // A comparison that panics (uncomparable dynamic types) is the full loop's.
            Instr::Eq { dst, a, b } => match ifaces::equal_values(module, &regs[a as usize], &regs[b as usize]) {
                Ok(eq) => set_bool!(dst, eq),
                Err(_) => cold!(),
            },
            Instr::Ne { dst, a, b } => match ifaces::equal_values(module, &regs[a as usize], &regs[b as usize]) {
                Ok(eq) => set_bool!(dst, !eq),
                Err(_) => cold!(),
            },
            Instr::IsNil { dst, src, eq } => set_bool!(dst, regs[src as usize].is_nil() == eq),
            Instr::EqInt { dst, a, b } => set_bool!(dst, i!(a) == i!(b)),
            Instr::NeInt { dst, a, b } => set_bool!(dst, i!(a) != i!(b)),
            Instr::LtInt { dst, a, b } => set_bool!(dst, i!(a) < i!(b)),
            Instr::LeInt { dst, a, b } => set_bool!(dst, i!(a) <= i!(b)),
            Instr::LtUint { dst, a, b } => set_bool!(dst, (i!(a) as u64) < (i!(b) as u64)),
            Instr::LeUint { dst, a, b } => set_bool!(dst, (i!(a) as u64) <= (i!(b) as u64)),
            Instr::EqIntImm { dst, a, imm } => set_bool!(dst, i!(a) == imm as i64),
            Instr::NeIntImm { dst, a, imm } => set_bool!(dst, i!(a) != imm as i64),
            Instr::LtIntImm { dst, a, imm } => set_bool!(dst, i!(a) < imm as i64),
            Instr::LeIntImm { dst, a, imm } => set_bool!(dst, i!(a) <= imm as i64),
            Instr::GtIntImm { dst, a, imm } => set_bool!(dst, i!(a) > imm as i64),
            Instr::GeIntImm { dst, a, imm } => set_bool!(dst, i!(a) >= imm as i64),
            Instr::EqFloat { dst, a, b } => set_bool!(dst, f!(a) == f!(b)),
            Instr::NeFloat { dst, a, b } => set_bool!(dst, f!(a) != f!(b)),
            Instr::LtFloat { dst, a, b } => set_bool!(dst, f!(a) < f!(b)),
            Instr::LeFloat { dst, a, b } => set_bool!(dst, f!(a) <= f!(b)),
            Instr::EqStr { dst, a, b } => set_bool!(dst, regs[a as usize].as_bytes() == regs[b as usize].as_bytes()),
            Instr::NeStr { dst, a, b } => set_bool!(dst, regs[a as usize].as_bytes() != regs[b as usize].as_bytes()),
            Instr::LtStr { dst, a, b } => set_bool!(dst, regs[a as usize].as_bytes() < regs[b as usize].as_bytes()),
            Instr::LeStr { dst, a, b } => set_bool!(dst, regs[a as usize].as_bytes() <= regs[b as usize].as_bytes()),

            Instr::Jump { target } => p = target as usize,
            Instr::JumpIfFalse { cond, target } => jump_if!(!regs[cond as usize].as_bool(), target),
            Instr::JumpIfTrue { cond, target } => jump_if!(regs[cond as usize].as_bool(), target),
            Instr::JumpIfNotLtInt { a, b, target } => jump_if!(i!(a) >= i!(b), target),
            Instr::JumpIfNotLeInt { a, b, target } => jump_if!(i!(a) > i!(b), target),
            Instr::JumpIfNotLtIntImm { a, imm, target } => jump_if!(i!(a) >= imm as i64, target),
            Instr::JumpIfNotLeIntImm { a, imm, target } => jump_if!(i!(a) > imm as i64, target),
            Instr::Loop { target } => back_edge!(target),
            Instr::LoopLt { a, b, target } if i!(a) < i!(b) => back_edge!(target),
            Instr::LoopLtImm { a, imm, target } if i!(a) < imm as i64 => back_edge!(target),
            Instr::LoopLe { a, b, target } if i!(a) <= i!(b) => back_edge!(target),
            Instr::LoopLeImm { a, imm, target } if i!(a) <= imm as i64 => back_edge!(target),
            Instr::LoopLt { .. } | Instr::LoopLtImm { .. } | Instr::LoopLe { .. } | Instr::LoopLeImm { .. } => {}
            Instr::IncLoopLt { a, b, step, target } => {
                let next = i!(a).wrapping_add(step as i64);
                set_int!(a, next);
                if next < i!(b) {
                    back_edge!(target)
                }
            }
            Instr::IncLoopLtImm { a, step, imm, target } => {
                let next = i!(a).wrapping_add(step as i64);
                set_int!(a, next);
                if next < imm as i64 {
                    back_edge!(target)
                }
            }
            Instr::Safepoint => {
                if rt.preempt_requested() {
                    save_pc!(p);
                    return Exit::Preempt;
                }
            }

            // A call to a Go function whose registers fit on the stack as it is; growing it
            // (or overflowing it) is the full loop's.
            Instr::Call { a, func: f } => {
                let callee = &module.funcs[f as usize];
                let window = base + a as usize;
                if base + regs.len() < window + callee.nregs as usize + 1 || g.frames.len() >= MAX_STACK / 8 {
                    cold!()
                }
                if let Some(&k) = func.kill_at.get(p - 1).filter(|&&k| k != 0) {
                    for &r in func.kills[k as usize - 1].iter() {
                        regs[r as usize].set(Value::Nil);
                    }
                }
                save_pc!(p);
                g.frames.push(Frame { func: f, pc: 0, base: window as u32, ret: window as u32, env: None, kind: FrameKind::Normal, returning: false });
                (func, code, consts) = (callee, &callee.code[..], &callee.consts[..]);
                (base, p) = (window, 0);
                regs = &mut g.stack[base..];
            }
            // A return from an ordinary call; the entry frame's and a deferred call's
            // returns are the full loop's.
            Instr::Return { start, n } => {
                // The frame is read in place and dropped where it is: moving it out costs a
                // store-forwarding stall on every return.
                let Some(fr) = g.frames.last().filter(|fr| fr.kind == FrameKind::Normal) else { cold!() };
                let (src, ret) = (base + start as usize, fr.ret as usize);
                g.frames.truncate(g.frames.len() - 1);
                for i in 0..n as usize {
                    let v = std::mem::take(&mut g.stack[src + i]);
                    g.stack[ret + i].set(v);
                }
                clear_window(&mut g.stack, base, ret, func.nregs as usize, n as usize);
                let Some(caller) = g.frames.last() else { return Exit::Cold };
                func = &module.funcs[caller.func as usize];
                (code, consts) = (&func.code[..], &func.consts[..]);
                (base, p) = (caller.base as usize, caller.pc as usize);
                regs = &mut g.stack[base..];
            }

            Instr::Len { dst, src } => set_int!(dst, len(&regs[src as usize]) as i64),
            Instr::Cap { dst, src } => set_int!(dst, cap(&regs[src as usize]) as i64),
            Instr::StrIndex { dst, s, i } => match index(regs[s as usize].as_bytes().len(), i!(i)) {
                Some(k) => set_int!(dst, regs[s as usize].as_bytes()[k] as i64),
                None => cold!(),
            },
            Instr::Index { dst, x, i } => {
                let i = i!(i);
                let Some((x, d)) = read_write(regs, x as usize, dst as usize) else { cold!() };
                if !load_index(x, i, d) {
                    cold!()
                }
            }
            Instr::SetIndex { x, i, src } => {
                if !store_index(&regs[x as usize], i!(i), &regs[src as usize]) {
                    cold!()
                }
            }
            Instr::Index2 { dst, x, i, j } => {
                let (i, j) = (i!(i), i!(j));
                let Some((x, d)) = read_write(regs, x as usize, dst as usize) else { cold!() };
                if !slices::index2_into(x, i, j, d) {
                    cold!()
                }
            }
            Instr::SetIndex2 { x, i, j, src } => {
                if !slices::set_index2(&regs[x as usize], i!(i), i!(j), &regs[src as usize]) {
                    cold!()
                }
            }
            Instr::PtrFieldIndex { dst, ptr, idx, i } => {
                let i = i!(i);
                let Some((x, d)) = read_write(regs, ptr as usize, dst as usize) else { cold!() };
                if x.with_field_through(idx as usize, |f| load_index(f, i, d)) != Some(true) {
                    cold!()
                }
            }
            Instr::SetPtrFieldIndex { ptr, idx, i, src } => {
                let (i, v) = (i!(i), &regs[src as usize]);
                if regs[ptr as usize].with_field_through(idx as usize, |f| store_index(f, i, v)) != Some(true) {
                    cold!()
                }
            }
            // `s = s[lo:hi]` and `s = append(s, x)`, when they can be done in place; anything
            // else is the full loop's.
            Instr::SliceExpr { dst, x, lo, hi, max: NO_REG } if dst == x => {
                let bound = |r: Reg, regs: &[Value]| (r != NO_REG).then(|| int(&regs[r as usize]));
                let (lo, hi) = (bound(lo, regs), bound(hi, regs));
                if !slices::reslice_in_place(&mut regs[x as usize], lo, hi) {
                    cold!()
                }
            }
            Instr::Append { dst, s, start, n: 1, .. } if dst == s => {
                let Some((x, d)) = read_write(regs, start as usize, s as usize) else { cold!() };
                if !slices::append_in_place(d, x) {
                    cold!()
                }
            }
            Instr::Field { dst, obj, idx } => {
                let Some((x, d)) = read_write(regs, obj as usize, dst as usize) else { cold!() };
                let Value::Agg(o) = x else { cold!() };
                o.load_into(idx as usize, d);
            }
            Instr::PtrField { dst, ptr, idx } => {
                let Some((x, d)) = read_write(regs, ptr as usize, dst as usize) else { cold!() };
                if !x.field_through_into(idx as usize, d) {
                    cold!()
                }
            }
            Instr::SetPtrField { ptr, idx, src } => {
                let v = regs[src as usize].clone();
                if !regs[ptr as usize].store_field_through(idx as usize, v) {
                    cold!()
                }
            }
            _ => cold!(),
        }
    }
}

/// `len(x)` of a string, slice, array, map or channel (0 for nil).
pub(super) fn len(x: &Value) -> usize {
    match x {
        Value::Str(s) => s.len(),
        Value::Slice(h) => h.len,
        Value::Agg(o) => o.len(),
        Value::Map(m) => m.len(),
        Value::Chan(c) => c.len(),
        _ => 0,
    }
}

/// `cap(x)` of a slice, array or channel (0 for nil).
pub(super) fn cap(x: &Value) -> usize {
    match x {
        Value::Slice(h) => h.cap,
        Value::Agg(o) => o.len(),
        Value::Chan(c) => c.cap(),
        _ => 0,
    }
}

/// Register `a` to read and register `d` to write, or `None` when they are the same.
#[inline(always)]
fn read_write(regs: &mut [Value], a: usize, d: usize) -> Option<(&Value, &mut Value)> {
    if a < d {
        let (lo, hi) = regs.split_at_mut(d);
        Some((&lo[a], &mut hi[0]))
    } else if a > d {
        let (lo, hi) = regs.split_at_mut(a);
        Some((&hi[0], &mut lo[d]))
    } else {
        None
    }
}

/// `i` as an index into a sequence of `len` elements, if it is one.
#[inline(always)]
fn index(len: usize, i: i64) -> Option<usize> {
    usize::try_from(i).ok().filter(|&k| k < len)
}

/// `*d = x[i]` of a slice or an array; false (nothing stored) when `i` is out of range
/// or `x` is nil. The element goes straight into `d`, never through a returned value.
#[inline(always)]
pub(super) fn load_index(x: &Value, i: i64, d: &mut Value) -> bool {
    match x {
        Value::Slice(h) => match index(h.len, i) {
            Some(k) => {
                h.arr.load_into(h.off + k, d);
                true
            }
            None => false,
        },
        Value::Agg(o) => o.load_checked_into(i, d),
        _ => false,
    }
}

/// `x[i] = v`; false (nothing stored) when `i` is out of range or `x` is nil.
#[inline]
fn store_index(x: &Value, i: i64, v: &Value) -> bool {
    let (o, k) = match x {
        Value::Slice(h) => match index(h.len, i) {
            Some(k) => (&h.arr, h.off + k),
            None => return false,
        },
        Value::Agg(o) => match index(o.len(), i) {
            Some(k) => (o, k),
            None => return false,
        },
        _ => return false,
    };
    o.store_from(k, v);
    true
}

fn shl(x: i64, n: i64) -> i64 {
    if (n as u64) >= 64 {
        0
    } else {
        x << n
    }
}

fn shr_int(x: i64, n: i64) -> i64 {
    if (n as u64) >= 64 {
        x >> 63
    } else {
        x >> n
    }
}

fn shr_uint(x: i64, n: i64) -> i64 {
    if (n as u64) >= 64 {
        0
    } else {
        ((x as u64) >> n) as i64
    }
}

/// Out of range (and NaN) gives 0x8000000000000000, as amd64's CVTTSD2SQ.
fn float_to_int(f: f64) -> i64 {
    if (-TWO63..TWO63).contains(&f) {
        f as i64
    } else {
        i64::MIN
    }
}

fn float_to_uint(f: f64) -> i64 {
    if f < TWO63 {
        f as i64
    } else {
        ((f - TWO63) as i64) ^ i64::MIN
    }
}

/// Go's `min` of two floats: NaN if either is NaN; of two zeros, `-0` if either is `-0`.
/// (`max(a, b)` is `-min(-a, -b)`.)
fn min_float(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == b {
        if a.is_sign_negative() { a } else { b }
    } else if a < b {
        a
    } else {
        b
    }
}
