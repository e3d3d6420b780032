//! Expressions printed as cmd/compile prints them in messages (the syntax package's short
//! form: composite literal and function bodies elided as `…`).
use minigo_parser::ast::{ChanDir, Expr, ExprKind, FuncType, InterfaceElem};

use super::Checker;

impl Checker<'_> {
    pub(crate) fn expr_str(&self, e: &Expr) -> String {
        let mut s = String::new();
        write_expr(&mut s, e, 0);
        s
    }
}

fn write_expr(s: &mut String, e: &Expr, depth: u32) {
    if depth > 64 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(i) => s.push_str(&i.name),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push('{');
            if !elts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(s, sig, d);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x, d);
            s.push('[');
            write_expr(s, index, d);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, three } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m, d);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, d);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { func, args, ellipsis } => {
            write_expr(s, func, d);
            s.push('(');
            write_list(s, args, d);
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, d);
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key, d);
            s.push_str(": ");
            write_expr(s, value, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, d);
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::EllipsisArray { elem } => {
            s.push_str("[...]");
            write_expr(s, elem, d);
        }
        ExprKind::SliceType(x) => {
            s.push_str("[]");
            write_expr(s, x, d);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, d);
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft, d);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    s.push(' ');
                }
                write_expr(s, &f.ty, d);
            }
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig, d);
                    }
                    InterfaceElem::Embed(x) => write_expr(s, x, d),
                }
            }
            s.push('}');
        }
        ExprKind::Generic { x, args } => {
            write_expr(s, x, d);
            s.push('[');
            write_list(s, args, d);
            s.push(']');
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

fn write_list(s: &mut String, xs: &[Expr], depth: u32) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, x, depth);
    }
}

fn write_sig(s: &mut String, ft: &FuncType, depth: u32) {
    s.push('(');
    for (i, p) in ft.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in p.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !p.names.is_empty() {
            s.push(' ');
        }
        if ft.variadic && i + 1 == ft.params.len() {
            s.push_str("...");
        }
        write_expr(s, &p.ty, depth);
    }
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    let paren = ft.results.len() > 1 || !ft.results[0].names.is_empty();
    if paren {
        s.push('(');
    }
    for (i, p) in ft.results.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in p.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !p.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, &p.ty, depth);
    }
    if paren {
        s.push(')');
    }
}
