//! Statements and declarations: assignments (`=`, `:=`, `op=`, comma-ok forms), var and
//! const declarations, control flow with Go's rules for `break`/`continue`/labels,
//! `switch`/type switches/`select`, `for`/`range` (Go 1.22 per-iteration variables),
//! returns, and the terminating-statement analysis behind `missing return`.
use std::collections::HashMap;

use minigo_parser::ast::{
    self, AssignOp, BinaryOp, Block, CaseClause, ChanDir, Decl, Expr, ExprKind, Ident, Span, Stmt, StmtKind, TypeCaseClause,
    UnaryOp,
};

use super::assign::{OpMode, Operand};
use super::expr::unparen;
use super::Checker;
use crate::api::*;
use crate::constant::Value;

/// Where a statement sits: what `break`, `continue` and `fallthrough` may do there.
#[derive(Clone, Copy, Default)]
struct Ctx {
    break_ok: bool,
    continue_ok: bool,
    fallthrough_ok: bool,
    /// In the last clause of an expression switch (for Go's fallthrough message).
    final_case: bool,
    in_type_switch: bool,
}

/// Labels of the function being checked.
#[derive(Default)]
pub(crate) struct Labels {
    /// All labels of the function body: name -> (span, used).
    declared: HashMap<String, (Span, bool)>,
    /// Enclosing labeled statements: (name, is a loop, is a switch/select/loop).
    enclosing: Vec<(String, bool, bool)>,
}

