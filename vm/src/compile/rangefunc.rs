//! `for k, v := range f` over a function iterator (Go 1.23): the loop body becomes a
//! closure, the yield function passed to `f`, and the loop one call of `f`.
//!
//! Design. Go's frames cannot be re-entered, so the body cannot stay in the enclosing
//! function: it is compiled as a closure `func(k K, v V) bool` named `outer-rangeN`, as Go
//! names it in tracebacks. The closure captures the enclosing function's variables like a
//! function literal does (the checker checks the body one function level deeper, so the
//! variables it uses are cells), plus hidden cells made when the loop starts:
//! - `state`: the loop's life, Go's five states (`READY` between bodies, `PANIC` while a
//!   body runs or after it panicked, `DONE` after the body asked to stop, `EXHAUSTED` after
//!   `f` returned). The body checks it on entry, and `f`'s return is checked against it, so
//!   an iterator that ignores `false`, calls yield after the loop, or swallows the body's
//!   panic raises Go's run-time error (native `runtime.panicrangestate`).
//! - `next`: how the body left the loop when it jumped beyond it. `break`/`continue` of the
//!   range loop itself return `false`/`true` from the closure; `return`, `goto` out of the
//!   body and `break`/`continue` of an enclosing statement store a code in `next` and return
//!   `false`; after `f` returns, the enclosing function performs the branch the code names
//!   (which, in a nested body, may again leave through that body's `next`).
//! - `token` (only when the body defers): the frame index of the enclosing function, made by
//!   `FrameToken`; `defer` in the body is `DeferAt`, which queues the call on that frame, so
//!   it runs when the enclosing function returns, not when the body does.
//!
//! `return x` in a body stores `x` in the enclosing function's result variables, which are
//! cells in a function whose range-over-func bodies return (`FnBuilder::result_objs`), and
//! that function returns through `ReturnResults`. Calls stay on the goroutine's frame stack:
//! `f` calls the closure like any func value, so nothing recurses on the Rust stack.

use std::collections::HashSet;

use minigo_parser::ast::{Block, Expr, Stmt, StmtKind};
use minigo_types::{ObjId, Type};

use super::func::{CallShape, FnBuilder, Loc};
use super::{CResult, Compiler};
use crate::bytecode::{Instr, Reg};
use crate::native::{NativeCx, NativeResult};
use crate::value::Value;

/// The states of a range-over-func loop (Go's values, stored in the `state` cell).
const DONE: i32 = 0;
const READY: i32 = 1;
const PANIC: i32 = 2;
const EXHAUSTED: i32 = 3;
/// Not a state: `f` returned normally after the body panicked.
const MISSING_PANIC: i32 = 4;

/// A branch out of a statement: what `break`, `continue`, `goto` and `return` do, and the
/// codes a loop body stores in `next` when the branch leaves it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Branch {
    Break(Option<String>),
    Continue(Option<String>),
    Goto(String),
    /// `return` with the result variables already set.
    Return,
}

/// What a function builder compiling a loop body knows about its loop.
pub(crate) struct RangeBody {
    state: ObjId,
    next: ObjId,
    token: Option<ObjId>,
    /// Labels declared inside the body: a `goto` to any other leaves it.
    labels: HashSet<String>,
    /// The branches leaving the body, in code order (code = index + 1).
    exits: Vec<Branch>,
}

