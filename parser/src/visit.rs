//! A mutable walk over the syntax tree that hands every expression, [`NodeId`] and [`Span`]
//! to a visitor: the parser uses it to give cloned expressions fresh ids (implicit
//! repetition in `const` declarations), tests use it to compare trees modulo positions.
//!
//! The walk recurses; the parser's nesting limit ([`crate::nesting`]) bounds its depth.

use crate::ast::*;

pub trait VisitMut {
    fn node_id(&mut self, _id: &mut NodeId) {}
    fn span(&mut self, _span: &mut Span) {}
    /// Called for every expression before its parts are walked.
    fn expr(&mut self, _e: &mut Expr) {}
}

fn ident(v: &mut impl VisitMut, i: &mut Ident) {
    v.node_id(&mut i.id);
    v.span(&mut i.span);
}

fn opt_expr(v: &mut impl VisitMut, e: &mut Option<Box<Expr>>) {
    if let Some(e) = e {
        expr(v, e);
    }
}

pub fn expr(v: &mut impl VisitMut, e: &mut Expr) {
    v.expr(e);
    v.node_id(&mut e.id);
    v.span(&mut e.span);
    match &mut e.kind {
        ExprKind::Ident(i) => ident(v, i),
        ExprKind::BasicLit { .. } | ExprKind::Bad => {}
        ExprKind::CompositeLit { ty, elts, rbrace } => {
            opt_expr(v, ty);
            for el in elts {
                if let Some(k) = &mut el.key {
                    expr(v, k);
                }
                expr(v, &mut el.value);
            }
            v.span(rbrace);
        }
        ExprKind::FuncLit { sig, body } => {
            func_type(v, sig);
            block(v, body);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::SliceType(x) => expr(v, x),
        ExprKind::Selector { x, sel } => {
            expr(v, x);
            ident(v, sel);
        }
        ExprKind::Index { x, index } => {
            expr(v, x);
            expr(v, index);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(v, x);
            opt_expr(v, lo);
            opt_expr(v, hi);
            opt_expr(v, max);
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(v, x);
            opt_expr(v, ty);
        }
        ExprKind::Call { func, args, .. } => {
            expr(v, func);
            args.iter_mut().for_each(|a| expr(v, a));
        }
        ExprKind::Unary { x, .. } => expr(v, x),
        ExprKind::Binary { x, y, .. } => {
            expr(v, x);
            expr(v, y);
        }
        ExprKind::KeyValue { key, value } => {
            expr(v, key);
            expr(v, value);
        }
        ExprKind::ArrayType { len, elem } => {
            opt_expr(v, len);
            expr(v, elem);
        }
        ExprKind::EllipsisArray { elem } | ExprKind::ChanType { elem, .. } => expr(v, elem),
        ExprKind::MapType { key, value } => {
            expr(v, key);
            expr(v, value);
        }
        ExprKind::FuncType(f) => func_type(v, f),
        ExprKind::StructType(fields) => {
            for f in fields {
                f.names.iter_mut().for_each(|n| ident(v, n));
                expr(v, &mut f.ty);
                v.span(&mut f.span);
            }
        }
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { name, sig } => {
                        ident(v, name);
                        func_type(v, sig);
                    }
                    InterfaceElem::Embed(e) => expr(v, e),
                }
            }
        }
        ExprKind::Generic { x, args } => {
            expr(v, x);
            args.iter_mut().for_each(|a| expr(v, a));
        }
    }
}

fn param(v: &mut impl VisitMut, p: &mut Param) {
    p.names.iter_mut().for_each(|n| ident(v, n));
    expr(v, &mut p.ty);
    v.span(&mut p.span);
}

fn type_params(v: &mut impl VisitMut, tp: &mut TypeParams) {
    tp.list.iter_mut().for_each(|p| param(v, p));
    v.span(&mut tp.span);
}

fn func_type(v: &mut impl VisitMut, f: &mut FuncType) {
    f.params.iter_mut().for_each(|p| param(v, p));
    f.results.iter_mut().for_each(|p| param(v, p));
    v.span(&mut f.span);
}

pub fn block(v: &mut impl VisitMut, b: &mut Block) {
    b.stmts.iter_mut().for_each(|s| stmt(v, s));
    v.span(&mut b.span);
    v.span(&mut b.rbrace);
}

fn opt_stmt(v: &mut impl VisitMut, s: &mut Option<Box<Stmt>>) {
    if let Some(s) = s {
        stmt(v, s);
    }
}

