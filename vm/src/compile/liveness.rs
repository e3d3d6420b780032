//! Register liveness: which registers a call may clear before it runs.
//!
//! A value stays reachable as long as some register of a live frame holds it. Go's
//! compiler records, for every safepoint, which stack slots are live, so an object used
//! for the last time before a long call (`runtime.KeepAlive(p); runtime.GC()`) can be
//! collected during it. minigo gets the same effect by clearing, at each call, the
//! caller's registers that no path from the call reads again before writing: the
//! references they held are dropped before the callee runs.
//!
//! Two dataflow passes over the function's bytecode, on bit sets of registers:
//! - backward, *live*: a register is live after an instruction if some path from there
//!   reads it before writing it;
//! - forward, *may hold a reference*: not known to be nil or a number (on entry only the
//!   parameters; a return clears the callee's window but for its results).
//!
//! A call with its window at `a` clears the registers that may hold a reference and are
//! not live after it: those below `a`, which are the caller's alone, and those above its
//! arguments, which become the callee's scratch registers (and would otherwise keep
//! whatever they held until the callee happens to overwrite them).
//!
//! The analysis must never clear a register that is read again, so it errs one way:
//! an instruction whose reads are not listed reads every register, and writes are
//! listed only where certain. Functions with `defer` are left alone: after a recovered
//! panic they resume at their deferred calls and result variables, a path the code does
//! not show.

use std::collections::HashMap;

use super::func::CallShape;
use crate::bytecode::{Instr, Reg, Select, SelectCase, NO_REG};

/// Registers read by one instruction.
enum Reads {
    /// These registers (`NO_REG` entries are absent operands).
    Regs(Vec<Reg>),
    /// Every register from this one up (a call of unknown shape reads its window).
    From(Reg),
}

/// The registers each call instruction clears: for every pc, an index into the returned
/// sets plus one, or 0. Empty when no call clears anything.
pub(crate) fn call_kills(code: &[Instr], nregs: usize, nparams: u16, scalar_params: &[Reg], calls: &HashMap<usize, CallShape>, selects: &[Select]) -> (Vec<u32>, Vec<Box<[Reg]>>) {
    let has_call = code.iter().any(|i| call_window(i).is_some());
    if nregs == 0 || !has_call || code.iter().any(|i| matches!(i, Instr::Defer { .. } | Instr::Recover { .. } | Instr::ReturnResults)) {
        return (Vec::new(), Vec::new());
    }
    let live_out = live_out(code, nregs, calls, selects);
    let mut entry = Bits::new(nregs);
    entry.set_from(0, (nparams as usize).min(nregs));
    scalar_params.iter().for_each(|&r| entry.clear(r as usize));
    let kills = reference_kills(code, nregs, entry, calls, &live_out);
    let mut at = vec![0u32; code.len()];
    let mut sets = Vec::new();
    for (pc, k) in kills.into_iter().enumerate() {
        if !k.is_empty() {
            sets.push(k.into_boxed_slice());
            at[pc] = sets.len() as u32;
        }
    }
    if sets.is_empty() {
        return (Vec::new(), Vec::new());
    }
    (at, sets)
}

/// A set of registers.
#[derive(Clone, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn set(&mut self, r: usize) {
        if let Some(w) = self.0.get_mut(r / 64) {
            *w |= 1 << (r % 64);
        }
    }
    fn clear(&mut self, r: usize) {
        if let Some(w) = self.0.get_mut(r / 64) {
            *w &= !(1 << (r % 64));
        }
    }
    fn has(&self, r: usize) -> bool {
        self.0.get(r / 64).is_some_and(|w| w & (1 << (r % 64)) != 0)
    }
    fn set_from(&mut self, lo: usize, n: usize) {
        for r in lo..n {
            self.set(r);
        }
    }
    fn clear_from(&mut self, lo: usize, n: usize) {
        for r in lo..n {
            self.clear(r);
        }
    }
    /// `self |= other`; whether anything changed.
    fn union(&mut self, other: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let new = *a | *b;
            changed |= new != *a;
            *a = new;
        }
        changed
    }
}

/// The window start of a call instruction.
fn call_window(i: &Instr) -> Option<Reg> {
    match *i {
        Instr::Call { a, .. } | Instr::CallNative { a, .. } | Instr::CallValue { a, .. } | Instr::CallIface { a, .. } => Some(a),
        _ => None,
    }
}

