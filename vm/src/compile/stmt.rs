//! Statements and function bodies: declarations, assignments (with Go's evaluation
//! order), control flow with labels, `for` and every `range` form (Go 1.22 per-iteration
//! variables), switches, type switches, `select`, `go`, `defer`, `return`.

use minigo_parser::ast::{AssignOp, Block, CaseClause, CommClause, Decl, Expr, ExprKind, FuncDecl, FuncType, Param, Stmt, StmtKind, TypeCaseClause, UnaryOp, VarSpec};
use minigo_types::{BasicKind, Builtin, Mode, ObjId, ObjKind, Selection, Type, TypeId};

use super::func::{Breakable, FnBuilder, Loc};
use super::rangefunc::{any_stmt, Branch};
use super::{CResult, Compiler};
use crate::bytecode::{CplxOp, Func, Instr, Reg, ResultSlot, Select, SelectCase, Width};
use crate::native::{NativeCx, NativeResult};
use crate::value::{Callee, Key, Value};

/// An assignable location, with its operands already evaluated.
#[derive(Clone, Copy)]
pub(crate) enum Place {
    Var(Loc),
    Field { obj: Reg, idx: u16 },
    /// A field of the struct a pointer points to (nil-checked at the access).
    PtrField { ptr: Reg, idx: u16 },
    Index { x: Reg, i: Reg },
    /// `x[i][j]` read and written in place (`Compiler::update_place`).
    Index2 { x: Reg, i: Reg, j: Reg },
    /// `p.f[i]` read and written through the pointer, the field's header read at each
    /// access (`Compiler::fused_place`).
    PtrFieldIndex { ptr: Reg, idx: u16, i: Reg },
    Map { m: Reg, k: Reg },
    Deref(Reg),
    Blank,
}

