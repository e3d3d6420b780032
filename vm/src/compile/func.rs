//! One function under compilation: its registers (parameters, then locals and
//! temporaries allocated stack-wise), where each variable lives, constants, jump patching
//! and the break/continue targets of the enclosing loops.

use std::collections::HashMap;

use minigo_parser::ast::{BinaryOp, Expr, ExprKind};
use minigo_types::ObjId;

use super::{CResult, Compiler};
use crate::bytecode::{AssertInfo, ElemInfo, Func, Instr, Reg, ResultSlot, Select};
use crate::value::Value;

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// In a register.
    Reg(Reg),
    /// In a heap cell whose pointer is in the register (captured or address taken).
    Cell(Reg),
    /// Captured from an enclosing function: slot of the closure environment (a cell pointer).
    Env(u16),
    /// Package-level variable.
    Global(u32),
}

/// A breakable statement being compiled.
pub(crate) struct Breakable {
    pub label: Option<String>,
    /// Loops accept `continue`; switch and select only `break`.
    pub is_loop: bool,
    /// An unlabeled `break` may target it (not a labeled plain block).
    pub unlabeled_break: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// The range-over-func loop whose body is the function being built: its `break` and
    /// `continue` return from that function (`rangefunc.rs`).
    pub range_func: bool,
}

/// A signed integer comparison a condition ends with (see `Compiler::last_int_compare`):
/// `a < b`, `a <= b`, or the same against an immediate.
#[derive(Clone, Copy)]
enum IntCompare {
    Lt(Reg, Reg),
    Le(Reg, Reg),
    LtImm(Reg, i32),
    LeImm(Reg, i32),
}

/// A call's register window from its first register: the arguments (a receiver or func
/// value included) and the results.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CallShape {
    pub args: u16,
    pub results: u16,
}

pub(crate) struct FnBuilder {
    pub name: String,
    pub file: u32,
    pub nparams: u16,
    pub code: Vec<Instr>,
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub selects: Vec<Select>,
    pub asserts: Vec<AssertInfo>,
    pub elems: Vec<ElemInfo>,
    pub vars: HashMap<ObjId, Loc>,
    /// Variables captured from enclosing functions, in environment order.
    pub captures: Vec<ObjId>,
    /// First free register.
    pub next: Reg,
    pub nregs: Reg,
    pub breakables: Vec<Breakable>,
    pub results: Vec<ResultSlot>,
    /// `return` goes through the result variables and deferred calls (`ReturnResults`).
    pub via_results: bool,
    pub line: u32,
    pub closures: u32,
    /// What joins this function's name and a literal's number in the literal's name:
    /// `.func` (`main.f.func1`), or `.` in a closure Go does not inline into a declared
    /// function (`main.f.func1.1`; see `Compiler::closure`).
    pub literal_sep: &'static str,
    /// Local slice variables that leave the function (see `escape.rs`).
    pub escaping_slices: std::collections::HashSet<ObjId>,
    /// The latest pc some jump targets: an instruction there must stay a jump target.
    pub barrier: usize,
    /// Label name → pc of the labeled statement, and `goto`s to patch at the end.
    pub labels: HashMap<String, usize>,
    pub gotos: Vec<(String, usize)>,
    /// Calls compiled ahead of their expression (`order.rs`), by node: the register
    /// holding each result, taken when the expression reaches it.
    pub hoisted: HashMap<minigo_parser::ast::NodeId, Reg>,
    /// The shape of each call emitted by `Compiler::call`, by pc (for `liveness.rs`).
    pub calls: HashMap<usize, CallShape>,
    /// Parameters of a number or boolean type (never references, for `liveness.rs`).
    pub scalar_params: Vec<Reg>,
    /// Range-over-func loop bodies numbered so far (they are named `name-rangeN`).
    pub ranges: u32,
    /// Set when this function is the body of a range-over-func loop.
    pub range_body: Option<super::rangefunc::RangeBody>,
    /// The result variables of the enclosing declared function or literal as objects (a
    /// hidden one for an unnamed result), when its range-over-func bodies may `return`.
    pub result_objs: Vec<ObjId>,
    int_consts: HashMap<i64, u32>,
    str_consts: HashMap<Vec<u8>, u32>,
}