/// Where control may go after `code[pc]`.
fn successors(code: &[Instr], pc: usize) -> Vec<usize> {
    let next = || if pc + 1 < code.len() { vec![pc + 1] } else { Vec::new() };
    match code[pc] {
        Instr::Jump { target } | Instr::Loop { target } => vec![target as usize],
        Instr::LoopLt { target, .. }
        | Instr::LoopLtImm { target, .. }
        | Instr::LoopLe { target, .. }
        | Instr::LoopLeImm { target, .. }
        | Instr::IncLoopLt { target, .. }
        | Instr::IncLoopLtImm { target, .. }
        | Instr::JumpIfFalse { target, .. }
        | Instr::JumpIfTrue { target, .. }
        | Instr::JumpIfNotLtInt { target, .. }
        | Instr::JumpIfNotLeInt { target, .. }
        | Instr::JumpIfNotLtIntImm { target, .. }
        | Instr::JumpIfNotLeIntImm { target, .. } => {
            let mut s = next();
            s.push(target as usize);
            s
        }
        Instr::Return { .. } | Instr::ReturnResults | Instr::Panic { .. } => Vec::new(),
        _ => next(),
    }
}

/// For every pc, the registers live after it.
fn live_out(code: &[Instr], nregs: usize, calls: &HashMap<usize, CallShape>, selects: &[Select]) -> Vec<Bits> {
    let mut live_in = vec![Bits::new(nregs); code.len()];
    let mut out = vec![Bits::new(nregs); code.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..code.len()).rev() {
            let mut o = Bits::new(nregs);
            for s in successors(code, pc) {
                if let Some(l) = live_in.get(s) {
                    o.union(l);
                }
            }
            let mut i = o.clone();
            if let Some(w) = write(&code[pc]) {
                i.clear(w as usize);
            }
            match reads(&code[pc], calls.get(&pc), selects) {
                Reads::Regs(rs) => rs.into_iter().filter(|&r| r != NO_REG).for_each(|r| i.set(r as usize)),
                Reads::From(lo) => i.set_from(lo as usize, nregs),
            }
            changed |= live_in[pc].union(&i);
            out[pc] = o;
        }
    }
    out
}

/// For every pc, the registers the call there clears: those that may hold a reference,
/// are dead after the call, and lie below its window or above its arguments. Forward to
/// a fixed point, so a register is cleared once per path.
fn reference_kills(code: &[Instr], nregs: usize, entry: Bits, calls: &HashMap<usize, CallShape>, live_out: &[Bits]) -> Vec<Vec<Reg>> {
    let mut refs_in = vec![Bits::new(nregs); code.len()];
    refs_in[0] = entry;
    let mut kills = vec![Vec::new(); code.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in 0..code.len() {
            let mut o = refs_in[pc].clone();
            kills[pc].clear();
            if let Some(a) = call_window(&code[pc]) {
                let a = a as usize;
                let shape = calls.get(&pc);
                let above = shape.map_or(usize::MAX, |s| a + s.args as usize);
                for r in (0..nregs).filter(|&r| r < a || r >= above) {
                    if o.has(r) && !live_out[pc].has(r) {
                        o.clear(r);
                        kills[pc].push(r as Reg);
                    }
                }
                match shape {
                    // A Go callee's return clears its window but for the results; a native
                    // leaves its arguments in place.
                    Some(s) => {
                        o.clear_from(a, nregs);
                        let stay = if matches!(code[pc], Instr::Call { .. }) { s.results } else { s.results.max(s.args) };
                        o.set_from(a, (a + stay as usize).min(nregs));
                    }
                    None => o.set_from(a, nregs),
                }
            } else {
                match effect(&code[pc]) {
                    Effect::Scalar(lo, n) => o.clear_from(lo as usize, (lo as usize + n).min(nregs)),
                    Effect::Value(lo, n) => o.set_from(lo as usize, (lo as usize + n).min(nregs)),
                    Effect::Nothing => {}
                    Effect::Unknown => o.set_from(0, nregs),
                }
            }
            for s in successors(code, pc) {
                if let Some(si) = refs_in.get_mut(s) {
                    changed |= si.union(&o);
                }
            }
        }
    }
    kills
}