fn measure(n: usize, unit: &str) -> String {
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

impl<'a> Checker<'a> {
    /// Checks a function body (declaration or literal) whose parameters are declared.
    pub(crate) fn func_body(&mut self, body: &Block, sig: &Signature) {
        let saved = std::mem::take(&mut self.labels);
        let mut declared = HashMap::new();
        collect_labels(&body.stmts, &mut declared, self);
        self.labels.declared = declared;
        self.stmt_list(&body.stmts, Ctx::default());
        self.check_gotos(body);
        let labels = std::mem::replace(&mut self.labels, saved);
        let mut unused: Vec<(Span, String)> =
            labels.declared.into_iter().filter(|(_, (_, used))| !used).map(|(n, (sp, _))| (sp, n)).collect();
        unused.sort_by_key(|u| u.0.lo);
        for (sp, n) in unused {
            self.error(sp, format!("label {n} defined and not used"));
        }
        if !sig.results.is_empty() && !is_terminating_list(&self.info, &body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
    }

    fn stmt_list(&mut self, stmts: &[Stmt], ctx: Ctx) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            let mut c = ctx;
            // fallthrough is only allowed as the last statement of a clause.
            c.fallthrough_ok = ctx.fallthrough_ok && i + 1 == n;
            c.final_case = ctx.final_case && i + 1 == n;
            self.stmt(s, c);
        }
    }

    fn block(&mut self, b: &Block, ctx: Ctx) {
        self.open_scope();
        self.stmt_list(&b.stmts, ctx);
        self.close_scope();
    }

    fn stmt(&mut self, s: &Stmt, ctx: Ctx) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => self.send(ch, value),
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { "++" } else { "--" };
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.info.table.is_numeric(xo.ty) {
                    let xs = self.expr_str(x);
                    let ts = self.type_string(xo.ty);
                    self.error(x.span, format!("invalid operation: {xs}{op} (non-numeric type {ts})"));
                    return;
                }
                self.check_assignable_lhs(x, &xo);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.short_var_decl(s.span, lhs, rhs),
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(s.span, format!("assignment operation {}= requires single-valued expressions", bop.as_str()));
                        return;
                    }
                    self.op_assign(s, *bop, &lhs[0], &rhs[0]);
                }
            },
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) { "go" } else { "defer" };
                let inner = unparen(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.expr(e);
                    self.error(e.span, format!("expression in {what} must be function call"));
                    return;
                }
                let x = self.raw_expr(e, None);
                if x.mode == OpMode::TypeExpr || (x.mode == OpMode::Constant && is_conversion(self, inner)) {
                    self.error(e.span, format!("{what} requires function call, not conversion"));
                } else if let ExprKind::Call { func, .. } = &inner.kind {
                    if let Some(b) = self.builtin_of(func) {
                        if !matches!(b, Builtin::Close | Builtin::Copy | Builtin::Delete | Builtin::Panic | Builtin::Print | Builtin::Println | Builtin::Recover | Builtin::Clear) {
                            let d = self.describe(&x);
                            self.error(e.span, format!("{what} discards result of {d}"));
                        }
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) => {
                if let Some(l) = label {
                    self.branch_label(l, false);
                } else if !ctx.break_ok {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if let Some(l) = label {
                    self.branch_label(l, true);
                } else if !ctx.continue_ok {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            StmtKind::Goto(l) => {
                match self.labels.declared.get_mut(&l.name) {
                    Some(entry) => entry.1 = true,
                    None => self.error(l.span, format!("label {} not defined", l.name)),
                }
            }
            StmtKind::Fallthrough => {
                if !ctx.fallthrough_ok {
                    let msg = if ctx.final_case {
                        "cannot fallthrough final case in switch"
                    } else if ctx.in_type_switch {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.span, msg);
                }
            }
            StmtKind::Block(b) => self.block(b, ctx),
            StmtKind::If { init, cond, then, els } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, ctx);
                }
                self.condition(cond, "if statement");
                self.block(then, ctx);
                if let Some(e) = els {
                    self.stmt(e, ctx);
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, body, .. } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, ctx);
                }
                self.switch_stmt(tag.as_ref(), body, ctx);
                self.close_scope();
            }
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, ctx);
                }
                self.type_switch(bind.as_ref(), x, body, ctx);
                self.close_scope();
            }
            StmtKind::Select(clauses) => {
                let inner = Ctx { break_ok: true, ..ctx };
                for c in clauses {
                    self.open_scope();
                    if let Some(comm) = &c.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_receive(e),
                            StmtKind::Assign { rhs, op, .. } => rhs.len() == 1 && is_receive(&rhs[0]) && *op != AssignOp::Op(BinaryOp::Add),
                            _ => false,
                        };
                        if !valid {
                            // Go reports at the statement's expression, whose position is its operator.
                            let at = match &comm.kind {
                                StmtKind::Expr(Expr { kind: ExprKind::Binary { x, .. }, .. }) => Span { lo: x.span.hi + 1, hi: x.span.hi + 2 },
                                _ => comm.span,
                            };
                            self.error(at, "select case must be send or receive (possibly with assignment)");
                        } else {
                            self.stmt(comm, inner);
                        }
                    }
                    self.stmt_list(&c.body, Ctx { fallthrough_ok: false, final_case: false, ..inner });
                    self.close_scope();
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, ctx);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign { op: AssignOp::Define, .. } = p.kind {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, ctx);
                    }
                }
                self.block(body, Ctx { break_ok: true, continue_ok: true, ..Ctx::default() });
                self.close_scope();
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.open_scope();
                let over_func = self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x);
                self.block(body, Ctx { break_ok: true, continue_ok: true, ..Ctx::default() });
                if over_func {
                    self.funcs.pop();
                }
                self.close_scope();
            }
            StmtKind::Labeled { label, stmt } => {
                let (is_loop, breakable) = match &stmt.kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => (true, true),
                    StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_) => (false, true),
                    _ => (false, false),
                };
                // A duplicate label (reported already) does not name its statement.
                let first = self.labels.declared.get(&label.name).is_some_and(|d| d.0 == label.span);
                let name = if first { label.name.clone() } else { String::new() };
                self.labels.enclosing.push((name, is_loop, breakable));
                self.stmt(stmt, ctx);
                self.labels.enclosing.pop();
            }
        }
    }

    fn builtin_of(&self, f: &Expr) -> Option<Builtin> {
        match &unparen(f).kind {
            ExprKind::Ident(id) => match self.info.uses.get(&id.id).map(|o| &self.obj(*o).kind) {
                Some(ObjKind::Builtin(b)) => Some(*b),
                _ => None,
            },
            _ => None,
        }
    }

    fn branch_label(&mut self, l: &Ident, is_continue: bool) {
        let what = if is_continue { "continue" } else { "break" };
        let Some(entry) = self.labels.declared.get_mut(&l.name) else {
            self.error(l.span, format!("{what} label not defined: {}", l.name));
            return;
        };
        entry.1 = true;
        match self.labels.enclosing.iter().rev().find(|e| e.0 == l.name) {
            Some((_, is_loop, breakable)) => {
                if (is_continue && !is_loop) || (!is_continue && !breakable) {
                    self.error(l.span, format!("invalid {what} label {}", l.name));
                }
            }
            None => self.error(l.span, format!("invalid {what} label {}", l.name)),
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let mut x = self.expr(cond);
        if x.is_invalid() {
            return;
        }
        if !self.info.table.is_boolean(x.ty) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
            return;
        }
        self.default_operand(&mut x);
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let inner = unparen(e);
        let x = self.raw_expr(e, None);
        let is_stmt = match &inner.kind {
            ExprKind::Call { func, .. } => {
                x.mode != OpMode::Invalid
                    && !is_conversion(self, inner)
                    && !matches!(
                        self.builtin_of(func),
                        Some(Builtin::Append | Builtin::Cap | Builtin::Complex | Builtin::Imag | Builtin::Len | Builtin::Make | Builtin::Max | Builtin::Min | Builtin::New | Builtin::Real)
                    )
            }
            ExprKind::Unary { op: UnaryOp::Recv, .. } => true,
            _ => false,
        };
        if is_stmt {
            return;
        }
        let msg = match x.mode {
            OpMode::Invalid => return,
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => "is not used",
        };
        let d = self.describe(&x);
        self.error(e.span, format!("{d} {msg}"));
    }

    fn send(&mut self, ch: &Expr, value: &Expr) {
        let c = self.expr(ch);
        let mut v = self.expr(value);
        if c.is_invalid() || v.is_invalid() {
            return;
        }
        let Type::Chan { dir, elem } = self.info.table.under(c.ty).clone() else {
            let d = self.describe(&c);
            self.error(ch.span, format!("invalid operation: cannot send to non-channel {d}"));
            return;
        };
        if dir == ChanDir::Recv {
            let d = self.describe(&c);
            let ts = self.type_string(c.ty);
            self.error(ch.span, format!("invalid operation: cannot send to receive-only channel {ts} {d}"));
            return;
        }
        self.assign_to(&mut v, elem, "send");
    }

    // ------------------------------------------------------------------------------------
    // Assignments

    /// The left-hand side of `=`: a variable (not counted as a use), `_`, or an
    /// addressable/map-index expression. Returns its type (`None` for `_` or errors).
    fn lhs_var(&mut self, e: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &unparen(e).kind {
            if id.name == "_" {
                self.info.defs.remove(&id.id);
                let inv = self.info.table.invalid();
                self.info.types.insert(e.id, TypeAndValue { mode: Mode::Variable, ty: inv, value: None });
                return None;
            }
            if let Some(o) = self.lookup(&id.name) {
                if let ObjKind::Var { global: false } = self.obj(o).kind {
                    // Assignment is not a use: keep `used` as it was.
                    let was_used = self.used.contains(&o);
                    let x = self.expr(e);
                    if !was_used {
                        self.used.remove(&o);
                    }
                    return if x.is_invalid() { None } else { Some(x.ty) };
                }
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        if self.check_assignable_lhs(e, &x) {
            Some(x.ty)
        } else {
            None
        }
    }

    /// Reports `cannot assign to x (...)` unless `x` is addressable or a map index.
    fn check_assignable_lhs(&mut self, e: &Expr, x: &Operand) -> bool {
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => true,
            OpMode::Invalid => false,
            _ => {
                let es = self.expr_str(e);
                // A field of a struct stored in a map.
                if let ExprKind::Selector { x: base, .. } = &unparen(e).kind {
                    if self.info.types.get(&unparen(base).id).is_some_and(|t| t.mode == Mode::MapIndex) {
                        self.error(e.span, format!("cannot assign to struct field {es} in map"));
                        return false;
                    }
                }
                self.error(e.span, format!("cannot assign to {es} (neither addressable nor a map index expression)"));
                false
            }
        }
    }

    fn assign_vars(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let context = if lhs.len() > 1 { "multiple assignment" } else { "assignment" };
        if lhs.len() == rhs.len() {
            let types: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_var(l)).collect();
            for (t, r) in types.into_iter().zip(rhs) {
                let mut x = self.rhs_value(r, t, lhs.len());
                match t {
                    Some(t) => {
                        self.assign_to(&mut x, t, context);
                    }
                    None => self.assign_blank(&mut x, context),
                }
            }
            return;
        }
        let types: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_var(l)).collect();
        let xs = self.multi_rhs(lhs.len(), rhs);
        let Some(xs) = xs else { return };
        for (t, mut x) in types.into_iter().zip(xs) {
            match t {
                Some(t) => {
                    self.assign_to(&mut x, t, context);
                }
                None => self.assign_blank(&mut x, context),
            }
        }
    }

    /// A right-hand side value paired with one of `nvars` variables; a lone multi-value
    /// call is Go's `assignment mismatch: 1 variable but f returns 2 values`.
    fn rhs_value<'e>(&mut self, r: &'e Expr, hint: Option<TypeId>, nvars: usize) -> Operand<'e> {
        let x = self.raw_expr(r, hint);
        if nvars == 1 && x.mode.is_value() {
            if let Type::Tuple(ts) = self.info.table.get(x.ty) {
                let n = ts.len();
                self.assign_error(std::slice::from_ref(r), 1, n);
                return Operand::invalid(&self.info.table, Some(r));
            }
        }
        self.single_value(x)
    }

    /// `_ = x`: any value, untyped constants get their default type.
    fn assign_blank(&mut self, x: &mut Operand, context: &str) {
        if x.is_invalid() {
            return;
        }
        if !x.mode.is_value() {
            self.not_a_value(x);
            return;
        }
        if x.is_nil(&self.info.table) {
            self.error_at(x, format!("use of untyped nil in {context}"));
            return;
        }
        self.default_operand(x);
    }

    /// The values of `n` left-hand sides from a right-hand side of different length: a
    /// single multi-value call or a comma-ok expression. Reports `assignment mismatch`.
    fn multi_rhs<'e>(&mut self, n: usize, rhs: &'e [Expr]) -> Option<Vec<Operand<'e>>> {
        if rhs.len() == 1 {
            let x = self.raw_expr(&rhs[0], None);
            if x.is_invalid() {
                return None;
            }
            if let Type::Tuple(ts) = self.info.table.get(x.ty).clone() {
                if ts.len() == n {
                    return Some(Operand::tuple_elems(&ts, &rhs[0]));
                }
                self.assign_error(rhs, n, ts.len());
                return None;
            }
            if n == 2 && matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
                if let Some(tv) = self.info.types.get_mut(&rhs[0].id) {
                    tv.mode = Mode::CommaOk;
                }
                mark_comma_ok(&mut self.info, &rhs[0]);
                let ub = self.info.table.basic(BasicKind::UntypedBool);
                let v = Operand { mode: OpMode::Value, ..x.clone() };
                let ok = Operand { mode: OpMode::Value, ty: ub, val: None, expr: None, nth: None };
                return Some(vec![v, ok]);
            }
            if matches!(x.mode, OpMode::NoValue) {
                self.not_a_value(&x);
                return None;
            }
            self.assign_error(rhs, n, 1);
            return None;
        }
        for r in rhs {
            self.raw_expr(r, None);
        }
        self.assign_error(rhs, n, rhs.len());
        None
    }

    fn assign_error(&mut self, rhs: &[Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        if rhs.len() == 1 {
            if let ExprKind::Call { func, .. } = &unparen(&rhs[0]).kind {
                let fs = self.expr_str(func);
                self.error(rhs[0].span, format!("assignment mismatch: {vars} but {fs} returns {vals}"));
                return;
            }
        }
        let sp = rhs.first().map(|r| r.span).unwrap_or_default();
        self.error(sp, format!("assignment mismatch: {vars} but {vals}"));
    }

    fn op_assign(&mut self, s: &Stmt, op: BinaryOp, l: &Expr, r: &Expr) {
        // Checked as the binary expression `l op r` assigned to `l`.
        let lx = self.expr(l);
        if lx.is_invalid() {
            self.expr(r);
            return;
        }
        let synthetic = Expr {
            id: super::expr::OP_ASSIGN_NODE,
            span: s.span,
            kind: ExprKind::Binary { op, x: Box::new(l.clone()), y: Box::new(r.clone()) },
        };
        let mut x = self.raw_expr(&synthetic, None);
        self.info.types.remove(&super::expr::OP_ASSIGN_NODE);
        if x.is_invalid() {
            return;
        }
        x.expr = Some(r);
        if self.check_assignable_lhs(l, &lx) {
            x.expr = None;
            self.assign_to(&mut x, lx.ty, "assignment");
        }
    }

    fn short_var_decl(&mut self, span: Span, lhs: &[Expr], rhs: &[Expr]) {
        let context = if lhs.len() > 1 { "multiple assignment" } else { "assignment" };
        // Left-hand sides must be identifiers; at least one must be new in this scope.
        let mut idents: Vec<Option<&Ident>> = Vec::new();
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(id) => idents.push(Some(id)),
                _ => {
                    self.expr(l);
                    let ls = self.expr_str(l);
                    self.error(l.span, format!("non-name {ls} on left side of :="));
                    idents.push(None);
                }
            }
        }
        let mut new_any = false;
        let mut existing: Vec<Option<ObjId>> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for id in idents.iter().flatten() {
            if id.name != "_" && seen.contains(&id.name.as_str()) {
                self.error(id.span, format!("{} repeated on left side of :=", id.name));
            }
            seen.push(&id.name);
        }
        for id in &idents {
            let prev = id.and_then(|id| {
                if id.name == "_" {
                    return None;
                }
                self.scopes.last().and_then(|s| s.get(&id.name).copied())
            });
            if id.is_some_and(|id| id.name != "_") && prev.is_none() {
                new_any = true;
            }
            existing.push(prev);
        }
        if !new_any && idents.iter().all(|i| i.is_some()) {
            // Go reports it at the `:=`, one space after the last name as gofmt writes it.
            let at = lhs.last().map(|l| Span { lo: l.span.hi + 1, hi: l.span.hi + 3 }).unwrap_or(span);
            self.error(at, "no new variables on left side of :=");
        }
        // Right-hand side values (checked before the new variables are in scope).
        let hints: Vec<Option<TypeId>> = existing.iter().map(|e| e.map(|o| self.obj(o).ty)).collect();
        let values: Option<Vec<Operand>> = if lhs.len() == rhs.len() {
            Some(rhs.iter().zip(&hints).map(|(r, h)| self.rhs_value(r, *h, lhs.len())).collect())
        } else {
            self.multi_rhs(lhs.len(), rhs)
        };
        let inv = self.info.table.invalid();
        let mut values = values.unwrap_or_default();
        for (i, id) in idents.iter().enumerate() {
            let Some(id) = id else { continue };
            let x = values.get_mut(i);
            match existing[i] {
                Some(o) => {
                    self.info.uses.insert(id.id, o);
                    let t = self.obj(o).ty;
                    for node in [lhs[i].id, id.id] {
                        self.info.types.insert(node, TypeAndValue { mode: Mode::Variable, ty: t, value: None });
                    }
                    if let Some(x) = x {
                        self.assign_to(x, t, context);
                    }
                    if let Some(&d) = self.var_depth.get(&o) {
                        if d < self.func_depth() {
                            self.info.escapes.insert(o);
                        }
                    }
                }
                None => {
                    let t = match x {
                        Some(x) => self.infer_var_type(x, context),
                        None => inv,
                    };
                    for node in [lhs[i].id, id.id] {
                        self.info.types.insert(node, TypeAndValue { mode: Mode::Variable, ty: t, value: None });
                    }
                    let o = self.new_local_var(id, t);
                    self.pending_locals.push(((*id).clone(), o));
                }
            }
        }
        self.declare_pending_locals();
    }

    /// The type of a variable declared without type from value `x` (`x := v`).
    fn infer_var_type(&mut self, x: &mut Operand, context: &str) -> TypeId {
        let inv = self.info.table.invalid();
        if x.is_invalid() {
            return inv;
        }
        if !x.mode.is_value() {
            self.not_a_value(x);
            return inv;
        }
        if x.is_nil(&self.info.table) {
            self.error_at(x, format!("use of untyped nil in {context}"));
            return inv;
        }
        self.default_operand(x);
        x.ty
    }

    // ------------------------------------------------------------------------------------
    // Declarations

    fn local_decl(&mut self, d: &Decl) {
        match d {
            Decl::Var(specs) => {
                for s in specs {
                    let inv = self.info.table.invalid();
                    let objs: Vec<ObjId> = s.names.iter().map(|n| self.new_local_var(n, inv)).collect();
                    self.var_spec(s, &objs);
                    for (n, &o) in s.names.iter().zip(&objs) {
                        self.pending_locals.push((n.clone(), o));
                    }
                    self.declare_pending_locals();
                }
            }
            Decl::Const(specs) => {
                for s in specs {
                    let inv = self.info.table.invalid();
                    let objs: Vec<ObjId> =
                        s.names.iter().map(|n| self.new_obj(&n.name, ObjKind::Const(Value::int(0)), inv, Some(n.span))).collect();
                    for (i, &o) in objs.iter().enumerate() {
                        self.const_spec_name(s, i, o);
                    }
                    for (n, &o) in s.names.iter().zip(&objs) {
                        self.declare_local(n, o);
                        // Unused local constants are fine in Go.
                    }
                }
            }
            Decl::Type(specs) => {
                for s in specs {
                    let inv = self.info.table.invalid();
                    let pkg = self.current_pkg().to_string();
                    let ty = if s.alias { inv } else { self.info.table.new_named(&s.name.name, &pkg, inv, Some(s.name.span)) };
                    let o = self.new_obj(&s.name.name, ObjKind::TypeName, ty, Some(s.name.span));
                    // The type name is in scope in its own declaration (recursive types).
                    self.declare_local(&s.name, o);
                    self.type_spec_local(s, o);
                    self.check_type_cycle(o);
                }
            }
            Decl::Func(f) => self.error(f.span, "function declaration inside function"),
        }
    }

    fn type_spec_local(&mut self, s: &ast::TypeSpec, o: ObjId) {
        if let Some(tp) = &s.type_params {
            self.error(tp.span, super::GENERICS);
            return;
        }
        self.in_constraint = true;
        let rhs = self.type_expr(&s.ty);
        if s.alias {
            self.info.objects[o.0 as usize].ty = rhs;
            return;
        }
        let t = self.obj(o).ty;
        if let Some(n) = self.info.table.as_named(t) {
            let u = self.info.table.underlying(rhs);
            self.info.table.named[n.0 as usize].underlying = u;
        }
    }

    fn new_local_var(&mut self, n: &Ident, ty: TypeId) -> ObjId {
        let o = self.new_obj(&n.name, ObjKind::Var { global: false }, ty, Some(n.span));
        self.note_local(o, n.span);
        self.info.defs.insert(n.id, o);
        o
    }

    fn declare_pending_locals(&mut self) {
        let pending = std::mem::take(&mut self.pending_locals);
        for (n, o) in pending {
            self.declare_local(&n, o);
        }
    }

    /// A var spec (package-level or local): `objs` are the objects of its names, whose
    /// types are set here.
    pub(crate) fn var_spec(&mut self, s: &ast::VarSpec, objs: &[ObjId]) {
        let declared = s.ty.as_ref().map(|t| self.type_expr(t));
        let set_ty = |c: &mut Self, i: usize, t: TypeId| {
            if let Some(&o) = objs.get(i) {
                c.info.objects[o.0 as usize].ty = t;
            }
        };
        if s.values.is_empty() {
            if let Some(t) = declared {
                for i in 0..objs.len() {
                    set_ty(self, i, t);
                }
            }
            return;
        }
        let context = if s.names.len() > 1 { "multiple assignment" } else { "variable declaration" };
        if !self.arity(&s.names, &s.values, false) {
            for (i, v) in s.values.iter().enumerate().take(s.names.len()) {
                let mut x = self.expr_hint(v, declared);
                let t = match declared {
                    Some(t) => t,
                    None => self.infer_var_type(&mut x, context),
                };
                set_ty(self, i, t);
            }
            for i in s.values.len()..s.names.len() {
                set_ty(self, i, declared.unwrap_or(self.info.table.invalid()));
            }
            return;
        }
        if s.values.len() == s.names.len() {
            for (i, v) in s.values.iter().enumerate() {
                let mut x = self.rhs_value(v, declared, s.names.len());
                match declared {
                    Some(t) => {
                        self.assign_to(&mut x, t, context);
                        set_ty(self, i, t);
                    }
                    None => {
                        let t = self.infer_var_type(&mut x, context);
                        set_ty(self, i, t);
                    }
                }
            }
            return;
        }
        let xs = self.multi_rhs(s.names.len(), &s.values);
        let inv = self.info.table.invalid();
        match xs {
            Some(xs) => {
                for (i, mut x) in xs.into_iter().enumerate() {
                    match declared {
                        Some(t) => {
                            self.assign_to(&mut x, t, context);
                            set_ty(self, i, t);
                        }
                        None => {
                            let t = self.infer_var_type(&mut x, context);
                            set_ty(self, i, t);
                        }
                    }
                }
            }
            None => {
                for i in 0..objs.len() {
                    set_ty(self, i, declared.unwrap_or(inv));
                }
            }
        }
    }

    /// Go's `arity` check of a var or const spec: `extra init expr x` /
    /// `missing init expr for x` (a single value may be a multi-value call). Returns
    /// false if reported.
    fn arity(&mut self, names: &[Ident], values: &[Expr], is_const: bool) -> bool {
        let (l, r) = (names.len(), values.len());
        if l < r {
            let es = self.expr_str(&values[l]);
            self.error(values[l].span, format!("extra init expr {es}"));
            return false;
        }
        if l > r && (is_const || r != 1) && (r > 0 || is_const) {
            self.error(names[r].span, format!("missing init expr for {}", names[r].name));
            return false;
        }
        true
    }

    /// Name `i` of a const spec: its value (with the spec's `iota`) and type.
    pub(crate) fn const_spec_name(&mut self, s: &ast::ConstSpec, i: usize, o: ObjId) {
        let saved = self.set_iota(Some(s.iota));
        let declared = s.ty.as_ref().map(|t| self.type_expr(t));
        let inv = self.info.table.invalid();
        let mut result: (TypeId, Value) = (inv, Value::int(0));
        if i == 0 && !self.arity(&s.names, &s.values, true) {
            self.info.objects[o.0 as usize].ty = inv;
        }
        match s.values.get(i) {
            None => {}
            Some(v) => {
                let mut x = self.expr(v);
                if !x.is_invalid() {
                    if x.mode != OpMode::Constant {
                        let d = self.describe(&x);
                        self.error(v.span, format!("{d} is not constant"));
                    } else {
                        let ok = match declared {
                            Some(t) => {
                                if self.info.table.basic_kind(t).is_none() || self.info.table.is_invalid(t) {
                                    if !self.info.table.is_invalid(t) {
                                        let ts = self.type_string(t);
                                        self.error(s.ty.as_ref().map(|t| t.span).unwrap_or(v.span), format!("invalid constant type {ts}"));
                                    }
                                    false
                                } else {
                                    self.assign_to(&mut x, t, "constant declaration")
                                }
                            }
                            None => true,
                        };
                        if ok {
                            result = (x.ty, x.val.clone().unwrap_or(Value::int(0)));
                        }
                    }
                }
            }
        }
        self.info.objects[o.0 as usize].ty = result.0;
        self.info.objects[o.0 as usize].kind = ObjKind::Const(result.1);
        self.set_iota(saved);
    }

    // ------------------------------------------------------------------------------------
    // Return

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some((want, named)) = self.cur_results() else { return };
        if results.is_empty() {
            if !want.is_empty() && named.is_empty() {
                let w = self.types_summary(&want, false, false);
                self.error(s.span, format!("not enough return values\n\thave ()\n\twant {w}"));
            }
            for o in named {
                // A bare return reads the named results.
                self.used.insert(o);
            }
            return;
        }
        if want.is_empty() {
            for r in results {
                self.raw_expr(r, None);
            }
            self.error(results[0].span, "too many return values\n\thave (".to_string() + &self.have_list(results) + ")\n\twant ()");
            return;
        }
        let xs: Vec<Operand> = if results.len() == 1 && want.len() > 1 {
            let x = self.raw_expr(&results[0], None);
            match self.info.table.get(x.ty).clone() {
                Type::Tuple(ts) if x.mode.is_value() => Operand::tuple_elems(&ts, &results[0]),
                _ => vec![x],
            }
        } else {
            results.iter().enumerate().map(|(i, r)| self.expr_hint(r, want.get(i).copied())).collect()
        };
        if xs.iter().any(|x| x.is_invalid()) && xs.len() != want.len() {
            return;
        }
        if xs.len() != want.len() {
            let qual = if xs.len() > want.len() { "too many" } else { "not enough" };
            let have = self.types_summary(&xs.iter().map(|x| x.ty).collect::<Vec<_>>(), false, false);
            let w = self.types_summary(&want, false, false);
            let span = if xs.len() > want.len() { results.get(want.len()).map(|r| r.span).unwrap_or(results[0].span) } else { results[0].span };
            self.error(span, format!("{qual} return values\n\thave {have}\n\twant {w}"));
            return;
        }
        for (mut x, t) in xs.into_iter().zip(want) {
            self.assign_to(&mut x, t, "return statement");
        }
    }

    fn have_list(&self, results: &[Expr]) -> String {
        let ts: Vec<TypeId> = results.iter().map(|r| self.info.types.get(&r.id).map(|t| t.ty).unwrap_or(self.info.table.invalid())).collect();
        let s = self.types_summary(&ts, false, false);
        s[1..s.len() - 1].to_string()
    }

    // ------------------------------------------------------------------------------------
    // Switches

    fn switch_stmt(&mut self, tag: Option<&Expr>, body: &[CaseClause], ctx: Ctx) {
        let mut tag_op: Option<Operand> = None;
        if let Some(t) = tag {
            let mut x = self.expr(t);
            if !x.is_invalid() {
                if x.is_nil(&self.info.table) {
                    self.error(t.span, "use of untyped nil in switch expression");
                } else {
                    self.default_operand(&mut x);
                    if !self.info.table.comparable(x.ty) && !self.info.table.has_nil(x.ty) {
                        let d = self.describe(&x);
                        let ts = self.type_string(x.ty);
                        self.error(t.span, format!("cannot switch on {d} ({ts} is not comparable)"));
                    } else {
                        tag_op = Some(x);
                    }
                }
            }
        }
        let mut seen: Vec<(Value, TypeId, Span)> = Vec::new();
        let mut default_seen: Option<Span> = None;
        let n = body.len();
        for (i, c) in body.iter().enumerate() {
            if c.default {
                if let Some(prev) = default_seen {
                    let d = self.diag_pos(prev);
                    self.error(c.span, format!("multiple defaults (first at {d})"));
                }
                default_seen = Some(c.span);
            }
            for ce in &c.exprs {
                let mut x = self.expr(ce);
                if x.is_invalid() {
                    continue;
                }
                match &tag_op {
                    Some(t) => {
                        let mut y = t.clone();
                        self.case_compare(&mut x, &mut y, ce);
                    }
                    // A switch without tag compares each case with `true`.
                    None if tag.is_none() => {
                        let tb = self.info.table.basic(BasicKind::Bool);
                        let mut y = Operand { mode: OpMode::Constant, ty: tb, val: Some(Value::Bool(true)), expr: None, nth: None };
                        self.case_compare(&mut x, &mut y, ce);
                    }
                    None => {}
                }
                // Like gc, only integer, float and string constants are checked for duplicates.
                let checked = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::String(_));
                if let (OpMode::Constant, Some(v)) = (x.mode, x.val.as_ref().filter(|v| checked(v))) {
                    if let Some((_, _, sp)) = seen.iter().find(|(sv, st, _)| sv == v && *st == x.ty && !self.in_instance) {
                        let p = self.diag_pos(*sp);
                        let d = self.describe(&x);
                        self.error(ce.span, format!("duplicate case {d} in expression switch\n\t{p}: previous case"));
                    } else {
                        seen.push((v.clone(), x.ty, ce.span));
                    }
                }
            }
            self.open_scope();
            let inner = Ctx { break_ok: true, continue_ok: ctx.continue_ok, fallthrough_ok: i + 1 < n, final_case: i + 1 == n, in_type_switch: false };
            self.stmt_list(&c.body, inner);
            self.close_scope();
        }
    }

    /// `case x:` against switch tag `t`: comparable as `t == x`.
    fn case_compare(&mut self, x: &mut Operand, t: &mut Operand, ce: &Expr) {
        let tt = t.ty;
        if self.info.table.is_untyped(x.ty) {
            if !self.convert_untyped_in(x, tt) {
                return;
            }
        }
        let ok = self.assignable(x, t.ty).is_ok() || self.assignable(t, x.ty).is_ok();
        let cause = if !ok {
            format!("mismatched types {} and {}", self.type_string(x.ty), self.type_string(t.ty))
        } else if !x.is_nil(&self.info.table) && !self.info.table.comparable(x.ty) {
            self.incomparable_cause(x.ty)
        } else if !x.is_nil(&self.info.table) && !self.info.table.comparable(t.ty) {
            self.incomparable_cause(t.ty)
        } else {
            String::new()
        };
        if !cause.is_empty() {
            let es = self.expr_str(ce);
            let tag_s = t.expr.map(|e| self.expr_str(e)).unwrap_or_else(|| "true".into());
            self.error(ce.span, format!("invalid case {es} in switch on {tag_s} ({cause})"));
            return;
        }
        if self.info.table.is_interface(t.ty) {
            self.note_iface_conversion(x, t.ty);
        }
    }

    fn diag_pos(&self, sp: Span) -> String {
        let d = self.position(sp.lo);
        format!("{}:{}:{}", d.0, d.1, d.2)
    }

    fn type_switch(&mut self, bind: Option<&Ident>, x: &Expr, body: &[TypeCaseClause], ctx: Ctx) {
        let xo = self.expr(x);
        let valid = !xo.is_invalid();
        if valid && !self.info.table.is_interface(xo.ty) {
            let d = self.describe(&xo);
            self.error(x.span, format!("{d} is not an interface"));
        }
        let iface = valid && self.info.table.is_interface(xo.ty);
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut bind_objs: Vec<ObjId> = Vec::new();
        let mut default_seen: Option<Span> = None;
        for c in body {
            if c.default {
                if let Some(prev) = default_seen {
                    let d = self.diag_pos(prev);
                    self.error(c.span, format!("multiple defaults (first at {d})"));
                }
                default_seen = Some(c.span);
            }
            let mut single: Option<TypeId> = None;
            for te in &c.types {
                // `nil` is allowed as a case.
                let is_nil = matches!(&unparen(te).kind, ExprKind::Ident(id) if id.name == "nil" && self.lookup("nil").is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil)));
                let t = if is_nil {
                    self.expr(te);
                    None
                } else {
                    let t = self.type_expr(te);
                    if self.info.table.is_invalid(t) {
                        continue;
                    }
                    // In an instance, a case naming a type parameter may be any type.
                    if iface && !self.info.table.is_interface(t) && !self.in_instance {
                        if let Some(cause) = self.missing_method(t, xo.ty) {
                            let d = self.describe(&xo);
                            let ts = self.type_string(t);
                            let es = self.expr_str(te);
                            self.error(te.span, format!("impossible type switch case: {es}\n\t{d} cannot have dynamic type {ts} {cause}"));
                        }
                    }
                    Some(t)
                };
                if let Some((_, sp)) = seen.iter().find(|(st, _)| *st == t && !self.in_instance) {
                    let p = self.diag_pos(*sp);
                    let ts = match t {
                        Some(t) => self.type_string(t),
                        None => "nil".into(),
                    };
                    self.error(te.span, format!("duplicate case {ts} in type switch\n\t{p}: previous case"));
                } else {
                    seen.push((t, te.span));
                }
                single = if c.types.len() == 1 { t } else { None };
            }
            self.open_scope();
            if let Some(cb) = &c.bind {
                if cb.name != "_" {
                    let t = match single {
                        Some(t) if c.types.len() == 1 => t,
                        _ => xo.ty,
                    };
                    let o = self.new_obj(&cb.name, ObjKind::Var { global: false }, t, Some(cb.span));
                    self.note_var_depth(o);
                    self.declare_local(cb, o);
                    bind_objs.push(o);
                }
            }
            self.stmt_list(&c.body, Ctx { break_ok: true, continue_ok: ctx.continue_ok, in_type_switch: true, ..Ctx::default() });
            self.close_scope();
        }
        if let Some(b) = bind {
            if b.name != "_" {
                let used = bind_objs.iter().any(|o| self.used.contains(o));
                if !used && self.session.is_none() {
                    self.error(b.span, format!("{} declared and not used", b.name));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Range

    /// Checks a range clause and declares its variables. Over a function iterator, whose
    /// body the compiler makes a closure, it enters that closure's function context (the
    /// caller leaves it after the body): the variables of the enclosing function the body
    /// uses are then captured, while `return` still checks against the enclosing function.
    /// Returns whether it did.
    fn range_stmt(&mut self, s: &Stmt, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr) -> bool {
        let mut xo = self.expr(x);
        if xo.is_invalid() {
            self.range_vars_invalid(key, value, define);
            return false;
        }
        let int = self.info.table.basic(BasicKind::Int);
        let described = self.describe(&xo);
        let under = self.info.table.under(xo.ty).clone();
        let mut over_func = false;
        let (kt, vt): (Option<TypeId>, Option<TypeId>) = match under {
            Type::Basic(k) if k.is_string() => {
                self.default_operand(&mut xo);
                (Some(int), Some(self.info.table.basic(BasicKind::Int32)))
            }
            Type::Basic(k) if k.is_integer() => {
                if k.is_untyped() {
                    if !self.convert_untyped_in(&mut xo, int) {
                        return false;
                    }
                }
                (Some(xo.ty), None)
            }
            Type::Array { elem, .. } => (Some(int), Some(elem)),
            Type::Pointer(p) => match self.info.table.under(p).clone() {
                Type::Array { elem, .. } => (Some(int), Some(elem)),
                _ => {
                    self.cannot_range(x, &xo);
                    self.range_vars_invalid(key, value, define);
                    return false;
                }
            },
            Type::Slice(elem) => (Some(int), Some(elem)),
            Type::Map { key, value } => (Some(key), Some(value)),
            Type::Chan { dir, elem } => {
                if dir == ChanDir::Send {
                    let d = self.describe(&xo);
                    self.error(x.span, format!("invalid operation: range {} receive from send-only channel {d}", self.expr_str(x)));
                    return false;
                }
                (Some(elem), None)
            }
            Type::Func(sig) => match self.yield_params(&sig) {
                Ok(params) => {
                    if let (Some(k), true) = (key, params.is_empty()) {
                        self.error(k.span, format!("range over {described} permits no iteration variables"));
                        self.range_vars_invalid(key, value, define);
                        return false;
                    }
                    let body_ctx = self.funcs.last().cloned().expect("range inside a function");
                    self.funcs.push(body_ctx);
                    over_func = true;
                    (params.first().copied(), params.get(1).copied())
                }
                Err(why) => {
                    self.error(x.span, format!("cannot range over {described}: func must be func(yield func(...) bool): {why}"));
                    self.range_vars_invalid(key, value, define);
                    return false;
                }
            },
            _ => {
                self.cannot_range(x, &xo);
                self.range_vars_invalid(key, value, define);
                return false;
            }
        };
        let mut value = value;
        if value.is_some() && vt.is_none() {
            self.error(value.map(|v| v.span).unwrap_or(s.span), format!("range over {described} permits only one iteration variable"));
            // The key is still declared (and may be unused); the value is invalid.
            self.range_vars_invalid(None, value, define);
            value = None;
        }
        let inv = self.info.table.invalid();
        for (e, t) in [(key, kt), (value, vt)] {
            let Some(e) = e else { continue };
            let t = t.unwrap_or(inv);
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    let es = self.expr_str(e);
                    self.error(e.span, format!("non-name {es} on left side of :="));
                    continue;
                };
                for node in [e.id, id.id] {
                    self.info.types.insert(node, TypeAndValue { mode: Mode::Variable, ty: t, value: None });
                }
                if id.name == "_" {
                    continue;
                }
                let o = self.new_local_var(id, t);
                self.pending_locals.push(((*id).clone(), o));
            } else if let Some(lt) = self.lhs_var(e) {
                let mut v = Operand { mode: OpMode::Value, ty: t, val: None, expr: None, nth: None };
                self.assign_to(&mut v, lt, "range");
            }
        }
        self.declare_pending_locals();
        over_func
    }

    /// The parameter types of the yield function of an iterator `func(yield func(...) bool)`,
    /// or why `sig` is not one (Go's words).
    fn yield_params(&self, sig: &Signature) -> Result<Vec<TypeId>, &'static str> {
        let table = &self.info.table;
        if sig.params.len() != 1 {
            return Err("wrong argument count");
        }
        if !sig.results.is_empty() {
            return Err("unexpected results");
        }
        let Type::Func(yield_sig) = table.under(sig.params[0]) else { return Err("argument is not func") };
        if yield_sig.params.len() > 2 {
            return Err("yield func has too many parameters");
        }
        if yield_sig.results.len() != 1 || !table.is_boolean(yield_sig.results[0]) {
            return Err("yield func does not return bool");
        }
        Ok(yield_sig.params.clone())
    }

    fn cannot_range(&mut self, x: &Expr, xo: &Operand) {
        let d = self.describe(xo);
        self.error(x.span, format!("cannot range over {d}"));
    }

    fn range_vars_invalid(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool) {
        let inv = self.info.table.invalid();
        for e in [key, value].into_iter().flatten() {
            if define {
                if let ExprKind::Ident(id) = &e.kind {
                    if id.name != "_" {
                        let o = self.new_local_var(id, inv);
                        self.used.insert(o);
                        self.pending_locals.push((id.clone(), o));
                    }
                }
            }
        }
        self.declare_pending_locals();
    }
}