impl Compiler<'_> {
    /// `for key, value := range x { body }` with `x` a function iterator.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_func(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, label: Option<&str>) -> CResult<()> {
        let mark = self.f().next;
        let line = self.f().line;
        let xt = self.ty_of(x)?;
        let nparams = match self.under(xt) {
            Type::Func(sig) => match sig.params.first().map(|p| self.under(*p)) {
                Some(Type::Func(y)) => y.params.len() as u16,
                _ => return Err("range over a function that is not an iterator".into()),
            },
            _ => return Err("range over a non-function".into()),
        };
        let f = self.expr(x)?;
        let state = self.hidden_cell(|r| Instr::LoadInt { dst: r, v: READY })?;
        let next = self.hidden_cell(|r| Instr::LoadInt { dst: r, v: 0 })?;
        let token = match &self.f().range_body {
            Some(outer) => outer.token,
            None if super::stmt::contains_defer(&body.stmts) => Some(self.hidden_cell(|r| Instr::FrameToken { dst: r })?),
            None => None,
        };
        let rb = RangeBody { state, next, token, labels: labels_in(&body.stmts), exits: Vec::new() };
        let (func, captures, exits) = self.range_body(rb, nparams, [key, value], define, body, label)?;
        // The call's window is above every register the loop uses.
        let call = self.temps(2)?;
        self.emit(Instr::Move { dst: call, src: f });
        self.make_closure(func, &captures, call + 1)?;
        self.f().line = line;
        let pc = self.pc();
        self.f().calls.insert(pc, CallShape { args: 2, results: 0 });
        self.emit(Instr::CallValue { a: call, nargs: 1 });
        // `f` returned: a body panic it recovered is an error; the loop is over.
        let s = self.load_hidden(state)?;
        let c = self.temp()?;
        self.emit(Instr::EqIntImm { dst: c, a: s, imm: PANIC });
        let ok = self.emit(Instr::JumpIfFalse { cond: c, target: u32::MAX });
        self.emit(Instr::LoadInt { dst: s, v: MISSING_PANIC });
        self.panic_range_state(s);
        let here = self.pc();
        self.patch(ok, here);
        self.store_hidden(state, EXHAUSTED)?;
        if !exits.is_empty() {
            let n = self.load_hidden(next)?;
            for (i, b) in exits.into_iter().enumerate() {
                self.emit(Instr::EqIntImm { dst: c, a: n, imm: i as i32 + 1 });
                let skip = self.emit(Instr::JumpIfFalse { cond: c, target: u32::MAX });
                self.branch(b)?;
                let here = self.pc();
                self.patch(skip, here);
            }
        }
        self.f().next = mark;
        Ok(())
    }

    /// Compiles the loop body as a closure taking the yield arguments; returns its function
    /// index, its captured variables and the branches leaving it.
    #[allow(clippy::too_many_arguments)]
    fn range_body(&mut self, rb: RangeBody, nparams: u16, vars: [Option<&Expr>; 2], define: bool, body: &Block, label: Option<&str>) -> CResult<(u32, Vec<ObjId>, Vec<Branch>)> {
        let outer = self.f();
        outer.ranges += 1;
        let name = format!("{}-range{}", outer.name, outer.ranges);
        let (line, results) = (outer.line, outer.result_objs.clone());
        let idx = self.reserve_func();
        let mut f = FnBuilder::new(name, self.file as u32, nparams);
        f.line = line;
        f.result_objs = results;
        f.range_body = Some(rb);
        f.escaping_slices = super::escape::escaping_slices(self.info, body);
        self.fs.push(f);
        self.emit(Instr::Safepoint);
        // A body may run only while the loop is ready for it.
        let (state, _) = self.range_cells();
        let s = self.load_hidden(state)?;
        let c = self.temp()?;
        self.emit(Instr::EqIntImm { dst: c, a: s, imm: READY });
        let ready = self.emit(Instr::JumpIfTrue { cond: c, target: u32::MAX });
        self.panic_range_state(s);
        let here = self.pc();
        self.patch(ready, here);
        self.store_hidden(state, PANIC)?;
        let [key, value] = vars.map(|v| v.filter(|e| !super::stmt::is_blank(e)));
        let slots = [self.range_slot(key, define)?, self.range_slot(value, define)?];
        let v = (nparams > 1).then_some(1);
        self.range_bind(key, value, define, slots, 0, v)?;
        self.push_breakable(label, true);
        self.f().breakables.last_mut().expect("breakable").range_func = true;
        self.block(&body.stmts)?;
        self.f().breakables.pop();
        self.set_line(body.rbrace.lo);
        self.end_body(true)?;
        let gotos = std::mem::take(&mut self.f().gotos);
        for (label, at) in gotos {
            let target = *self.f().labels.get(&label).ok_or_else(|| format!("label {label} not defined"))?;
            self.patch(at, target);
        }
        let mut b = self.fs.pop().expect("builder");
        if !b.hoisted.is_empty() {
            return Err(format!("internal error: a call in {} was evaluated out of order", b.name));
        }
        let exits = b.range_body.take().map(|r| r.exits).unwrap_or_default();
        let captures = b.captures.clone();
        self.set_func(idx, b.finish(1));
        Ok((idx, captures, exits))
    }

    /// `break`, `continue`, `goto` or (results set) `return` from the current statement.
    /// In a loop body, a branch to a statement outside the body leaves it through `next`.
    pub(crate) fn branch(&mut self, b: Branch) -> CResult<()> {
        match &b {
            Branch::Break(l) | Branch::Continue(l) => {
                let cont = matches!(b, Branch::Continue(_));
                if let Some(i) = self.find_breakable(l.as_deref(), cont) {
                    if self.f().breakables[i].range_func {
                        return self.end_body(cont);
                    }
                    let j = self.jump();
                    let target = &mut self.f().breakables[i];
                    if cont { target.continues.push(j) } else { target.breaks.push(j) }
                    return Ok(());
                }
                if self.f().range_body.is_none() {
                    return Err("break/continue outside a loop".into());
                }
            }
            Branch::Goto(l) => {
                if !self.f().range_body.as_ref().is_some_and(|r| !r.labels.contains(l)) {
                    self.emit(Instr::Safepoint);
                    let j = self.jump();
                    self.f().gotos.push((l.clone(), j));
                    return Ok(());
                }
            }
            Branch::Return => {
                if self.f().range_body.is_none() {
                    let ret = if self.f().via_results { Instr::ReturnResults } else { Instr::Return { start: 0, n: 0 } };
                    self.emit(ret);
                    return Ok(());
                }
            }
        }
        self.leave_body(b)
    }

    /// Leaves the loop body being compiled through `next` for branch `b`.
    fn leave_body(&mut self, b: Branch) -> CResult<()> {
        let rb = self.f().range_body.as_mut().expect("in a loop body");
        let code = match rb.exits.iter().position(|e| *e == b) {
            Some(i) => i + 1,
            None => {
                rb.exits.push(b);
                rb.exits.len()
            }
        };
        let next = rb.next;
        let t = self.temp()?;
        self.emit(Instr::LoadInt { dst: t, v: code as i32 });
        let loc = self.lookup(next).ok_or("loop state not found")?;
        self.store_loc(loc, t)?;
        self.end_body(false)
    }

    /// Returns from the body: `true` asks for the next iteration (the loop is ready for
    /// it), `false` ends the loop.
    fn end_body(&mut self, more: bool) -> CResult<()> {
        let (state, _) = self.range_cells();
        self.store_hidden(state, if more { READY } else { DONE })?;
        let t = self.temp()?;
        self.load_value(t, Value::Bool(more));
        self.emit(Instr::Return { start: t, n: 1 });
        Ok(())
    }

    /// `return exprs` inside a loop body: the enclosing function's results are set, then
    /// the body leaves the loop.
    pub(crate) fn return_from_body(&mut self, exprs: &[Expr]) -> CResult<()> {
        if !exprs.is_empty() {
            let objs = self.f().result_objs.clone();
            let vals = self.rhs_values(objs.len(), exprs)?;
            for (o, v) in objs.into_iter().zip(vals) {
                let loc = self.lookup(o).ok_or("result variable not found")?;
                self.store_loc(loc, v)?;
            }
        }
        self.leave_body(Branch::Return)
    }

    /// `defer` in a loop body: queued on the enclosing function's frame.
    pub(crate) fn defer_in_body(&mut self, f: Reg, a: Reg, nargs: u16) -> CResult<()> {
        let token = self.f().range_body.as_ref().and_then(|r| r.token).ok_or("defer in a loop body without a frame token")?;
        let frame = self.load_hidden(token)?;
        self.emit(Instr::DeferAt { frame, f, a, nargs });
        Ok(())
    }

    /// The `state` and `next` cells of the loop whose body is being compiled.
    fn range_cells(&mut self) -> (ObjId, ObjId) {
        let rb = self.f().range_body.as_ref().expect("in a loop body");
        (rb.state, rb.next)
    }

    /// A hidden variable of the loop in the current function: a cell holding what the
    /// instruction `load(register)` loads.
    fn hidden_cell(&mut self, load: impl FnOnce(Reg) -> Instr) -> CResult<ObjId> {
        let r = self.temp()?;
        self.emit(load(r));
        self.emit(Instr::NewCell { dst: r, src: r });
        let o = self.hidden_obj();
        self.f().vars.insert(o, Loc::Cell(r));
        Ok(o)
    }

    fn load_hidden(&mut self, o: ObjId) -> CResult<Reg> {
        let loc = self.lookup(o).ok_or("loop state not found")?;
        let t = self.temp()?;
        self.load_loc(loc, Some(t))
    }

    fn store_hidden(&mut self, o: ObjId, v: i32) -> CResult<()> {
        let t = self.temp()?;
        self.emit(Instr::LoadInt { dst: t, v });
        let loc = self.lookup(o).ok_or("loop state not found")?;
        self.store_loc(loc, t)
    }

    /// Panics with Go's error for the loop state in register `s`.
    fn panic_range_state(&mut self, s: Reg) {
        let native = self.native_entry_fn("runtime", "panicrangestate", panic_range_state);
        self.emit(Instr::CallNative { a: s, native, nargs: 1 });
    }

    /// Whether the function body `stmts` has a range-over-func loop whose body returns
    /// (its results must then be cells the loop body can set).
    pub(crate) fn body_returns_from_range_func(&self, stmts: &[Stmt]) -> bool {
        any_stmt(stmts, &mut |s| match &s.kind {
            StmtKind::Range { x, body, .. } => self.is_range_func(x) && any_stmt(&body.stmts, &mut |s| matches!(s.kind, StmtKind::Return(_))),
            _ => false,
        })
    }

    pub(crate) fn is_range_func(&self, x: &Expr) -> bool {
        self.ty_of(x).is_ok_and(|t| matches!(self.under(t), Type::Func(_)))
    }
}

