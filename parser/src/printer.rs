//! Renders expressions back to Go source the way Go's own syntax printer does
//! (`cmd/compile/internal/syntax/printer.go`), for error messages (`cannot use x + 1 (untyped
//! int constant) as string value`) and for round-trip tests.
//!
//! [`expr_string`] is Go's `syntax.String` (ShortForm): non-empty composite literal and
//! function literal bodies print as `{…}`. [`expr_source`] prints composite literals in
//! full, so the text parses back to the same tree (function literal bodies are still elided:
//! statements are not printed).

use crate::ast::*;

/// Go's `syntax.String(x)`: the expression on one line, literal bodies elided as `{…}`.
pub fn expr_string(e: &Expr) -> String {
    let mut p = Printer {
        out: String::new(),
        elide: true,
    };
    p.expr(e);
    p.out
}

/// The expression as parseable Go source (function literal bodies elided as `{…}`).
pub fn expr_source(e: &Expr) -> String {
    let mut p = Printer {
        out: String::new(),
        elide: false,
    };
    p.expr(e);
    p.out
}

/// Go's rendering of a simple statement in "cannot use ... as value" errors:
/// `assignment x = (a + b)` (binary operands parenthesized), `x := 1`, `x++`, `c <- v`.
pub fn simple_stmt_string(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Assign {
            lhs,
            op: AssignOp::Assign,
            rhs,
        } => {
            let emphasize = |xs: &[Expr]| {
                if let [x @ Expr {
                    kind: ExprKind::Binary { .. },
                    ..
                }] = xs
                {
                    format!("({})", expr_string(x))
                } else {
                    list(xs)
                }
            };
            format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
        }
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
        } => format!("{} := {}", list(lhs), list(rhs)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Op(op),
            rhs,
        } => format!("{} {op}= {}", list(lhs), list(rhs)),
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { ch, value } => format!("{} <- {}", expr_string(ch), expr_string(value)),
        StmtKind::Expr(x) => expr_string(x),
        _ => "statement".to_string(),
    }
}

fn list(xs: &[Expr]) -> String {
    xs.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

struct Printer {
    out: String,
    elide: bool,
}

impl Printer {
    fn s(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn list(&mut self, xs: &[Expr]) {
        for (i, x) in xs.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(i) => self.s(&i.name),
            ExprKind::BasicLit { raw, .. } => self.s(raw),
            ExprKind::CompositeLit { ty, elts, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                self.s("{");
                if self.elide {
                    if !elts.is_empty() {
                        self.s("…");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if i > 0 {
                            self.s(", ");
                        }
                        if let Some(k) = &el.key {
                            self.expr(k);
                            self.s(": ");
                        }
                        self.expr(&el.value);
                    }
                }
                self.s("}");
            }
            ExprKind::FuncLit { sig, body } => {
                self.func_type(sig);
                self.s(if body.stmts.is_empty() {
                    " {}"
                } else {
                    " {…}"
                });
            }
            ExprKind::Paren(x) => {
                self.s("(");
                self.expr(x);
                self.s(")");
            }
            ExprKind::Selector { x, sel } => {
                self.expr(x);
                self.s(".");
                self.s(&sel.name);
            }
            ExprKind::Index { x, index } => {
                self.expr(x);
                self.s("[");
                self.expr(index);
                self.s("]");
            }
            ExprKind::Generic { x, args } => {
                self.expr(x);
                self.s("[");
                self.list(args);
                self.s("]");
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                self.s("[");
                for (i, part) in [lo, hi, max].into_iter().enumerate() {
                    if i == 2 && part.is_none() {
                        break;
                    }
                    if i > 0 {
                        self.s(":");
                    }
                    if let Some(p) = part {
                        self.expr(p);
                    }
                }
                self.s("]");
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(x);
                self.s(".(");
                match ty {
                    Some(t) => self.expr(t),
                    None => self.s("type"),
                }
                self.s(")");
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => {
                self.expr(func);
                self.s("(");
                self.list(args);
                if *ellipsis {
                    self.s("...");
                }
                self.s(")");
            }
            ExprKind::Star(x) => {
                self.s("*");
                self.expr(x);
            }
            ExprKind::Unary { op, x } => {
                self.s(op.as_str());
                // Keep `- -x` and `<-<-c` from fusing into other tokens.
                if matches!(&x.kind, ExprKind::Unary { op: inner, .. } if inner.as_str().starts_with(op.as_str().chars().last().unwrap_or(' ')))
                {
                    self.s(" ");
                }
                self.expr(x);
            }
            ExprKind::Binary { op, x, y } => {
                self.expr(x);
                self.s(" ");
                self.s(op.as_str());
                self.s(" ");
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.s(": ");
                self.expr(value);
            }
            ExprKind::ArrayType { len, elem } => {
                self.s("[");
                if let Some(n) = len {
                    self.expr(n);
                }
                self.s("]");
                self.expr(elem);
            }
            ExprKind::EllipsisArray { elem } => {
                self.s("[...]");
                self.expr(elem);
            }
            ExprKind::SliceType(elem) => {
                self.s("[]");
                self.expr(elem);
            }
            ExprKind::MapType { key, value } => {
                self.s("map[");
                self.expr(key);
                self.s("]");
                self.expr(value);
            }
            ExprKind::ChanType { dir, elem } => {
                self.s(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let recv_elem = matches!(
                    elem.kind,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
                if *dir == ChanDir::Both && recv_elem {
                    self.s("(");
                    self.expr(elem);
                    self.s(")");
                } else {
                    self.expr(elem);
                }
            }
            ExprKind::FuncType(sig) => self.func_type(sig),
            ExprKind::StructType(fields) => {
                self.s("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.s("; ");
                    }
                    for (j, n) in f.names.iter().enumerate() {
                        self.s(if j > 0 { ", " } else { "" });
                        self.s(&n.name);
                    }
                    if !f.names.is_empty() {
                        self.s(" ");
                    }
                    self.expr(&f.ty);
                    if let Some(tag) = &f.tag {
                        self.s(" ");
                        self.s(&format!("{tag:?}"));
                    }
                }
                self.s("}");
            }
            ExprKind::InterfaceType(elems) => {
                self.s("interface{");
                for (i, el) in elems.iter().enumerate() {
                    if i > 0 {
                        self.s("; ");
                    }
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.s(&name.name);
                            self.signature(sig);
                        }
                        InterfaceElem::Embed(t) => self.expr(t),
                    }
                }
                self.s("}");
            }
            ExprKind::Bad => self.s("<bad expr>"),
        }
    }

    fn func_type(&mut self, sig: &FuncType) {
        self.s("func");
        self.signature(sig);
    }

    fn signature(&mut self, sig: &FuncType) {
        self.params(&sig.params, sig.variadic);
        match sig.results.as_slice() {
            [] => {}
            [only] if only.names.is_empty() => {
                self.s(" ");
                self.expr(&only.ty);
            }
            results => {
                self.s(" ");
                self.params(results, false);
            }
        }
    }

    fn params(&mut self, params: &[Param], variadic: bool) {
        self.s("(");
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            for (j, n) in p.names.iter().enumerate() {
                self.s(if j > 0 { ", " } else { "" });
                self.s(&n.name);
            }
            if !p.names.is_empty() {
                self.s(" ");
            }
            if variadic && i + 1 == params.len() {
                self.s("...");
            }
            self.expr(&p.ty);
        }
        self.s(")");
    }
}