pub fn stmt(v: &mut impl VisitMut, s: &mut Stmt) {
    v.span(&mut s.span);
    match &mut s.kind {
        StmtKind::Empty | StmtKind::Fallthrough => {}
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => expr(v, x),
        StmtKind::Send { ch, value } => {
            expr(v, ch);
            expr(v, value);
        }
        StmtKind::IncDec { x, .. } => expr(v, x),
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter_mut().for_each(|x| expr(v, x));
            rhs.iter_mut().for_each(|x| expr(v, x));
        }
        StmtKind::Decl(d) => decl(v, d),
        StmtKind::Return(xs) => xs.iter_mut().for_each(|x| expr(v, x)),
        StmtKind::Break(l) | StmtKind::Continue(l) => {
            if let Some(l) = l {
                ident(v, l);
            }
        }
        StmtKind::Goto(l) => ident(v, l),
        StmtKind::Block(b) => block(v, b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt_stmt(v, init);
            expr(v, cond);
            block(v, then);
            opt_stmt(v, els);
        }
        StmtKind::Switch {
            init,
            tag,
            body,
            rbrace,
        } => {
            opt_stmt(v, init);
            if let Some(t) = tag {
                expr(v, t);
            }
            for c in body {
                c.exprs.iter_mut().for_each(|x| expr(v, x));
                c.body.iter_mut().for_each(|s| stmt(v, s));
                v.span(&mut c.span);
            }
            v.span(rbrace);
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            body,
            rbrace,
        } => {
            opt_stmt(v, init);
            if let Some(b) = bind {
                ident(v, b);
            }
            expr(v, x);
            for c in body {
                c.types.iter_mut().for_each(|x| expr(v, x));
                if let Some(b) = &mut c.bind {
                    ident(v, b);
                }
                c.body.iter_mut().for_each(|s| stmt(v, s));
                v.span(&mut c.span);
            }
            v.span(rbrace);
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                opt_stmt(v, &mut c.comm);
                c.body.iter_mut().for_each(|s| stmt(v, s));
                v.span(&mut c.span);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt_stmt(v, init);
            if let Some(c) = cond {
                expr(v, c);
            }
            opt_stmt(v, post);
            block(v, body);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            if let Some(k) = key {
                expr(v, k);
            }
            if let Some(val) = value {
                expr(v, val);
            }
            expr(v, x);
            block(v, body);
        }
        StmtKind::Labeled { label, stmt: s } => {
            ident(v, label);
            stmt(v, s);
        }
    }
}

/// The parts of a `const` or `var` spec.
fn value_spec(
    v: &mut impl VisitMut,
    names: &mut [Ident],
    ty: &mut Option<Expr>,
    values: &mut [Expr],
    span: &mut Span,
) {
    names.iter_mut().for_each(|n| ident(v, n));
    if let Some(t) = ty {
        expr(v, t);
    }
    values.iter_mut().for_each(|x| expr(v, x));
    v.span(span);
}

pub fn decl(v: &mut impl VisitMut, d: &mut Decl) {
    match d {
        Decl::Const(specs) => {
            for s in specs {
                value_spec(v, &mut s.names, &mut s.ty, &mut s.values, &mut s.span);
            }
        }
        Decl::Var(specs) => {
            for s in specs {
                value_spec(v, &mut s.names, &mut s.ty, &mut s.values, &mut s.span);
            }
        }
        Decl::Type(specs) => {
            for s in specs {
                ident(v, &mut s.name);
                if let Some(tp) = &mut s.type_params {
                    type_params(v, tp);
                }
                expr(v, &mut s.ty);
                v.span(&mut s.span);
            }
        }
        Decl::Func(f) => {
            if let Some(r) = &mut f.recv {
                param(v, r);
            }
            ident(v, &mut f.name);
            if let Some(tp) = &mut f.type_params {
                type_params(v, tp);
            }
            func_type(v, &mut f.sig);
            if let Some(b) = &mut f.body {
                block(v, b);
            }
            v.span(&mut f.span);
        }
    }
}

pub fn file(v: &mut impl VisitMut, f: &mut File) {
    ident(v, &mut f.package);
    for i in &mut f.imports {
        if let Some(n) = &mut i.name {
            ident(v, n);
        }
        v.span(&mut i.span);
    }
    f.decls.iter_mut().for_each(|d| decl(v, d));
}