/// Marks comma-ok on the expression under parentheses too.
fn mark_comma_ok(info: &mut Info, e: &Expr) {
    let mut e = e;
    loop {
        if let Some(tv) = info.types.get_mut(&e.id) {
            tv.mode = Mode::CommaOk;
        }
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            _ => return,
        }
    }
}

fn is_receive(e: &Expr) -> bool {
    matches!(unparen(e).kind, ExprKind::Unary { op: UnaryOp::Recv, .. })
}

fn is_conversion(c: &Checker, call: &Expr) -> bool {
    match &call.kind {
        ExprKind::Call { func, .. } => c.info.types.get(&func.id).is_some_and(|t| t.mode == Mode::TypeExpr),
        _ => false,
    }
}

/// Collects the labels of a function body (for `goto` and unused-label checks).
fn collect_labels(stmts: &[Stmt], out: &mut HashMap<String, (Span, bool)>, c: &mut Checker) {
    for s in stmts {
        collect_labels_stmt(s, out, c, 0);
    }
}

fn collect_labels_stmt(s: &Stmt, out: &mut HashMap<String, (Span, bool)>, c: &mut Checker, depth: u32) {
    if depth > 200 {
        return;
    }
    let d = depth + 1;
    let list = |ss: &[Stmt], out: &mut HashMap<String, (Span, bool)>, c: &mut Checker| {
        for s in ss {
            collect_labels_stmt(s, out, c, d);
        }
    };
    match &s.kind {
        StmtKind::Labeled { label, stmt } => {
            if label.name != "_" {
                if let Some((prev, _)) = out.get(&label.name) {
                    let p = c.diag_pos(*prev);
                    c.error(label.span, format!("label {} already defined at {p}", label.name));
                } else {
                    out.insert(label.name.clone(), (label.span, false));
                }
            }
            collect_labels_stmt(stmt, out, c, d);
        }
        StmtKind::Block(b) => list(&b.stmts, out, c),
        StmtKind::If { then, els, .. } => {
            list(&then.stmts, out, c);
            if let Some(e) = els {
                collect_labels_stmt(e, out, c, d);
            }
        }
        StmtKind::Switch { body, .. } => {
            for cl in body {
                list(&cl.body, out, c);
            }
        }
        StmtKind::TypeSwitch { body, .. } => {
            for cl in body {
                list(&cl.body, out, c);
            }
        }
        StmtKind::Select(cls) => {
            for cl in cls {
                list(&cl.body, out, c);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => list(&body.stmts, out, c),
        _ => {}
    }
}

// ----------------------------------------------------------------------------------------
// goto: jumps over variable declarations or into blocks

/// Where labels and gotos sit: the chain of enclosing blocks (by the block's start offset)
/// and the statement index at each level.
#[derive(Default)]
struct JumpSites<'s> {
    blocks: HashMap<u32, &'s [Stmt]>,
    labels: HashMap<String, (Vec<u32>, usize)>,
    gotos: Vec<(&'s Ident, Vec<u32>, Vec<usize>)>,
}

impl<'s> JumpSites<'s> {
    fn walk_list(&mut self, block: u32, stmts: &'s [Stmt], path: &mut Vec<u32>, idx: &mut Vec<usize>) {
        if path.len() > 200 {
            return;
        }
        self.blocks.insert(block, stmts);
        path.push(block);
        for (i, s) in stmts.iter().enumerate() {
            idx.push(i);
            self.walk_stmt(s, path, idx);
            idx.pop();
        }
        path.pop();
    }

    fn walk_stmt(&mut self, s: &'s Stmt, path: &mut Vec<u32>, idx: &mut Vec<usize>) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                self.labels.insert(label.name.clone(), (path.clone(), *idx.last().unwrap_or(&0)));
                self.walk_stmt(stmt, path, idx);
            }
            StmtKind::Goto(l) => self.gotos.push((l, path.clone(), idx.clone())),
            StmtKind::Block(b) => self.walk_list(b.span.lo, &b.stmts, path, idx),
            StmtKind::If { then, els, .. } => {
                self.walk_list(then.span.lo, &then.stmts, path, idx);
                if let Some(e) = els {
                    self.walk_stmt(e, path, idx);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.walk_list(body.span.lo, &body.stmts, path, idx),
            StmtKind::Switch { body, .. } => body.iter().for_each(|c| self.walk_list(c.span.lo, &c.body, path, idx)),
            StmtKind::TypeSwitch { body, .. } => body.iter().for_each(|c| self.walk_list(c.span.lo, &c.body, path, idx)),
            StmtKind::Select(cls) => cls.iter().for_each(|c| self.walk_list(c.span.lo, &c.body, path, idx)),
            _ => {}
        }
    }
}

/// The first variable a statement declares, and where Go reports it (`x := ...` at the
/// `:=`, `var x` at the name).
fn declared_var(s: &Stmt) -> Option<(&str, u32)> {
    match &s.kind {
        StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
            let name = lhs.iter().find_map(|l| match &l.kind {
                ExprKind::Ident(id) if id.name != "_" => Some(id.name.as_str()),
                _ => None,
            })?;
            Some((name, lhs.last()?.span.hi + 1))
        }
        StmtKind::Decl(Decl::Var(specs)) => specs.first().and_then(|s| s.names.first()).map(|n| (n.name.as_str(), n.span.lo)),
        _ => None,
    }
}

impl Checker<'_> {
    fn check_gotos(&mut self, body: &Block) {
        let mut sites = JumpSites::default();
        sites.walk_list(body.span.lo, &body.stmts, &mut vec![], &mut vec![]);
        for (g, gpath, gidx) in &sites.gotos {
            let Some((lpath, lidx)) = sites.labels.get(&g.name) else { continue };
            let common = lpath.iter().zip(gpath.iter()).take_while(|(a, b)| a == b).count();
            if common < lpath.len() {
                let (file, line, col) = self.position(lpath[common]);
                self.error(g.span, format!("goto {} jumps into block starting at {file}:{line}:{col}", g.name));
                continue;
            }
            let level = lpath.len() - 1;
            let from = gidx[level];
            if from >= *lidx {
                continue;
            }
            let stmts = sites.blocks[&lpath[level]];
            // Go names the declaration nearest the label.
            if let Some((name, at)) = stmts[from + 1..*lidx].iter().rev().find_map(declared_var) {
                let (file, line, col) = self.position(at);
                self.error(g.span, format!("goto {} jumps over declaration of {name} at {file}:{line}:{col}", g.name));
            }
        }
    }
}