impl FnBuilder {
    pub fn new(name: String, file: u32, nparams: u16) -> FnBuilder {
        FnBuilder {
            name,
            file,
            nparams,
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            selects: Vec::new(),
            asserts: Vec::new(),
            elems: Vec::new(),
            vars: HashMap::new(),
            captures: Vec::new(),
            next: nparams,
            nregs: nparams,
            breakables: Vec::new(),
            results: Vec::new(),
            via_results: false,
            line: 0,
            closures: 0,
            literal_sep: ".func",
            escaping_slices: Default::default(),
            barrier: 0,
            labels: HashMap::new(),
            gotos: Vec::new(),
            hoisted: HashMap::new(),
            calls: HashMap::new(),
            scalar_params: Vec::new(),
            ranges: 0,
            range_body: None,
            result_objs: Vec::new(),
            int_consts: HashMap::new(),
            str_consts: HashMap::new(),
        }
    }

    pub fn bump_regs(&mut self, top: Reg) {
        self.nregs = self.nregs.max(top);
    }

    pub fn finish(self, nresults: u16) -> Func {
        let (kill_at, kills) = super::liveness::call_kills(&self.code, self.nregs as usize, self.nparams, &self.scalar_params, &self.calls, &self.selects);
        Func {
            kill_at,
            kills,
            name: self.name,
            nparams: self.nparams,
            nresults,
            nregs: self.nregs.max(1),
            code: self.code,
            lines: self.lines,
            consts: self.consts,
            selects: self.selects,
            asserts: self.asserts,
            elems: self.elems,
            results: self.results,
            file: self.file,
        }
    }
}