/// Whether `pred` holds for a statement of `stmts` or one nested in them (not looking
/// into function literals).
pub(crate) fn any_stmt(stmts: &[Stmt], pred: &mut dyn FnMut(&Stmt) -> bool) -> bool {
    stmts.iter().any(|s| {
        pred(s)
            || match &s.kind {
                StmtKind::Block(b) => any_stmt(&b.stmts, pred),
                StmtKind::If { then, els, .. } => any_stmt(&then.stmts, pred) || els.as_deref().is_some_and(|e| any_stmt(std::slice::from_ref(e), pred)),
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => any_stmt(&body.stmts, pred),
                StmtKind::Switch { body, .. } => body.iter().any(|c| any_stmt(&c.body, pred)),
                StmtKind::TypeSwitch { body, .. } => body.iter().any(|c| any_stmt(&c.body, pred)),
                StmtKind::Select(cl) => cl.iter().any(|c| any_stmt(&c.body, pred)),
                StmtKind::Labeled { stmt, .. } => any_stmt(std::slice::from_ref(stmt), pred),
                _ => false,
            }
    })
}

/// The labels declared in `stmts`.
fn labels_in(stmts: &[Stmt]) -> HashSet<String> {
    let mut labels = HashSet::new();
    any_stmt(stmts, &mut |s| {
        if let StmtKind::Labeled { label, .. } = &s.kind {
            labels.insert(label.name.clone());
        }
        false
    });
    labels
}

/// `runtime.panicrangestate(state)`: Go's run-time error for a yield call (or an iterator
/// return) the loop's state forbids.
fn panic_range_state(cx: &mut NativeCx<'_, '_>, args: &[Value]) -> NativeResult {
    let what = match args.first().map(Value::as_int) {
        Some(s) if s == DONE as i64 => "continued iteration after function for loop body returned false",
        Some(s) if s == PANIC as i64 => "continued iteration after loop body panic",
        Some(s) if s == EXHAUSTED as i64 => "continued iteration after whole loop exit",
        _ => "recovered a loop body panic and did not resume panicking",
    };
    Err(cx.runtime_error(&format!("range function {what}")))
}