impl Compiler<'_> {
    pub(crate) fn compile_func_decl(&mut self, name: &str, fd: &FuncDecl) -> CResult<Func> {
        let body = fd.body.as_ref().ok_or("function without body")?;
        let (f, _) = self.compile_body(name.to_string(), fd.recv.as_ref(), &fd.sig, body)?;
        Ok(f)
    }

    /// Compiles a function body; returns it and the variables it captures.
    pub(crate) fn compile_body(&mut self, name: String, recv: Option<&Param>, sig: &FuncType, body: &Block) -> CResult<(Func, Vec<ObjId>)> {
        self.compile_body_with(name, recv, sig, body, ".func")
    }

    /// [`Compiler::compile_body`] with the separator of its literals' names
    /// ([`FnBuilder::literal_sep`]).
    pub(crate) fn compile_body_with(&mut self, name: String, recv: Option<&Param>, sig: &FuncType, body: &Block, literal_sep: &'static str) -> CResult<(Func, Vec<ObjId>)> {
        let params: Vec<&Param> = recv.into_iter().chain(sig.params.iter()).collect();
        let nparams: usize = params.iter().map(|p| p.names.len().max(1)).sum();
        if nparams > 1000 {
            return Err("too many parameters".into());
        }
        let mut f = FnBuilder::new(name, self.file as u32, nparams as u16);
        f.literal_sep = literal_sep;
        self.fs.push(f);
        self.f().escaping_slices = super::escape::escaping_slices(self.info, body);
        self.set_line(body.span.lo);
        let mut r: Reg = 0;
        for p in &params {
            let ty = self.ty_of(&p.ty)?;
            if self.basic_kind(ty).is_some_and(|k| k.is_numeric() || k.is_boolean()) {
                let regs = r..r + p.names.len().max(1) as Reg;
                self.f().scalar_params.extend(regs);
            }
            if p.names.is_empty() {
                r += 1;
                continue;
            }
            for n in &p.names {
                if let Some(&o) = self.info.defs.get(&n.id) {
                    if self.info.escapes.contains(&o) {
                        self.emit(Instr::NewCell { dst: r, src: r });
                        self.f().vars.insert(o, Loc::Cell(r));
                    } else {
                        self.f().vars.insert(o, Loc::Reg(r));
                    }
                }
                r += 1;
            }
        }
        self.emit(Instr::Safepoint);
        let named = sig.results.iter().any(|p| !p.names.is_empty());
        // Results a range-over-func loop body may set are cells it captures.
        let body_sets_results = self.body_returns_from_range_func(&body.stmts);
        let via_results = named || body_sets_results || contains_defer(&body.stmts);
        let mut nresults = 0u16;
        for p in &sig.results {
            let ty = self.ty_of(&p.ty)?;
            let count = p.names.len().max(1);
            nresults += count as u16;
            if !via_results {
                continue;
            }
            for i in 0..count {
                let reg = self.temp()?;
                let z = self.zero(ty);
                self.load_value(reg, z);
                let named = p.names.get(i).and_then(|n| self.info.defs.get(&n.id)).copied();
                let obj = match named {
                    Some(o) => Some(o),
                    None if body_sets_results => Some(self.hidden_obj()),
                    None => None,
                };
                let cell = body_sets_results || named.is_some_and(|o| self.info.escapes.contains(&o));
                if cell {
                    self.emit(Instr::NewCell { dst: reg, src: reg });
                }
                if let Some(o) = obj {
                    self.f().vars.insert(o, if cell { Loc::Cell(reg) } else { Loc::Reg(reg) });
                    if body_sets_results {
                        self.f().result_objs.push(o);
                    }
                }
                self.f().results.push(ResultSlot { reg, cell });
            }
        }
        self.f().via_results = via_results;
        self.block(&body.stmts)?;
        self.set_line(body.rbrace.lo);
        let gotos = std::mem::take(&mut self.f().gotos);
        for (label, at) in gotos {
            let target = *self.f().labels.get(&label).ok_or_else(|| format!("label {label} not defined"))?;
            self.patch(at, target);
        }
        if via_results {
            self.emit(Instr::ReturnResults);
        } else {
            self.emit(Instr::Return { start: 0, n: 0 });
        }
        let b = self.fs.pop().expect("builder");
        if !b.hoisted.is_empty() {
            // A hoisted call no expression took would also have been compiled in place.
            return Err(format!("internal error: a call in {} was evaluated out of order", b.name));
        }
        let captures = b.captures.clone();
        Ok((b.finish(nresults), captures))
    }

    /// A package-level `var` spec, in the entry function.
    pub(crate) fn global_var_spec(&mut self, spec: &VarSpec) -> CResult<()> {
        if spec.values.is_empty() {
            return Ok(());
        }
        self.set_line(spec.span.lo);
        let mark = self.f().next;
        let regs = self.rhs_values(spec.names.len(), &spec.values)?;
        for (n, r) in spec.names.iter().zip(regs) {
            if let Some(&o) = self.info.defs.get(&n.id) {
                if let Some(&g) = self.globals.get(&o) {
                    self.emit(Instr::StoreGlobal { g, src: r });
                }
            }
        }
        self.f().next = mark;
        Ok(())
    }

    pub(crate) fn block(&mut self, stmts: &[Stmt]) -> CResult<()> {
        let mark = self.f().next;
        for s in stmts {
            self.stmt(s, None)?;
        }
        self.f().next = mark;
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, label: Option<&str>) -> CResult<()> {
        self.set_line(s.span.lo);
        let mark = self.f().next;
        let keeps_regs = matches!(&s.kind, StmtKind::Assign { op: AssignOp::Define, .. } | StmtKind::Decl(Decl::Var(_)));
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                self.expr(e)?;
            }
            StmtKind::Send { ch, value } => {
                let c = self.expr(ch)?;
                let v = self.value(value)?;
                self.emit(Instr::Send { ch: c, src: v });
            }
            StmtKind::IncDec { x, inc } => {
                let ty = self.ty_of(x)?;
                let p = self.update_place(x)?;
                let v = self.load_place(p)?;
                let d = match p {
                    Place::Var(Loc::Reg(r)) => r,
                    _ => self.temp()?,
                };
                let kind = self.basic_kind(ty).unwrap_or(BasicKind::Int);
                if kind.is_float() {
                    let one = self.temp()?;
                    self.load_value(one, Value::Float(1.0));
                    let i = if *inc { Instr::AddFloat { dst: d, a: v, b: one } } else { Instr::SubFloat { dst: d, a: v, b: one } };
                    self.emit(i);
                    if kind == BasicKind::Float32 {
                        self.emit(Instr::RoundF32 { dst: d });
                    }
                } else if kind.is_complex() {
                    let one = self.temp()?;
                    self.load_value(one, Value::Complex(std::sync::Arc::new((1.0, 0.0))));
                    let op = if *inc { CplxOp::Add } else { CplxOp::Sub };
                    self.emit(Instr::Cplx { op, single: kind == BasicKind::Complex64, dst: d, a: v, b: one });
                } else {
                    self.emit(Instr::AddIntImm { dst: d, a: v, imm: if *inc { 1 } else { -1 } });
                    if let Some(width) = Width::of(kind) {
                        self.emit(Instr::Wrap { dst: d, src: d, width });
                    }
                }
                self.store(p, d)?;
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs)?,
            StmtKind::Decl(d) => self.local_decl(d)?,
            StmtKind::Go(call) | StmtKind::Defer(call) => self.go_defer(call, matches!(s.kind, StmtKind::Go(_)))?,
            StmtKind::Return(exprs) => self.return_stmt(exprs)?,
            StmtKind::Break(l) => self.branch(Branch::Break(l.as_ref().map(|l| l.name.clone())))?,
            StmtKind::Continue(l) => self.branch(Branch::Continue(l.as_ref().map(|l| l.name.clone())))?,
            StmtKind::Goto(l) => self.branch(Branch::Goto(l.name.clone()))?,
            StmtKind::Fallthrough => {}
            StmtKind::Block(b) => self.block(&b.stmts)?,
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i, None)?;
                }
                let jf = self.cond_jumps(cond)?;
                self.block(&then.stmts)?;
                let je = els.as_ref().map(|_| self.jump());
                let here = self.pc();
                for j in jf {
                    self.patch(j, here);
                }
                if let (Some(e), Some(je)) = (els, je) {
                    self.stmt(e, None)?;
                    let end = self.pc();
                    self.patch(je, end);
                }
            }
            StmtKind::Switch { init, tag, body, .. } => self.switch(init.as_deref(), tag.as_ref(), body, label)?,
            StmtKind::TypeSwitch { init, x, body, .. } => self.type_switch(init.as_deref(), x, body, label)?,
            StmtKind::Select(clauses) => self.select(clauses, label)?,
            StmtKind::For { init, cond, post, body } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label)?,
            StmtKind::Range { key, value, define, x, body } => self.range(key.as_ref(), value.as_ref(), *define, x, body, label)?,
            StmtKind::Labeled { label: l, stmt } => {
                let here = self.pc();
                self.f().labels.insert(l.name.clone(), here);
                if is_breakable(stmt) {
                    self.stmt(stmt, Some(&l.name))?;
                } else {
                    self.push_breakable(Some(&l.name), false);
                    self.f().breakables.last_mut().expect("breakable").unlabeled_break = false;
                    self.stmt(stmt, None)?;
                    self.pop_breakable(None);
                }
            }
        }
        if !keeps_regs {
            self.f().next = mark;
        }
        Ok(())
    }

    pub(crate) fn push_breakable(&mut self, label: Option<&str>, is_loop: bool) {
        self.f().breakables.push(Breakable { label: label.map(str::to_string), is_loop, unlabeled_break: true, breaks: Vec::new(), continues: Vec::new(), range_func: false });
    }

    /// Pops the innermost breakable statement, patching its breaks to here and its
    /// continues to `cont`.
    fn pop_breakable(&mut self, cont: Option<usize>) {
        let b = self.f().breakables.pop().expect("breakable");
        let end = self.pc();
        for j in b.breaks {
            self.patch(j, end);
        }
        if let Some(c) = cont {
            for j in b.continues {
                self.patch(j, c);
            }
        }
    }

    /// The innermost statement of the current function a `break` (or `continue`) with
    /// `label` targets.
    pub(crate) fn find_breakable(&mut self, label: Option<&str>, cont: bool) -> Option<usize> {
        let bs = &self.f().breakables;
        match label {
            Some(l) => bs.iter().rposition(|b| b.label.as_deref() == Some(l)),
            None if cont => bs.iter().rposition(|b| b.is_loop),
            None => bs.iter().rposition(|b| b.unlabeled_break),
        }
    }

    // ---- assignment ----

    pub(crate) fn place(&mut self, e: &Expr) -> CResult<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) if id.name == "_" => Ok(Place::Blank),
            ExprKind::Ident(id) => {
                let o = *self.info.uses.get(&id.id).or_else(|| self.info.defs.get(&id.id)).ok_or_else(|| format!("unresolved {}", id.name))?;
                Ok(Place::Var(self.lookup(o).ok_or_else(|| format!("no location for {}", id.name))?))
            }
            ExprKind::Selector { x, .. } => match self.info.selections.get(&e.id).cloned() {
                Some(Selection::Field { path, .. }) => {
                    let xt = self.ty_of(x)?;
                    let xr = self.expr(x)?;
                    let (parent, pty) = self.field_path(xr, xt, &path[..path.len() - 1])?;
                    let idx = path[path.len() - 1] as u16;
                    Ok(match self.under(pty) {
                        Type::Pointer(_) => Place::PtrField { ptr: parent, idx },
                        _ => Place::Field { obj: parent, idx },
                    })
                }
                _ => {
                    let Some(&o) = self.info.uses.get(&match &e.kind {
                        ExprKind::Selector { sel, .. } => sel.id,
                        _ => unreachable!(),
                    }) else {
                        return Err("assignment to an unresolved selector".into());
                    };
                    Ok(Place::Var(self.lookup(o).ok_or("assignment to a non-variable")?))
                }
            },
            ExprKind::Index { x, index } => {
                let xt = self.ty_of(x)?;
                let xr = self.expr(x)?;
                match self.under(xt).clone() {
                    Type::Map { .. } => {
                        let k = self.value(index)?;
                        Ok(Place::Map { m: xr, k })
                    }
                    Type::Pointer(_) => {
                        let t = self.temp()?;
                        self.emit(Instr::Deref { dst: t, ptr: xr });
                        let i = self.expr(index)?;
                        Ok(Place::Index { x: t, i })
                    }
                    _ => {
                        let i = self.expr(index)?;
                        Ok(Place::Index { x: xr, i })
                    }
                }
            }
            ExprKind::Star(p) => {
                let r = self.expr(p)?;
                Ok(Place::Deref(r))
            }
            _ => Err("assignment to a non-addressable expression".into()),
        }
    }

    /// The place of `e` for a read-modify-write (`e op= v`, `e++`), whose load and store
    /// are adjacent: `x[i][j]` of a slice of slices is read and written through `x`
    /// without copying the inner slice header (`x[i]` is read at the load, after `v`'s
    /// calls, as gc does).
    fn update_place(&mut self, e: &Expr) -> CResult<Place> {
        if let ExprKind::Index { x: inner, index: j } = &e.kind {
            let inner_ty = self.ty_of(inner)?;
            if let Some((x, i, j)) = self.index2_operands(inner, j, inner_ty)? {
                return Ok(Place::Index2 { x, i, j });
            }
        }
        self.store_place(e)
    }

    /// The place of `e` as the target of a store: [`Compiler::fused_place`] when it
    /// applies, else [`Compiler::place`].
    fn store_place(&mut self, e: &Expr) -> CResult<Place> {
        match self.fused_place(e)? {
            Some(p) => Ok(p),
            None => self.place(e),
        }
    }

    /// `p.f[i]` as a [`Place::PtrFieldIndex`] when `ptr_field_index_operands` allows its
    /// store form. gc reads `p.f` after the right side (`p.f[0] = g()` with `g` assigning
    /// `p.f` stores into the new slice) and checks `p` and the index at the store.
    fn fused_place(&mut self, e: &Expr) -> CResult<Option<Place>> {
        let ExprKind::Index { x, index } = &e.kind else { return Ok(None) };
        Ok(self.ptr_field_index_operands(x, index, true)?.map(|(ptr, idx, i)| Place::PtrFieldIndex { ptr, idx, i }))
    }

    /// Copies a place's operands into fresh registers, so that assigning to a variable
    /// used as an operand (`i, x[i] = 1, 2`) does not move the place.
    fn freeze(&mut self, p: Place) -> CResult<Place> {
        let copy = |c: &mut Self, r: Reg| -> CResult<Reg> {
            let t = c.temp()?;
            c.emit(Instr::Move { dst: t, src: r });
            Ok(t)
        };
        Ok(match p {
            Place::Field { obj, idx } => Place::Field { obj: copy(self, obj)?, idx },
            Place::PtrField { ptr, idx } => Place::PtrField { ptr: copy(self, ptr)?, idx },
            Place::Index { x, i } => Place::Index { x: copy(self, x)?, i: copy(self, i)? },
            Place::PtrFieldIndex { ptr, idx, i } => Place::PtrFieldIndex { ptr: copy(self, ptr)?, idx, i: copy(self, i)? },
            Place::Map { m, k } => Place::Map { m: copy(self, m)?, k: copy(self, k)? },
            Place::Deref(r) => Place::Deref(copy(self, r)?),
            p => p,
        })
    }

    pub(crate) fn load_place(&mut self, p: Place) -> CResult<Reg> {
        Ok(match p {
            Place::Var(loc) => self.load_loc(loc, None)?,
            Place::Field { obj, idx } => {
                let t = self.temp()?;
                self.emit(Instr::Field { dst: t, obj, idx });
                t
            }
            Place::PtrField { ptr, idx } => {
                let t = self.temp()?;
                self.emit(Instr::PtrField { dst: t, ptr, idx });
                t
            }
            Place::Index { x, i } => {
                let t = self.temp()?;
                self.emit(Instr::Index { dst: t, x, i });
                t
            }
            Place::Index2 { x, i, j } => {
                let t = self.temp()?;
                self.emit(Instr::Index2 { dst: t, x, i, j });
                t
            }
            Place::PtrFieldIndex { ptr, idx, i } => {
                let t = self.temp()?;
                self.emit(Instr::PtrFieldIndex { dst: t, ptr, idx, i });
                t
            }
            Place::Map { m, k } => {
                // Only reached for `m[k] op= v`, whose zero is an arithmetic zero.
                let t = self.temp()?;
                let zero = self.konst(Value::Nil);
                self.emit(Instr::MapIndex { dst: t, m, k, zero, ok: false });
                t
            }
            Place::Deref(r) => {
                let t = self.temp()?;
                self.emit(Instr::Deref { dst: t, ptr: r });
                t
            }
            Place::Blank => self.temp()?,
        })
    }

    pub(crate) fn store(&mut self, p: Place, src: Reg) -> CResult<()> {
        match p {
            Place::Var(loc) => self.store_loc(loc, src)?,
            Place::Field { obj, idx } => {
                self.emit(Instr::SetField { obj, idx, src });
            }
            Place::PtrField { ptr, idx } => {
                self.emit(Instr::SetPtrField { ptr, idx, src });
            }
            Place::Index { x, i } => {
                self.emit(Instr::SetIndex { x, i, src });
            }
            Place::PtrFieldIndex { ptr, idx, i } => {
                self.emit(Instr::SetPtrFieldIndex { ptr, idx, i, src });
            }
            Place::Index2 { x, i, j } => {
                self.emit(Instr::SetIndex2 { x, i, j, src });
            }
            Place::Map { m, k } => {
                self.emit(Instr::MapSet { m, k, src });
            }
            Place::Deref(r) => {
                self.emit(Instr::Store { ptr: r, src });
            }
            Place::Blank => {}
        }
        Ok(())
    }

    /// Evaluates the right-hand side of an n-valued assignment into registers: one
    /// expression per value, a multi-value call, or a comma-ok form.
    pub(crate) fn rhs_values(&mut self, n: usize, rhs: &[Expr]) -> CResult<Vec<Reg>> {
        if rhs.len() == n {
            let mut regs = Vec::new();
            for e in rhs {
                let t = self.temp()?;
                self.value_to(e, t)?;
                regs.push(t);
            }
            return Ok(regs);
        }
        let e = rhs.first().ok_or("assignment without values")?;
        let inner = strip_paren(e);
        if self.mode_of(inner) == Some(Mode::CommaOk) || self.mode_of(e) == Some(Mode::CommaOk) {
            let d = self.temps(2)?;
            self.comma_ok(inner, d)?;
            return Ok(vec![d, d + 1]);
        }
        match &inner.kind {
            ExprKind::Call { func, args, ellipsis } => {
                let a = self.call(func, args, *ellipsis)?;
                Ok((0..n as u16).map(|i| a + i).collect())
            }
            _ => {
                // A comma-ok form the checker did not flag: treat it as one anyway.
                let d = self.temps(2)?;
                self.comma_ok(inner, d)?;
                Ok(vec![d, d + 1])
            }
        }
    }

    /// The values of a multi-valued right-hand side (`s, ok = f()`, `a, ok = m[k]`), each
    /// boxed when its target on the left is an interface and the value is not (the checker
    /// records such conversions per expression, and here one expression has several values).
    fn box_tuple(&mut self, targets: &[Option<TypeId>], rhs: &[Expr], vals: Vec<Reg>) -> CResult<Vec<Reg>> {
        let [e] = rhs else { return Ok(vals) };
        if targets.len() < 2 {
            return Ok(vals);
        }
        let inner = strip_paren(e);
        let value_types: Vec<TypeId> = match &self.types.types[self.ty_of(inner)?.0 as usize] {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![self.ty_of(inner)?, self.types.basic(BasicKind::Bool)],
        };
        let mut out = Vec::with_capacity(vals.len());
        for ((&target, v), vt) in targets.iter().zip(vals).zip(value_types) {
            let boxed = match target {
                Some(lt) if self.is_iface(lt) && !self.is_iface(vt) => {
                    let d = self.temp()?;
                    let ty = self.concrete_type(vt);
                    self.emit(Instr::ToIface { dst: d, src: v, ty: ty.0 });
                    d
                }
                _ => v,
            };
            out.push(boxed);
        }
        Ok(out)
    }

    /// `v, ok := m[k]` / `x.(T)` / `<-ch` into `d`, `d+1`.
    fn comma_ok(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        match &e.kind {
            ExprKind::Index { x, index } => {
                let xt = self.ty_of(x)?;
                let Type::Map { value, .. } = self.under(xt).clone() else { return Err("comma-ok index of a non-map".into()) };
                let m = self.expr(x)?;
                let k = self.value(index)?;
                let z = self.zero(value);
                let zero = self.konst(z);
                self.emit(Instr::MapIndex { dst: d, m, k, zero, ok: true });
            }
            ExprKind::TypeAssert { x, ty: Some(t) } => {
                let target = self.ty_of(t)?;
                let xr = self.expr(x)?;
                let src_ty = self.ty_of(x)?;
                self.assert(d, xr, src_ty, target, true)?;
            }
            ExprKind::Unary { op: UnaryOp::Recv, x } => {
                let ch = self.expr(x)?;
                let ct = self.ty_of(x)?;
                let Type::Chan { elem, .. } = self.under(ct).clone() else { return Err("receive from a non-channel".into()) };
                let z = self.zero(elem);
                let zero = self.konst(z);
                self.emit(Instr::Recv { dst: d, ch, ok: true, zero });
            }
            _ => return Err("unsupported comma-ok expression".into()),
        }
        Ok(())
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) -> CResult<()> {
        match op {
            AssignOp::Define => {
                // New variables get registers first (below the temporaries).
                let mut targets = Vec::new();
                for l in lhs {
                    let ExprKind::Ident(id) = &l.kind else { return Err("non-name on the left of :=".into()) };
                    if id.name == "_" {
                        targets.push(None);
                    } else if let Some(&o) = self.info.defs.get(&id.id) {
                        let r = self.declare(o)?;
                        // Hidden until initialised (`x := x` refers to the outer x).
                        let loc = self.f().vars.remove(&o).expect("declared");
                        targets.push(Some((Some(o), r, loc)));
                    } else {
                        targets.push(Some((None, 0, Loc::Reg(0))));
                    }
                }
                let keep = self.f().next;
                self.hoist_calls(&rhs.iter().collect::<Vec<_>>())?;
                // `x := e`: straight into the new variable's register.
                if let ([Some((Some(o), r, loc))], [e]) = (targets.as_slice(), rhs) {
                    let (o, r, loc) = (*o, *r, *loc);
                    self.inline_literal = is_func_lit(e);
                    self.value_to(e, r)?;
                    self.inline_literal = false;
                    self.f().vars.insert(o, loc);
                    self.init_var(o, r, r);
                    self.f().next = keep;
                    return Ok(());
                }
                // `a, b := e1, e2` declaring only new variables (or `_`): each value straight
                // into its variable's register. The new variables are hidden while the
                // right-hand side is evaluated and their registers lie below every
                // temporary, so no value can overwrite another before it is used.
                if rhs.len() == lhs.len() && targets.iter().all(|t| !matches!(t, Some((None, _, _)))) {
                    for (t, e) in targets.iter().zip(rhs) {
                        match t {
                            Some((_, r, _)) => self.value_to(e, *r)?,
                            None => {
                                self.expr(e)?;
                            }
                        }
                    }
                    for (o, r, loc) in targets.into_iter().flatten() {
                        let o = o.expect("only new variables");
                        self.f().vars.insert(o, loc);
                        self.init_var(o, r, r);
                    }
                    self.f().next = keep;
                    return Ok(());
                }
                let places: Vec<Option<Place>> = lhs
                    .iter()
                    .zip(&targets)
                    .map(|(l, t)| match t {
                        Some((None, _, _)) => self.place(l).map(Some),
                        _ => Ok(None),
                    })
                    .collect::<CResult<_>>()?;
                let vals = self.rhs_values(lhs.len(), rhs)?;
                let lhs_types: Vec<Option<TypeId>> = lhs.iter().map(|l| self.ty_of(l).ok()).collect();
                let vals = self.box_tuple(&lhs_types, rhs, vals)?;
                for ((t, p), v) in targets.iter().zip(places).zip(vals) {
                    match (t, p) {
                        (Some((Some(o), r, loc)), _) => {
                            self.f().vars.insert(*o, *loc);
                            self.init_var(*o, *r, v);
                        }
                        (_, Some(p)) => self.store(p, v)?,
                        _ => {}
                    }
                }
                self.f().next = keep;
            }
            AssignOp::Assign => {
                self.hoist_calls(&lhs.iter().chain(rhs).collect::<Vec<_>>())?;
                if lhs.len() == 1 && rhs.len() == 1 {
                    let p = self.store_place(&lhs[0])?;
                    if let (Place::Var(Loc::Reg(r)), true) = (p, direct_safe(&rhs[0])) {
                        self.value_to(&rhs[0], r)?;
                        return Ok(());
                    }
                    let t = self.temp()?;
                    self.value_to(&rhs[0], t)?;
                    return self.store(p, t);
                }
                let places = self.tuple_places(lhs)?;
                // gc checks the left side's indexes before it reads the right side's
                // (`h[i], h[j] = h[j], h[i]` with i = 0 on an empty slice panics with
                // index 0, whatever j is) — but after the right side's calls.
                if !rhs.iter().any(may_call) {
                    for p in &places {
                        if let Place::Index { x, i } = *p {
                            self.emit(Instr::CheckIndex { x, i });
                        }
                    }
                }
                let vals = self.rhs_values(lhs.len(), rhs)?;
                let lhs_types: Vec<Option<TypeId>> = lhs.iter().map(|l| self.ty_of(l).ok()).collect();
                let vals = self.box_tuple(&lhs_types, rhs, vals)?;
                for (p, v) in places.into_iter().zip(vals) {
                    self.store(p, v)?;
                }
            }
            AssignOp::Op(bop) => {
                let xt = self.ty_of(&lhs[0])?;
                let yt = self.ty_of(&rhs[0])?;
                // The place's operands, then the right-hand side, then the load: a call in
                // `v` that assigns to the target is seen (gc's order for `x op= v`).
                let p = self.update_place(&lhs[0])?;
                let y = self.expr(&rhs[0])?;
                let cur = self.load_place(p)?;
                let d = match p {
                    Place::Var(Loc::Reg(r)) => r,
                    _ => self.temp()?,
                };
                let count_signed = self.basic_kind(yt).is_some_and(|k| k.is_integer() && !k.is_unsigned() && !k.is_untyped());
                self.binary_op(bop, xt, xt, d, cur, y, count_signed)?;
                self.store(p, d)?;
            }
        }
        Ok(())
    }

    /// The frozen places of a tuple assignment's left side. Its `p.f[i]` are fused places
    /// (`p.f[i], p.f[j] = p.f[j], p.f[i]`) when every other target is `_` or a variable
    /// that is not a struct or array (held in a register or a cell of its own, never in a
    /// struct's field): none of the stores can then move a `p.f`, so reading it at the
    /// store is reading it before them all, as gc does.
    fn tuple_places(&mut self, lhs: &[Expr]) -> CResult<Vec<Place>> {
        let fusable = lhs.iter().all(|l| match &l.kind {
            ExprKind::Index { x, index } => self.ptr_field_index_fusable(x, index),
            ExprKind::Ident(id) => id.name == "_" || self.ty_of(l).is_ok_and(|t| !self.is_agg(t)),
            _ => false,
        });
        let mut places = Vec::new();
        for l in lhs {
            let p = if fusable { self.store_place(l)? } else { self.place(l)? };
            places.push(self.freeze(p)?);
        }
        Ok(places)
    }

    fn local_decl(&mut self, d: &Decl) -> CResult<()> {
        let Decl::Var(specs) = d else { return Ok(()) };
        for spec in specs {
            let mut regs = Vec::new();
            for n in &spec.names {
                match self.info.defs.get(&n.id) {
                    Some(&o) if n.name != "_" => {
                        let r = self.declare(o)?;
                        let loc = self.f().vars.remove(&o).expect("declared");
                        regs.push(Some((o, r, loc)));
                    }
                    _ => regs.push(None),
                }
            }
            let keep = self.f().next;
            self.hoist_calls(&spec.values.iter().collect::<Vec<_>>())?;
            let vals: Vec<Reg> = if spec.values.is_empty() {
                let mut v = Vec::new();
                for (n, slot) in spec.names.iter().zip(&regs) {
                    // The zero value goes straight into the variable's register.
                    let t = match slot {
                        Some((_, r, _)) => *r,
                        None => self.temp()?,
                    };
                    let ty = match self.info.defs.get(&n.id) {
                        Some(o) => self.info.objects[o.0 as usize].ty,
                        None => continue,
                    };
                    let z = self.zero(ty);
                    self.load_value(t, z);
                    v.push(t);
                }
                v
            } else {
                let vals = self.rhs_values(spec.names.len(), &spec.values)?;
                let var_types: Vec<Option<TypeId>> = spec.names.iter().map(|n| self.info.defs.get(&n.id).map(|o| self.info.objects[o.0 as usize].ty)).collect();
                self.box_tuple(&var_types, &spec.values, vals)?
            };
            for (slot, v) in regs.into_iter().zip(vals) {
                if let Some((o, r, loc)) = slot {
                    self.f().vars.insert(o, loc);
                    self.init_var(o, r, v);
                }
            }
            self.f().next = keep;
        }
        Ok(())
    }

    fn return_stmt(&mut self, exprs: &[Expr]) -> CResult<()> {
        self.hoist_calls(&exprs.iter().collect::<Vec<_>>())?;
        if self.f().range_body.is_some() {
            return self.return_from_body(exprs);
        }
        let via = self.f().via_results;
        let nres = self.f().results.len();
        if via {
            if !exprs.is_empty() {
                let vals = self.rhs_values(nres, exprs)?;
                let slots = self.f().results.clone();
                for (slot, v) in slots.iter().zip(vals) {
                    if slot.cell {
                        self.emit(Instr::Store { ptr: slot.reg, src: v });
                    } else {
                        self.emit(Instr::Move { dst: slot.reg, src: v });
                    }
                }
            }
            self.emit(Instr::ReturnResults);
            return Ok(());
        }
        if exprs.is_empty() {
            self.emit(Instr::Return { start: 0, n: 0 });
            return Ok(());
        }
        if exprs.len() == 1 {
            let e = &exprs[0];
            if let Type::Tuple(ts) = &self.types.types[self.ty_of(e)?.0 as usize] {
                let n = ts.len() as u16;
                let ExprKind::Call { func, args, ellipsis } = &strip_paren(e).kind else { return Err("tuple from a non-call".into()) };
                let a = self.call(func, args, *ellipsis)?;
                self.emit(Instr::Return { start: a, n });
                return Ok(());
            }
            let r = self.value(e)?;
            self.emit(Instr::Return { start: r, n: 1 });
            return Ok(());
        }
        let block = self.temps(exprs.len() as u16)?;
        for (i, e) in exprs.iter().enumerate() {
            self.value_to(e, block + i as u16)?;
        }
        self.emit(Instr::Return { start: block, n: exprs.len() as u16 });
        Ok(())
    }

    /// `go f(x)` / `defer f(x)`: the function value and arguments are evaluated now.
    fn go_defer(&mut self, call: &Expr, is_go: bool) -> CResult<()> {
        let ExprKind::Call { func, args, ellipsis } = &strip_paren(call).kind else { return Err("go/defer of a non-call".into()) };
        let fr = self.temp()?;
        if self.mode_of(func) == Some(Mode::Builtin) {
            let b = match &strip_paren(func).kind {
                ExprKind::Ident(id) => match self.info.uses.get(&id.id).map(|o| self.obj_kind(*o).clone()) {
                    Some(ObjKind::Builtin(b)) => b,
                    _ => return Err("unknown builtin".into()),
                },
                _ => return Err("unknown builtin".into()),
            };
            let (name, f): (&str, crate::native::NativeFn) = match b {
                Builtin::Close => ("close", builtin_close),
                Builtin::Panic => ("panic", builtin_panic),
                Builtin::Delete => ("delete", builtin_delete),
                Builtin::Recover => ("recover", builtin_recover),
                _ => return Err(format!("go/defer of builtin {b:?} is not supported")),
            };
            let ni = self.native_entry_fn("builtin", name, f);
            let v = self.func_value(Callee::Native(ni));
            self.load_value(fr, v);
            let block = self.temps(args.len().max(1) as u16)?;
            for (i, a) in args.iter().enumerate() {
                self.value_to(a, block + i as u16)?;
            }
            return self.emit_go_defer(is_go, fr, block, args.len() as u16);
        }
        let sig = match self.under(self.ty_of(func)?) {
            Type::Func(s) => s.clone(),
            _ => return Err("go/defer of a non-function".into()),
        };
        // The func value: a bound method for method calls, else the function itself.
        self.expr_to(func, fr)?;
        let block = self.temps(sig.params.len().max(1) as u16)?;
        let n = self.args_into(&sig, args, *ellipsis, block)?;
        self.emit_go_defer(is_go, fr, block, n)
    }

    /// `go`/`defer` of the func value in `f` with the `nargs` arguments from `a`.
    fn emit_go_defer(&mut self, is_go: bool, f: Reg, a: Reg, nargs: u16) -> CResult<()> {
        if is_go {
            self.emit(Instr::Go { f, a, nargs });
        } else if self.f().range_body.is_some() {
            self.defer_in_body(f, a, nargs)?;
        } else {
            self.emit(Instr::Defer { f, a, nargs });
        }
        Ok(())
    }

    // ---- loops ----

    fn for_stmt(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>, body: &Block, label: Option<&str>) -> CResult<()> {
        let mark = self.f().next;
        if let Some(i) = init {
            self.stmt(i, None)?;
        }
        // Go 1.22: variables declared by init are per-iteration; escaped ones get a fresh
        // cell (holding the current value) before `post` runs.
        let per_iter: Vec<Reg> = match init.map(|s| &s.kind) {
            Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) => lhs
                .iter()
                .filter_map(|l| match &l.kind {
                    ExprKind::Ident(id) => self.info.defs.get(&id.id).copied(),
                    _ => None,
                })
                .filter_map(|o| match self.f().vars.get(&o) {
                    Some(Loc::Cell(r)) => Some(*r),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        // The condition is tested once on entry, then at the bottom (`loop_back_while`).
        let mut exit = match cond {
            Some(c) => self.cond_jumps(c)?,
            None => Vec::new(),
        };
        let top = self.pc();
        self.push_breakable(label, true);
        self.block(&body.stmts)?;
        let cont = self.pc();
        for &r in &per_iter {
            let t = self.temp()?;
            self.emit(Instr::Deref { dst: t, ptr: r });
            self.emit(Instr::NewCell { dst: r, src: t });
        }
        let post_at = self.pc();
        if let Some(p) = post {
            self.stmt(p, None)?;
        }
        match cond {
            Some(c) => exit.extend(self.loop_back_while(c, top, post_at)?),
            None => self.loop_back(top),
        }
        let end = self.pc();
        for x in exit {
            self.patch(x, end);
        }
        self.pop_breakable(Some(cont));
        self.f().next = mark;
        Ok(())
    }

    /// Binds a range key (from register `k`) and value (from `v`): defines the variables
    /// (fresh per iteration) or assigns them, both places evaluated before either store.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_bind(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, slots: [Option<(ObjId, Reg, Loc)>; 2], k: Reg, v: Option<Reg>) -> CResult<()> {
        let pairs = [(key, slots[0], Some(k)), (value, slots[1], v)];
        if define {
            for (target, slot, src) in pairs {
                if let (Some(_), Some((o, r, loc)), Some(src)) = (target, slot, src) {
                    self.f().vars.insert(o, loc);
                    self.init_var(o, r, src);
                }
            }
            return Ok(());
        }
        let mut stores = Vec::new();
        for (target, _, src) in pairs {
            if let (Some(t), Some(src)) = (target, src) {
                let p = self.place(t)?;
                stores.push((self.freeze(p)?, src));
            }
        }
        for (p, src) in stores {
            self.store(p, src)?;
        }
        Ok(())
    }

    pub(crate) fn range_slot(&mut self, target: Option<&Expr>, define: bool) -> CResult<Option<(ObjId, Reg, Loc)>> {
        let (Some(Expr { kind: ExprKind::Ident(id), .. }), true) = (target, define) else { return Ok(None) };
        if id.name == "_" {
            return Ok(None);
        }
        let Some(&o) = self.info.defs.get(&id.id) else { return Ok(None) };
        let r = self.declare(o)?;
        let loc = self.f().vars.remove(&o).expect("declared");
        Ok(Some((o, r, loc)))
    }

    #[allow(clippy::too_many_arguments)]
    fn range(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, label: Option<&str>) -> CResult<()> {
        if self.is_range_func(x) {
            return self.range_func(key, value, define, x, body, label);
        }
        let mark = self.f().next;
        let key = key.filter(|k| !is_blank(k));
        let value = value.filter(|v| !is_blank(v));
        let xt = self.ty_of(x)?;
        let mut xr = self.expr(x)?;
        if xr < mark {
            // `x` is a variable's register: the loop ranges over its value now, whatever
            // the body assigns to the variable (the range expression is evaluated once).
            let t = self.temp()?;
            self.emit(Instr::Move { dst: t, src: xr });
            xr = t;
        }
        let kslot = self.range_slot(key, define)?;
        let vslot = self.range_slot(value, define)?;
        let i = self.temp()?;
        let n = self.temp()?;
        self.load_value(i, Value::Int(0));
        let under = self.under(xt).clone();
        let top;
        let exit;
        let cont;
        // The index's increment, for the forms that count `i` up to `n`: the back-edge
        // then tests `i < n` itself and jumps past the test at the top.
        let mut step = None;
        self.push_breakable(label, true);
        match under {
            Type::Basic(k) if k.is_integer() => {
                self.emit(Instr::Move { dst: n, src: xr });
                top = self.pc();
                exit = self.emit(Instr::JumpIfNotLtInt { a: i, b: n, target: u32::MAX });
                self.range_bind(key, None, define, [kslot, None], i, None)?;
                self.block(&body.stmts)?;
                cont = self.pc();
                step = Some(1);
            }
            Type::Basic(_) => {
                // string: runes with their byte offsets
                self.emit(Instr::Len { dst: n, src: xr });
                let rw = self.temps(2)?;
                top = self.pc();
                exit = self.emit(Instr::JumpIfNotLtInt { a: i, b: n, target: u32::MAX });
                self.emit(Instr::StrDecode { dst: rw, s: xr, i });
                self.range_bind(key, value, define, [kslot, vslot], i, Some(rw))?;
                self.block(&body.stmts)?;
                cont = self.pc();
                self.emit(Instr::AddInt { dst: i, a: i, b: rw + 1 });
            }
            Type::Slice(elem) | Type::Array { elem, .. } | Type::Pointer(elem) => {
                let mut const_len = None;
                let (arr, elem) = match under {
                    Type::Pointer(_) => {
                        let (e, len) = match self.under(elem) {
                            Type::Array { elem, len } => (*elem, *len),
                            _ => return Err("range over a pointer to a non-array".into()),
                        };
                        let t = self.temp()?;
                        if value.is_some() {
                            self.emit(Instr::Deref { dst: t, ptr: xr });
                        }
                        // The length is constant: ranging over the indices of a nil
                        // pointer to array is fine.
                        const_len = Some(len);
                        (t, e)
                    }
                    Type::Array { .. } if value.is_some() => {
                        // Ranging over an array value iterates over a copy.
                        let t = self.temp()?;
                        self.emit(Instr::Copy { dst: t, src: xr });
                        (t, elem)
                    }
                    _ => (xr, elem),
                };
                match const_len {
                    Some(len) => self.load_value(n, Value::Int(len as i64)),
                    None => {
                        self.emit(Instr::Len { dst: n, src: arr });
                    }
                }
                let v = self.temp()?;
                top = self.pc();
                exit = self.emit(Instr::JumpIfNotLtInt { a: i, b: n, target: u32::MAX });
                if value.is_some() {
                    self.emit(Instr::Index { dst: v, x: arr, i });
                    if self.is_agg(elem) {
                        self.emit(Instr::Copy { dst: v, src: v });
                    }
                }
                self.range_bind(key, value, define, [kslot, vslot], i, value.map(|_| v))?;
                self.block(&body.stmts)?;
                cont = self.pc();
                step = Some(1);
            }
            Type::Map { key: kt, value: vt } => {
                // `entries` is the snapshot [k0, v0, k1, v1, ...]; each key is looked up
                // again so that the iteration sees the current element and skips deleted
                // entries. No lookup finds a key holding a NaN (unequal to itself): such an
                // entry cannot be deleted, so its element comes from the snapshot.
                let entries = self.temp()?;
                self.emit(Instr::MapEntries { dst: entries, m: xr });
                self.emit(Instr::Len { dst: n, src: entries });
                let k = self.temp()?;
                let vo = self.temps(2)?;
                let z = self.zero(vt);
                let zero = self.konst(z);
                top = self.pc();
                exit = self.emit(Instr::JumpIfNotLtInt { a: i, b: n, target: u32::MAX });
                self.emit(Instr::Index { dst: k, x: entries, i });
                self.emit(Instr::MapIndex { dst: vo, m: xr, k, zero, ok: true });
                let found = self.emit(Instr::JumpIfTrue { cond: vo + 1, target: u32::MAX });
                self.binary_op(minigo_parser::ast::BinaryOp::Eq, kt, kt, vo + 1, k, k, false)?;
                // Absent though equal to itself: deleted during the iteration, skip.
                let skip = self.emit(Instr::JumpIfTrue { cond: vo + 1, target: u32::MAX });
                self.emit(Instr::AddIntImm { dst: vo + 1, a: i, imm: 1 });
                self.emit(Instr::Index { dst: vo, x: entries, i: vo + 1 });
                if self.is_agg(vt) {
                    self.emit(Instr::Copy { dst: vo, src: vo });
                }
                let bind = self.pc();
                self.patch(found, bind);
                self.range_bind(key, value, define, [kslot, vslot], k, Some(vo))?;
                self.block(&body.stmts)?;
                cont = self.pc();
                self.patch(skip, cont);
                step = Some(2);
            }
            Type::Chan { elem, .. } => {
                let vo = self.temps(2)?;
                let z = self.zero(elem);
                let zero = self.konst(z);
                top = self.pc();
                self.emit(Instr::Recv { dst: vo, ch: xr, ok: true, zero });
                exit = self.emit(Instr::JumpIfFalse { cond: vo + 1, target: u32::MAX });
                self.range_bind(key, None, define, [kslot, None], vo, None)?;
                self.block(&body.stmts)?;
                cont = self.pc();
            }
            _ => return Err("range over this type is not supported".into()),
        }
        match step {
            Some(step) => {
                self.emit(Instr::IncLoopLt { a: i, b: n, step, target: top as u32 + 1 });
            }
            None => self.loop_back(top),
        }
        let end = self.pc();
        self.patch(exit, end);
        self.pop_breakable(Some(cont));
        self.f().next = mark;
        Ok(())
    }

    // ---- switches ----

    fn switch(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, clauses: &[CaseClause], label: Option<&str>) -> CResult<()> {
        let mark = self.f().next;
        if let Some(i) = init {
            self.stmt(i, None)?;
        }
        let tag = match tag {
            Some(t) => Some((self.value(t)?, self.ty_of(t)?)),
            None => None,
        };
        let mut to_body = vec![Vec::new(); clauses.len()];
        let c = self.temp()?;
        for (ci, cl) in clauses.iter().enumerate() {
            for e in &cl.exprs {
                let inner = self.f().next;
                match tag {
                    Some((tr, tt)) => {
                        let et = self.ty_of(e)?;
                        let er = self.expr(e)?;
                        let ct = if self.is_iface(tt) || self.is_iface(et) { iface_of(tt, et, self) } else { tt };
                        // A concrete tag against an interface case compares as interfaces:
                        // the tag is boxed with its own type.
                        let tr = if !self.is_iface(tt) && self.is_iface(et) {
                            let boxed = self.temp()?;
                            self.emit(Instr::ToIface { dst: boxed, src: tr, ty: tt.0 });
                            boxed
                        } else {
                            tr
                        };
                        self.binary_op(minigo_parser::ast::BinaryOp::Eq, ct, ct, c, tr, er, false)?;
                    }
                    None => {
                        let et = self.ty_of(e)?;
                        if self.is_iface(et) {
                            // `switch { case x: }` with an interface x: x == true.
                            let er = self.expr(e)?;
                            let bool_ty = self.types.intern.get(&Type::Basic(BasicKind::Bool)).copied().ok_or("no bool type")?;
                            let t = self.temp()?;
                            self.load_value(t, Value::iface(bool_ty, Value::Bool(true)));
                            self.emit(Instr::Eq { dst: c, a: er, b: t });
                        } else {
                            self.expr_to(e, c)?;
                        }
                    }
                }
                self.f().next = inner;
                let j = self.emit(Instr::JumpIfTrue { cond: c, target: u32::MAX });
                to_body[ci].push(j);
            }
        }
        let default = clauses.iter().position(|c| c.default);
        let no_match = self.jump();
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let start = self.pc();
            for j in &to_body[ci] {
                self.patch(*j, start);
            }
            if Some(ci) == default {
                self.patch(no_match, start);
            }
            self.block(&cl.body)?;
            let falls = matches!(cl.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough));
            if !falls {
                ends.push(self.jump());
            }
        }
        let end = self.pc();
        if default.is_none() {
            self.patch(no_match, end);
        }
        for j in ends {
            self.patch(j, end);
        }
        self.pop_breakable(None);
        self.f().next = mark;
        Ok(())
    }

    fn type_switch(&mut self, init: Option<&Stmt>, x: &Expr, clauses: &[TypeCaseClause], label: Option<&str>) -> CResult<()> {
        let mark = self.f().next;
        if let Some(i) = init {
            self.stmt(i, None)?;
        }
        let xr = self.expr(x)?;
        let src_ty = self.ty_of(x)?;
        let nil = self.temp()?;
        self.emit(Instr::LoadNil { dst: nil });
        let pair = self.temps(2)?;
        let mut to_body = vec![Vec::new(); clauses.len()];
        let mut single: Vec<Option<TypeId>> = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let mut only = None;
            for t in &cl.types {
                let tt = self.ty_of(t)?;
                if matches!(self.types.types[tt.0 as usize], Type::Basic(BasicKind::UntypedNil)) {
                    self.emit(Instr::Eq { dst: pair + 1, a: xr, b: nil });
                } else {
                    self.assert(pair, xr, src_ty, tt, true)?;
                    only = Some(tt);
                }
                let j = self.emit(Instr::JumpIfTrue { cond: pair + 1, target: u32::MAX });
                to_body[ci].push(j);
            }
            single.push(if cl.types.len() == 1 { only } else { None });
        }
        let default = clauses.iter().position(|c| c.default);
        let no_match = self.jump();
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let start = self.pc();
            for j in &to_body[ci] {
                self.patch(*j, start);
            }
            if Some(ci) == default {
                self.patch(no_match, start);
            }
            let inner = self.f().next;
            if let Some(b) = &cl.bind {
                if let Some(&o) = self.info.defs.get(&b.id) {
                    let r = self.declare(o)?;
                    let loc = self.f().vars.remove(&o).expect("declared");
                    let v = self.temp()?;
                    match single[ci] {
                        Some(tt) => {
                            let vp = self.temps(2)?;
                            self.assert(vp, xr, src_ty, tt, true)?;
                            self.emit(Instr::Move { dst: v, src: vp });
                        }
                        None => {
                            self.emit(Instr::Move { dst: v, src: xr });
                        }
                    }
                    self.f().vars.insert(o, loc);
                    self.init_var(o, r, v);
                }
            }
            self.block(&cl.body)?;
            self.f().next = inner;
            ends.push(self.jump());
        }
        let end = self.pc();
        if default.is_none() {
            self.patch(no_match, end);
        }
        for j in ends {
            self.patch(j, end);
        }
        self.pop_breakable(None);
        self.f().next = mark;
        Ok(())
    }

    fn select(&mut self, clauses: &[CommClause], label: Option<&str>) -> CResult<()> {
        let mark = self.f().next;
        let mut cases = Vec::new();
        // (clause index, case index or None for default, receive destination)
        let mut plan: Vec<(usize, Option<usize>, Option<Reg>)> = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                plan.push((ci, None, None));
                continue;
            };
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let c = self.expr(ch)?;
                    let v = self.value(value)?;
                    cases.push(SelectCase::Send { ch: c, val: v });
                    plan.push((ci, Some(cases.len() - 1), None));
                }
                StmtKind::Expr(_) | StmtKind::Assign { .. } => {
                    let recv = match &comm.kind {
                        StmtKind::Expr(e) => e,
                        StmtKind::Assign { rhs, .. } => rhs.first().ok_or("select receive without value")?,
                        _ => unreachable!(),
                    };
                    let ExprKind::Unary { op: UnaryOp::Recv, x } = &strip_paren(recv).kind else {
                        return Err("select case is not a send or receive".into());
                    };
                    let c = self.expr(x)?;
                    let ct = self.ty_of(x)?;
                    let Type::Chan { elem, .. } = self.under(ct).clone() else { return Err("receive from a non-channel".into()) };
                    let d = self.temps(2)?;
                    let z = self.zero(elem);
                    let zero = self.konst(z);
                    cases.push(SelectCase::Recv { ch: c, dst: d, ok: true, zero });
                    plan.push((ci, Some(cases.len() - 1), Some(d)));
                }
                _ => return Err("unsupported select case".into()),
            }
        }
        let has_default = plan.iter().any(|p| p.1.is_none());
        let f = self.f();
        f.selects.push(Select { cases, has_default });
        let sel = (f.selects.len() - 1) as u32;
        let idx = self.temp()?;
        self.emit(Instr::Select { dst: idx, sel });
        let c = self.temp()?;
        let k = self.temp()?;
        let mut jumps = Vec::new();
        for (_, case, _) in &plan {
            self.load_value(k, Value::Int(case.map(|c| c as i64).unwrap_or(-1)));
            self.emit(Instr::EqInt { dst: c, a: idx, b: k });
            jumps.push(self.emit(Instr::JumpIfTrue { cond: c, target: u32::MAX }));
        }
        let none = self.jump();
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        for ((ci, _, d), j) in plan.iter().zip(jumps) {
            let start = self.pc();
            self.patch(j, start);
            let cl = &clauses[*ci];
            let inner = self.f().next;
            if let (Some(d), Some(comm)) = (d, &cl.comm) {
                if let StmtKind::Assign { lhs, op, .. } = &comm.kind {
                    for (i, l) in lhs.iter().enumerate() {
                        if is_blank(l) {
                            continue;
                        }
                        let src = d + i as u16;
                        if *op == AssignOp::Define {
                            let ExprKind::Ident(id) = &l.kind else { continue };
                            if let Some(&o) = self.info.defs.get(&id.id) {
                                let r = self.declare(o)?;
                                self.init_var(o, r, src);
                            }
                        } else {
                            let p = self.place(l)?;
                            self.store(p, src)?;
                        }
                    }
                }
            }
            self.block(&cl.body)?;
            self.f().next = inner;
            ends.push(self.jump());
        }
        let end = self.pc();
        self.patch(none, end);
        for j in ends {
            self.patch(j, end);
        }
        self.pop_breakable(None);
        self.f().next = mark;
        Ok(())
    }
}

