//! A small escape analysis for `append`: Go's compiler gives a slice that never leaves its
//! function a 32-byte stack buffer on its first append, so `cap` after appending to a nil
//! `[]int` is 4 there but 1 for a slice that escapes (printed, passed, stored, returned).
//! A local slice variable stays local here when every use is `len(v)`, `cap(v)`, `v[i]`,
//! `range v`, or `v = append(v, ...)`.

use std::collections::HashSet;

use minigo_parser::ast::{Block, Expr, ExprKind, Stmt, StmtKind};
use minigo_types::{Builtin, Info, ObjId, ObjKind};

/// The variables used anywhere other than in a non-escaping position.
pub(crate) fn escaping_slices(info: &Info, body: &Block) -> HashSet<ObjId> {
    let mut w = Walker { info, escaping: HashSet::new() };
    w.stmts(&body.stmts);
    w.escaping
}

struct Walker<'a> {
    info: &'a Info,
    escaping: HashSet<ObjId>,
}

impl Walker<'_> {
    fn builtin(&self, f: &Expr) -> Option<Builtin> {
        match &f.kind {
            ExprKind::Ident(id) => match self.info.uses.get(&id.id).map(|o| &self.info.objects[o.0 as usize].kind) {
                Some(ObjKind::Builtin(b)) => Some(*b),
                _ => None,
            },
            ExprKind::Paren(x) => self.builtin(x),
            _ => None,
        }
    }

    /// A use of `e` where a variable does not escape.
    fn benign(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {}
            ExprKind::Paren(x) => self.benign(x),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(&o) = self.info.uses.get(&id.id) {
                    self.escaping.insert(o);
                }
            }
            ExprKind::Call { func, args, .. } => {
                match self.builtin(func) {
                    Some(Builtin::Len | Builtin::Cap) => args.iter().for_each(|a| self.benign(a)),
                    // The slice operand of append escapes only through the result, which
                    // the assignment handles.
                    Some(Builtin::Append) => {
                        if let Some((s, rest)) = args.split_first() {
                            self.benign(s);
                            rest.iter().for_each(|a| self.expr(a));
                        }
                    }
                    _ => {
                        self.expr(func);
                        args.iter().for_each(|a| self.expr(a));
                    }
                }
            }
            ExprKind::Index { x, index } => {
                self.benign(x);
                self.expr(index);
            }
            ExprKind::BasicLit { .. } | ExprKind::Bad => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Ident(_)) {
                            self.expr(k);
                        }
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { body, .. } => self.stmts(&body.stmts),
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } | ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Selector { x, .. } => self.expr(x),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            _ => {}
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        stmts.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                // `v = append(v, ...)` keeps the slice in v; `w := v` or `f(v)` lets it out.
                rhs.iter().for_each(|r| self.expr(r));
                for l in lhs {
                    if !matches!(l.kind, ExprKind::Ident(_)) {
                        self.expr(l);
                    }
                }
            }
            StmtKind::Decl(minigo_parser::ast::Decl::Var(specs)) => specs.iter().for_each(|sp| sp.values.iter().for_each(|v| self.expr(v))),
            StmtKind::Decl(_) => {}
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.stmts(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    c.exprs.iter().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                body.iter().for_each(|c| self.stmts(&c.body));
            }
            StmtKind::Select(cl) => {
                for c in cl {
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                for st in [init, post].into_iter().flatten() {
                    self.stmt(st);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmts(&body.stmts);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                for e in [key, value].into_iter().flatten() {
                    if !matches!(e.kind, ExprKind::Ident(_)) {
                        self.expr(e);
                    }
                }
                self.benign(x);
                self.stmts(&body.stmts);
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            _ => {}
        }
    }
}