// ----------------------------------------------------------------------------------------
// Terminating statements (Go spec "Terminating statements")

fn is_terminating_list(info: &Info, stmts: &[Stmt], label: &str) -> bool {
    // Trailing empty statements are ignored.
    let mut last = None;
    for s in stmts.iter().rev() {
        if !matches!(s.kind, StmtKind::Empty) {
            last = Some(s);
            break;
        }
    }
    last.is_some_and(|s| is_terminating(info, s, label))
}

fn is_terminating(info: &Info, s: &Stmt, label: &str) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        // A call of the built-in panic (not of a local named `panic`).
        StmtKind::Expr(e) => matches!(&unparen(e).kind, ExprKind::Call { func, .. }
            if matches!(&unparen(func).kind, ExprKind::Ident(id)
                if info.uses.get(&id.id).is_some_and(|o| matches!(info.objects[o.0 as usize].kind, ObjKind::Builtin(Builtin::Panic))))),
        StmtKind::Block(b) => is_terminating_list(info, &b.stmts, ""),
        StmtKind::If { then, els, .. } => match els {
            Some(e) => is_terminating_list(info, &then.stmts, "") && is_terminating(info, e, ""),
            None => false,
        },
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Range { .. } => false,
        StmtKind::Labeled { label, stmt } => is_terminating(info, stmt, &label.name),
        StmtKind::Switch { body, .. } => {
            body.iter().any(|c| c.default)
                && body.iter().all(|c| {
                    !has_break(&c.body, label, true)
                        && (is_terminating_list(info, &c.body, "") || c.body.last().is_some_and(|l| matches!(l.kind, StmtKind::Fallthrough)))
                })
        }
        StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.default) && body.iter().all(|c| !has_break(&c.body, label, true) && is_terminating_list(info, &c.body, ""))
        }
        StmtKind::Select(cls) => cls.iter().all(|c| !has_break(&c.body, label, true) && is_terminating_list(info, &c.body, "")),
        _ => false,
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement (unlabeled at
/// the top nesting level when `implicit`, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: &str, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, implicit, 0))
}