/// The interface type to compare a switch tag and a case value with.
fn iface_of(tt: TypeId, et: TypeId, c: &Compiler<'_>) -> TypeId {
    if c.is_iface(tt) {
        tt
    } else {
        et
    }
}

fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}

pub(crate) fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "_")
}

fn is_breakable(s: &Stmt) -> bool {
    matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_))
}

/// Whether `e` can be computed straight into an assigned variable's register (it reads
/// all its operands before writing its destination).
fn direct_safe(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => direct_safe(x),
        ExprKind::Ident(_) | ExprKind::BasicLit { .. } | ExprKind::Call { .. } | ExprKind::Index { .. } | ExprKind::Selector { .. } | ExprKind::Star(_) => true,
        ExprKind::Binary { op, .. } => !matches!(op, minigo_parser::ast::BinaryOp::LAnd | minigo_parser::ast::BinaryOp::LOr),
        ExprKind::Unary { op, .. } => !matches!(op, UnaryOp::Addr),
        _ => false,
    }
}

/// Whether evaluating `e` may call a function or receive from a channel (conservative:
/// anything but names, literals, operators, indexing and selectors may).
fn may_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit { .. } => false,
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Star(x) => may_call(x),
        ExprKind::Unary { op, x } => matches!(op, UnaryOp::Recv) || may_call(x),
        ExprKind::Binary { x, y, .. } | ExprKind::Index { x, index: y } => may_call(x) || may_call(y),
        _ => true,
    }
}