impl Compiler<'_> {
    pub(crate) fn f(&mut self) -> &mut FnBuilder {
        self.fs.last_mut().expect("function builder")
    }

    pub(crate) fn emit(&mut self, i: Instr) -> usize {
        let f = self.f();
        f.code.push(i);
        let line = f.line;
        f.lines.push(line);
        f.code.len() - 1
    }

    pub(crate) fn pc(&mut self) -> usize {
        self.f().code.len()
    }

    /// Points the jump at `at` to `target`.
    pub(crate) fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let f = self.f();
        f.barrier = f.barrier.max(target);
        match &mut f.code[at] {
            Instr::Jump { target }
            | Instr::Loop { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpIfNotLtInt { target, .. }
            | Instr::JumpIfNotLeInt { target, .. }
            | Instr::JumpIfNotLtIntImm { target, .. }
            | Instr::JumpIfNotLeIntImm { target, .. } => *target = t,
            _ => unreachable!("patching a non-jump"),
        }
    }

    pub(crate) fn jump(&mut self) -> usize {
        self.emit(Instr::Jump { target: u32::MAX })
    }

    /// A loop back-edge to `top` (with its safepoint).
    pub(crate) fn loop_back(&mut self, top: usize) {
        self.emit(Instr::Loop { target: top as u32 });
    }

    /// The back-edge of a loop whose condition `cond` was tested once at the top and is
    /// tested again here, at the bottom, jumping back to `body` while it holds; returns
    /// the jumps out of the loop. An integer comparison becomes one compare-and-loop
    /// instruction, which absorbs an `i += k` just before it from `post` on (the `for`
    /// statement's post statement: no jump lands between the two). Anything else jumps
    /// out when false and back with `Loop`.
    pub(crate) fn loop_back_while(&mut self, cond: &Expr, body: usize, post: usize) -> CResult<Vec<usize>> {
        if matches!(cond.kind, ExprKind::Paren(_) | ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, .. }) {
            let exits = self.cond_jumps(cond)?;
            self.loop_back(body);
            return Ok(exits);
        }
        let start = self.pc();
        let r = self.expr(cond)?;
        let target = body as u32;
        let Some(cmp) = self.last_int_compare(r, start) else {
            let exit = self.jump_if_false(r, start);
            self.loop_back(body);
            return Ok(vec![exit]);
        };
        let f = self.f();
        let at = f.code.len() - 1;
        // `i += k` just before a comparison that is the whole condition, from `post` on.
        let step = match at.checked_sub(1).filter(|&i| i >= post && at == start).map(|i| f.code[i]) {
            Some(Instr::AddIntImm { dst, a, imm }) if dst == a => Some((a, imm)),
            _ => None,
        };
        let (back, fused_inc) = match (cmp, step) {
            (IntCompare::Lt(a, b), Some((x, step))) if x == a => (Instr::IncLoopLt { a, b, step, target }, true),
            (IntCompare::LtImm(a, imm), Some((x, step))) if x == a => (Instr::IncLoopLtImm { a, step, imm, target }, true),
            (IntCompare::Lt(a, b), _) => (Instr::LoopLt { a, b, target }, false),
            (IntCompare::LtImm(a, imm), _) => (Instr::LoopLtImm { a, imm, target }, false),
            (IntCompare::Le(a, b), _) => (Instr::LoopLe { a, b, target }, false),
            (IntCompare::LeImm(a, imm), _) => (Instr::LoopLeImm { a, imm, target }, false),
        };
        if fused_inc {
            f.code.pop();
            f.lines.pop();
        }
        let last = f.code.len() - 1;
        f.code[last] = back;
        Ok(Vec::new())
    }

    /// `if !cond goto ?`: compiles the condition into conditional jumps taken when it is
    /// false (all to be patched to one target), fusing each integer comparison into one
    /// compare-and-branch. `a && b` and `a || b` become jumps, never a boolean in a
    /// register.
    pub(crate) fn cond_jumps(&mut self, cond: &Expr) -> CResult<Vec<usize>> {
        match &cond.kind {
            ExprKind::Paren(x) => self.cond_jumps(x),
            ExprKind::Binary { op: BinaryOp::LAnd, x, y } => {
                let mut jumps = self.cond_jumps(x)?;
                jumps.extend(self.cond_jumps(y)?);
                Ok(jumps)
            }
            ExprKind::Binary { op: BinaryOp::LOr, x, y } => {
                let x_false = self.cond_jumps(x)?;
                let x_true = self.jump();
                let at_y = self.pc();
                for j in x_false {
                    self.patch(j, at_y);
                }
                let jumps = self.cond_jumps(y)?;
                let body = self.pc();
                self.patch(x_true, body);
                Ok(jumps)
            }
            _ => {
                let start = self.pc();
                let r = self.expr(cond)?;
                Ok(vec![self.jump_if_false(r, start)])
            }
        }
    }

    /// `if !cond goto ?` for the condition computed into `cond` by the code from `start`.
    fn jump_if_false(&mut self, cond: Reg, start: usize) -> usize {
        let target = u32::MAX;
        let fused = match self.last_int_compare(cond, start) {
            Some(IntCompare::Lt(a, b)) => Instr::JumpIfNotLtInt { a, b, target },
            Some(IntCompare::Le(a, b)) => Instr::JumpIfNotLeInt { a, b, target },
            Some(IntCompare::LtImm(a, imm)) => Instr::JumpIfNotLtIntImm { a, imm, target },
            Some(IntCompare::LeImm(a, imm)) => Instr::JumpIfNotLeIntImm { a, imm, target },
            None => return self.emit(Instr::JumpIfFalse { cond, target }),
        };
        let f = self.f();
        let at = f.code.len() - 1;
        f.code[at] = fused;
        at
    }

    /// The integer comparison that computed the condition in `cond`, when a fused
    /// compare-and-branch may replace it: it is the last instruction, emitted for this
    /// condition (from `start` on, not the last write of a variable used as the
    /// condition), with no jump landing after it.
    fn last_int_compare(&mut self, cond: Reg, start: usize) -> Option<IntCompare> {
        let f = self.f();
        if f.barrier >= f.code.len() || f.code.len() <= start {
            return None;
        }
        match *f.code.last()? {
            Instr::LtInt { dst, a, b } if dst == cond => Some(IntCompare::Lt(a, b)),
            Instr::LeInt { dst, a, b } if dst == cond => Some(IntCompare::Le(a, b)),
            Instr::LtIntImm { dst, a, imm } if dst == cond => Some(IntCompare::LtImm(a, imm)),
            Instr::LeIntImm { dst, a, imm } if dst == cond => Some(IntCompare::LeImm(a, imm)),
            _ => None,
        }
    }

    /// A fresh temporary register.
    pub(crate) fn temp(&mut self) -> CResult<Reg> {
        self.temps(1)
    }

    /// `n` consecutive fresh registers.
    pub(crate) fn temps(&mut self, n: u16) -> CResult<Reg> {
        let f = self.f();
        let r = f.next;
        let top = r as u32 + n as u32;
        if top >= (Reg::MAX - 1) as u32 {
            return Err(format!("function {} needs too many registers", f.name));
        }
        f.next = top as Reg;
        f.bump_regs(top as Reg);
        Ok(r)
    }

    /// Sets the source line of the instructions emitted next.
    pub(crate) fn set_line(&mut self, offset: u32) {
        let file = &self.prog.files[self.file];
        if file.contains(offset) {
            let (line, _) = file.line_col(offset);
            self.f().line = line;
        }
    }

    pub(crate) fn konst(&mut self, v: Value) -> u32 {
        let f = self.f();
        match &v {
            Value::Int(i) => {
                if let Some(&k) = f.int_consts.get(i) {
                    return k;
                }
                let k = f.consts.len() as u32;
                f.int_consts.insert(*i, k);
                f.consts.push(v);
                k
            }
            Value::Str(s) => {
                if let Some(&k) = f.str_consts.get(s.as_bytes()) {
                    return k;
                }
                let k = f.consts.len() as u32;
                f.str_consts.insert(s.as_bytes().to_vec(), k);
                f.consts.push(v);
                k
            }
            _ => {
                f.consts.push(v);
                (f.consts.len() - 1) as u32
            }
        }
    }

    /// Loads a constant value into `dst` (a fresh copy for structs and arrays).
    pub(crate) fn load_value(&mut self, dst: Reg, v: Value) {
        match v {
            Value::Int(i) if i32::try_from(i).is_ok() => {
                self.emit(Instr::LoadInt { dst, v: i as i32 });
            }
            Value::Nil => {
                self.emit(Instr::LoadNil { dst });
            }
            v => {
                // A struct or array constant (a zero value) must not be shared: copy it.
                let agg = matches!(v, Value::Agg(_));
                let k = self.konst(v);
                self.emit(Instr::LoadConst { dst, k });
                if agg {
                    self.emit(Instr::Copy { dst, src: dst });
                }
            }
        }
    }

    /// The location of variable `o` as seen from the innermost function, capturing it
    /// from enclosing functions as needed.
    pub(crate) fn lookup(&mut self, o: ObjId) -> Option<Loc> {
        if let Some(&g) = self.globals.get(&o) {
            return Some(Loc::Global(g));
        }
        let depth = self.fs.len() - 1;
        self.lookup_at(depth, o)
    }

    fn lookup_at(&mut self, depth: usize, o: ObjId) -> Option<Loc> {
        if let Some(&l) = self.fs[depth].vars.get(&o) {
            return Some(l);
        }
        if depth == 0 {
            return None;
        }
        // Defined in an enclosing function: make sure it exists there, then capture.
        self.lookup_at(depth - 1, o)?;
        let f = &mut self.fs[depth];
        let idx = match f.captures.iter().position(|c| *c == o) {
            Some(i) => i,
            None => {
                f.captures.push(o);
                f.captures.len() - 1
            }
        };
        let loc = Loc::Env(idx as u16);
        f.vars.insert(o, loc);
        Some(loc)
    }

    /// Declares a local variable in a fresh register; if it escapes, the caller must put
    /// a cell in it (see [`Compiler::init_var`]).
    pub(crate) fn declare(&mut self, o: ObjId) -> CResult<Reg> {
        let r = self.temp()?;
        let loc = if self.info.escapes.contains(&o) { Loc::Cell(r) } else { Loc::Reg(r) };
        self.f().vars.insert(o, loc);
        Ok(r)
    }

    /// Initialises the declared variable `o` (register `r`) from the value in `src`.
    pub(crate) fn init_var(&mut self, o: ObjId, r: Reg, src: Reg) {
        if self.info.escapes.contains(&o) {
            self.emit(Instr::NewCell { dst: r, src });
        } else if src != r {
            self.emit(Instr::Move { dst: r, src });
        }
    }
}