/// What an instruction writes.
enum Effect {
    /// Numbers or booleans into `n` registers from the first.
    Scalar(Reg, usize),
    /// Values of any kind into `n` registers from the first.
    Value(Reg, usize),
    Nothing,
    /// Not listed: anything anywhere.
    Unknown,
}

/// The register `i` certainly writes (for liveness: a write ends a register's life).
fn write(i: &Instr) -> Option<Reg> {
    match effect(i) {
        Effect::Scalar(r, 1) | Effect::Value(r, 1) => Some(r),
        _ => None,
    }
}

fn effect(i: &Instr) -> Effect {
    use Effect::{Scalar, Value};
    use Instr::*;
    match *i {
        LoadInt { dst, .. } | AddInt { dst, .. } | AddIntImm { dst, .. } | SubInt { dst, .. } | MulInt { dst, .. } | DivInt { dst, .. } => Scalar(dst, 1),
        RemInt { dst, .. } | DivUint { dst, .. } | RemUint { dst, .. } | And { dst, .. } | Or { dst, .. } | Xor { dst, .. } => Scalar(dst, 1),
        AndNot { dst, .. } | Shl { dst, .. } | ShrInt { dst, .. } | ShrUint { dst, .. } | NegInt { dst, .. } | Compl { dst, .. } => Scalar(dst, 1),
        Not { dst, .. } | Wrap { dst, .. } | AddFloat { dst, .. } | SubFloat { dst, .. } | MulFloat { dst, .. } | DivFloat { dst, .. } => Scalar(dst, 1),
        MinFloat { dst, .. } | MaxFloat { dst, .. } => Scalar(dst, 1),
        NegFloat { dst, .. } | RoundF32 { dst } | EqInt { dst, .. } | NeInt { dst, .. } | LtInt { dst, .. } | LeInt { dst, .. } => Scalar(dst, 1),
        LtUint { dst, .. } | LeUint { dst, .. } | EqFloat { dst, .. } | NeFloat { dst, .. } | LtFloat { dst, .. } | LeFloat { dst, .. } => Scalar(dst, 1),
        EqStr { dst, .. } | NeStr { dst, .. } | LtStr { dst, .. } | LeStr { dst, .. } | Eq { dst, .. } | Ne { dst, .. } => Scalar(dst, 1),
        Len { dst, .. } | Cap { dst, .. } | StrIndex { dst, .. } | IntToFloat { dst, .. } | UintToFloat { dst, .. } | IsNil { dst, .. } => Scalar(dst, 1),
        FloatToInt { dst, .. } | FloatToUint { dst, .. } | LoadNil { dst } => Scalar(dst, 1),
        MulIntImm { dst, .. } | DivIntImm { dst, .. } | RemIntImm { dst, .. } | AndImm { dst, .. } | EqIntImm { dst, .. } => Scalar(dst, 1),
        NeIntImm { dst, .. } | LtIntImm { dst, .. } | LeIntImm { dst, .. } | GtIntImm { dst, .. } | GeIntImm { dst, .. } => Scalar(dst, 1),
        StrDecode { dst, .. } => Scalar(dst, 2),
        Move { dst, .. } | Copy { dst, .. } | LoadConst { dst, .. } | LoadGlobal { dst, .. } | AddrGlobal { dst, .. } | LoadEnv { dst, .. } => Value(dst, 1),
        Concat { dst, .. } | RuneToStr { dst, .. } | BytesToStr { dst, .. } | StrToBytes { dst, .. } | RunesToStr { dst, .. } => Value(dst, 1),
        StrToRunes { dst, .. } | MakeAgg { dst, .. } | Field { dst, .. } | AddrField { dst, .. } | PtrField { dst, .. } | Index { dst, .. } => Value(dst, 1),
        Index2 { dst, .. } | PtrFieldIndex { dst, .. } | AddrIndex { dst, .. } | Deref { dst, .. } | NewCell { dst, .. } | MakeSlice { dst, .. } | SliceOf { dst, .. } => Value(dst, 1),
        SliceExpr { dst, .. } | Append { dst, .. } | AppendSlice { dst, .. } | CopySlice { dst, .. } | MakeMap { dst } | MapEntries { dst, .. } => Value(dst, 1),
        Closure { dst, .. } | BindMethod { dst, .. } | BindIface { dst, .. } | ToIface { dst, .. } | MakeChan { dst, .. } | Select { dst, .. } => Value(dst, 1),
        Cplx { dst, .. } => Value(dst, 1),
        MapIndex { dst, ok, .. } | AssertType { dst, ok, .. } | AssertIface { dst, ok, .. } | Recv { dst, ok, .. } => Value(dst, 1 + ok as usize),
        StoreGlobal { .. } | CheckShift { .. } | JumpIfNotLtInt { .. } | JumpIfNotLeInt { .. } | JumpIfNotLtIntImm { .. } => Effect::Nothing,
        JumpIfNotLeIntImm { .. } | SetField { .. } | SetPtrField { .. } | SetIndex { .. } | CheckIndex { .. } | SetIndex2 { .. } | SetPtrFieldIndex { .. } => Effect::Nothing,
        Store { .. } | CheckNil { .. } | MapSet { .. } | MapDelete { .. } | Clear { .. } | Jump { .. } | JumpIfFalse { .. } => Effect::Nothing,
        LoopLt { .. } | LoopLtImm { .. } | LoopLe { .. } | LoopLeImm { .. } => Effect::Nothing,
        IncLoopLt { a, .. } | IncLoopLtImm { a, .. } => Scalar(a, 1),
        JumpIfTrue { .. } | Safepoint | Loop { .. } | Panic { .. } | Go { .. } | Send { .. } | Close { .. } => Effect::Nothing,
        Print { .. } | PrintSpace | PrintNewline | Return { .. } => Effect::Nothing,
        Call { .. } | CallNative { .. } | CallValue { .. } | CallIface { .. } | ReturnResults | Recover { .. } | Defer { .. } => Effect::Unknown,
        DeferAt { .. } => Effect::Nothing,
        FrameToken { dst } => Scalar(dst, 1),
    }
}