/// Whether a function body contains a `defer` (not counting nested function literals).
pub(crate) fn contains_defer(stmts: &[Stmt]) -> bool {
    any_stmt(stmts, &mut |s| matches!(s.kind, StmtKind::Defer(_)))
}

/// `defer close(ch)` / `go close(ch)`.
fn builtin_close(cx: &mut NativeCx<'_, '_>, args: &[Value]) -> NativeResult {
    match args.first() {
        Some(Value::Chan(c)) => match c.close() {
            Ok(()) => Ok(vec![]),
            Err(()) => Err(cx.runtime_error_plain("close of closed channel")),
        },
        _ => Err(cx.runtime_error_plain("close of nil channel")),
    }
}

/// `defer panic(v)`.
fn builtin_panic(_: &mut NativeCx<'_, '_>, args: &[Value]) -> NativeResult {
    Err(args.first().cloned().unwrap_or_default())
}

/// `defer recover()` / `go recover()`: the VM does the recovering (see
/// [`NativeCx::recover_for_caller`]); the result is dropped.
fn builtin_recover(cx: &mut NativeCx<'_, '_>, _: &[Value]) -> NativeResult {
    cx.recover_for_caller();
    Ok(vec![])
}

/// `defer delete(m, k)`.
fn builtin_delete(cx: &mut NativeCx<'_, '_>, args: &[Value]) -> NativeResult {
    if let (Some(Value::Map(m)), Some(k)) = (args.first(), args.get(1)) {
        match Key::of(cx.types(), k) {
            Ok(key) => m.remove(&key),
            Err(t) => return Err(cx.runtime_error(&format!("hash of unhashable type {}", cx.type_string(t)))),
        }
    }
    Ok(vec![])
}

/// Whether `e` is a function literal (parenthesised or not).
pub(crate) fn is_func_lit(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_func_lit(x),
        kind => matches!(kind, ExprKind::FuncLit { .. }),
    }
}