fn has_break_stmt(s: &Stmt, label: &str, implicit: bool, depth: u32) -> bool {
    if depth > 200 {
        return false;
    }
    let d = depth + 1;
    match &s.kind {
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(l)) => !label.is_empty() && l.name == label,
        StmtKind::Block(b) => b.stmts.iter().any(|s| has_break_stmt(s, label, implicit, d)),
        StmtKind::If { then, els, .. } => {
            then.stmts.iter().any(|s| has_break_stmt(s, label, implicit, d)) || els.as_ref().is_some_and(|e| has_break_stmt(e, label, implicit, d))
        }
        StmtKind::Labeled { stmt, .. } => has_break_stmt(stmt, label, implicit, d),
        // Nested breakable statements: unlabeled breaks inside them target them.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => body.stmts.iter().any(|s| has_break_stmt(s, label, false, d)),
        StmtKind::Switch { body, .. } => body.iter().any(|c| c.body.iter().any(|s| has_break_stmt(s, label, false, d))),
        StmtKind::TypeSwitch { body, .. } => body.iter().any(|c| c.body.iter().any(|s| has_break_stmt(s, label, false, d))),
        StmtKind::Select(cls) => cls.iter().any(|c| c.body.iter().any(|s| has_break_stmt(s, label, false, d))),
        _ => false,
    }
}