/// The registers `i` reads (a call whose shape is known: its arguments; a `select`: its
/// cases' channels and sent values).
fn reads(i: &Instr, shape: Option<&CallShape>, selects: &[Select]) -> Reads {
    use Instr::*;
    Reads::Regs(match *i {
        Move { src, .. } | Copy { src, .. } | StoreGlobal { src, .. } | CheckShift { src } | NegInt { src, .. } | Compl { src, .. } => vec![src],
        Not { src, .. } | Wrap { src, .. } | NegFloat { src, .. } | Len { src, .. } | Cap { src, .. } | IntToFloat { src, .. } => vec![src],
        UintToFloat { src, .. } | FloatToInt { src, .. } | FloatToUint { src, .. } | RuneToStr { src, .. } | BytesToStr { src, .. } => vec![src],
        StrToBytes { src, .. } | RunesToStr { src, .. } | StrToRunes { src, .. } | IsNil { src, .. } | NewCell { src, .. } => vec![src],
        CheckNil { src } | ToIface { src, .. } | AssertType { src, .. } | AssertIface { src, .. } | BindIface { src, .. } => vec![src],
        Panic { src } | Print { src, .. } => vec![src],
        RoundF32 { dst } => vec![dst],
        LoadConst { .. } | LoadInt { .. } | LoadNil { .. } | LoadGlobal { .. } | AddrGlobal { .. } | LoadEnv { .. } | MakeMap { .. } => vec![],
        Jump { .. } | Safepoint | Loop { .. } | PrintSpace | PrintNewline | Recover { .. } | FrameToken { .. } => vec![],
        AddInt { a, b, .. } | SubInt { a, b, .. } | MulInt { a, b, .. } | DivInt { a, b, .. } | RemInt { a, b, .. } | DivUint { a, b, .. } => vec![a, b],
        RemUint { a, b, .. } | And { a, b, .. } | Or { a, b, .. } | Xor { a, b, .. } | AndNot { a, b, .. } | Shl { a, b, .. } => vec![a, b],
        ShrInt { a, b, .. } | ShrUint { a, b, .. } | AddFloat { a, b, .. } | SubFloat { a, b, .. } | MulFloat { a, b, .. } => vec![a, b],
        MinFloat { a, b, .. } | MaxFloat { a, b, .. } => vec![a, b],
        DivFloat { a, b, .. } | EqInt { a, b, .. } | NeInt { a, b, .. } | LtInt { a, b, .. } | LeInt { a, b, .. } | LtUint { a, b, .. } => vec![a, b],
        LeUint { a, b, .. } | EqFloat { a, b, .. } | NeFloat { a, b, .. } | LtFloat { a, b, .. } | LeFloat { a, b, .. } => vec![a, b],
        EqStr { a, b, .. } | NeStr { a, b, .. } | LtStr { a, b, .. } | LeStr { a, b, .. } | Eq { a, b, .. } | Ne { a, b, .. } => vec![a, b],
        Concat { a, b, .. } | JumpIfNotLtInt { a, b, .. } | JumpIfNotLeInt { a, b, .. } | Cplx { a, b, .. } => vec![a, b],
        AddIntImm { a, .. } | JumpIfNotLtIntImm { a, .. } | JumpIfNotLeIntImm { a, .. } => vec![a],
        LoopLtImm { a, .. } | LoopLeImm { a, .. } | IncLoopLtImm { a, .. } => vec![a],
        LoopLt { a, b, .. } | LoopLe { a, b, .. } | IncLoopLt { a, b, .. } => vec![a, b],
        MulIntImm { a, .. } | DivIntImm { a, .. } | RemIntImm { a, .. } | AndImm { a, .. } | EqIntImm { a, .. } => vec![a],
        NeIntImm { a, .. } | LtIntImm { a, .. } | LeIntImm { a, .. } | GtIntImm { a, .. } | GeIntImm { a, .. } => vec![a],
        StrIndex { s, i, .. } | StrDecode { s, i, .. } => vec![s, i],
        MakeAgg { start, n, .. } | SliceOf { start, n, .. } | Closure { start, n, .. } | Return { start, n } => (start..start + n).collect(),
        Field { obj, .. } | AddrField { obj, .. } => vec![obj],
        SetField { obj, src, .. } => vec![obj, src],
        PtrField { ptr, .. } | Deref { ptr, .. } => vec![ptr],
        SetPtrField { ptr, src, .. } | Store { ptr, src } => vec![ptr, src],
        Index { x, i, .. } | CheckIndex { x, i } | AddrIndex { x, i, .. } => vec![x, i],
        SetIndex { x, i, src } => vec![x, i, src],
        Index2 { x, i, j, .. } => vec![x, i, j],
        SetIndex2 { x, i, j, src } => vec![x, i, j, src],
        PtrFieldIndex { ptr, i, .. } => vec![ptr, i],
        SetPtrFieldIndex { ptr, i, src, .. } => vec![ptr, i, src],
        MakeSlice { len, cap, .. } => vec![len, cap],
        SliceExpr { x, lo, hi, max, .. } => vec![x, lo, hi, max],
        Append { s, start, n, .. } => std::iter::once(s).chain(start..start + n).collect(),
        AppendSlice { s, t, .. } => vec![s, t],
        CopySlice { to, from, .. } => vec![to, from],
        MapIndex { m, k, .. } | MapDelete { m, k } => vec![m, k],
        MapSet { m, k, src } => vec![m, k, src],
        MapEntries { m, .. } => vec![m],
        Clear { x, .. } => vec![x],
        BindMethod { recv, .. } => vec![recv],
        JumpIfFalse { cond, .. } | JumpIfTrue { cond, .. } => vec![cond],
        Defer { f, a, nargs } | Go { f, a, nargs } => std::iter::once(f).chain(a..a + nargs).collect(),
        DeferAt { frame, f, a, nargs } => [frame, f].into_iter().chain(a..a + nargs).collect(),
        MakeChan { cap, .. } => vec![cap],
        Send { ch, src } => vec![ch, src],
        Recv { ch, .. } | Close { ch } => vec![ch],
        Call { a, .. } | CallNative { a, .. } | CallValue { a, .. } | CallIface { a, .. } => match shape {
            Some(s) => (a..a + s.args).collect(),
            None => return Reads::From(a),
        },
        Select { sel, .. } => match selects.get(sel as usize) {
            Some(sel) => sel.cases.iter().flat_map(|c| match *c {
                SelectCase::Send { ch, val } => vec![ch, val],
                SelectCase::Recv { ch, .. } => vec![ch],
            }).collect(),
            None => return Reads::From(0),
        },
        ReturnResults => return Reads::From(0),
    })
}
