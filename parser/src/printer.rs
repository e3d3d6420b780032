//! Renders syntax trees back to Go source the way Go's own syntax printer does
//! (`cmd/compile/internal/syntax/printer.go`), for error messages (`cannot use x + 1 (untyped
//! int constant) as string value`) and for round-trip tests.
//!
//! [`expr_string`] is Go's `syntax.String` (ShortForm): non-empty composite literal and
//! function literal bodies print as `{…}`. [`expr_source`] and [`file_source`] print
//! everything, so the text parses back to the same tree (comments aside; statements are
//! separated by `;` and newlines, without indentation).

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

/// The expression as Go source that parses back to the same tree.
pub fn expr_source(e: &Expr) -> String {
    let mut p = Printer {
        out: String::new(),
        elide: false,
    };
    p.expr(e);
    p.out
}

/// The file as Go source that parses back to the same tree.
pub fn file_source(f: &File) -> String {
    let mut p = Printer {
        out: String::new(),
        elide: false,
    };
    p.s(&format!("package {}\n", f.package.name));
    for imp in &f.imports {
        let name = imp
            .name
            .as_ref()
            .map_or(String::new(), |n| format!("{} ", n.name));
        p.s(&format!("import {name}{:?}\n", imp.path));
    }
    for d in &f.decls {
        p.decl(d);
        p.s("\n");
    }
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
                if self.elide {
                    self.s(if body.stmts.is_empty() {
                        " {}"
                    } else {
                        " {…}"
                    });
                } else {
                    self.s(" ");
                    self.block(body);
                }
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

    fn opt_expr(&mut self, prefix: &str, e: &Option<Expr>) {
        if let Some(e) = e {
            self.s(prefix);
            self.expr(e);
        }
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(specs) => {
                self.s("const (\n");
                for spec in specs {
                    // An implicit repetition prints as written: names only.
                    let (ty, values) = if spec.implicit {
                        (&None, &[][..])
                    } else {
                        (&spec.ty, &spec.values[..])
                    };
                    self.value_spec(&spec.names, ty, values);
                }
                self.s(")");
            }
            Decl::Var(specs) => {
                self.s("var (\n");
                for spec in specs {
                    self.value_spec(&spec.names, &spec.ty, &spec.values);
                }
                self.s(")");
            }
            Decl::Type(specs) => {
                self.s("type (\n");
                for spec in specs {
                    self.s(&spec.name.name);
                    if let Some(tp) = &spec.type_params {
                        self.type_params(tp);
                    }
                    self.s(if spec.alias { " = " } else { " " });
                    self.expr(&spec.ty);
                    self.s("\n");
                }
                self.s(")");
            }
            Decl::Func(f) => {
                self.s("func ");
                if let Some(recv) = &f.recv {
                    self.params(std::slice::from_ref(recv), false);
                    self.s(" ");
                }
                self.s(&f.name.name);
                if let Some(tp) = &f.type_params {
                    self.type_params(tp);
                }
                self.signature(&f.sig);
                if let Some(body) = &f.body {
                    self.s(" ");
                    self.block(body);
                }
            }
        }
    }

    /// `names [type] [= values]` and a newline.
    fn value_spec(&mut self, names: &[Ident], ty: &Option<Expr>, values: &[Expr]) {
        self.names(names);
        self.opt_expr(" ", ty);
        if !values.is_empty() {
            self.s(" = ");
            self.list(values);
        }
        self.s("\n");
    }

    fn names(&mut self, names: &[Ident]) {
        let names: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        self.s(&names.join(", "));
    }

    fn block(&mut self, b: &Block) {
        self.s("{\n");
        self.stmts(&b.stmts);
        self.s("}");
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for st in stmts {
            self.stmt(st);
            self.s(";\n");
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(x) => self.expr(x),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.s(" <- ");
                self.expr(value);
            }
            StmtKind::IncDec { x, inc } => {
                self.expr(x);
                self.s(if *inc { "++" } else { "--" });
            }
            StmtKind::Assign { lhs, op, rhs } => {
                self.list(lhs);
                match op {
                    AssignOp::Assign => self.s(" = "),
                    AssignOp::Define => self.s(" := "),
                    AssignOp::Op(op) => self.s(&format!(" {op}= ")),
                }
                self.list(rhs);
            }
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Go(x) => {
                self.s("go ");
                self.expr(x);
            }
            StmtKind::Defer(x) => {
                self.s("defer ");
                self.expr(x);
            }
            StmtKind::Return(xs) => {
                self.s("return ");
                self.list(xs);
            }
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                self.s(if matches!(st.kind, StmtKind::Break(_)) {
                    "break"
                } else {
                    "continue"
                });
                if let Some(l) = label {
                    self.s(" ");
                    self.s(&l.name);
                }
            }
            StmtKind::Goto(label) => {
                self.s("goto ");
                self.s(&label.name);
            }
            StmtKind::Fallthrough => self.s("fallthrough"),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.s("if ");
                if let Some(init) = init {
                    self.stmt(init);
                    self.s("; ");
                }
                self.expr(cond);
                self.s(" ");
                self.block(then);
                if let Some(els) = els {
                    self.s(" else ");
                    self.stmt(els);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.s("switch ");
                if let Some(init) = init {
                    self.stmt(init);
                    self.s("; ");
                }
                if let Some(tag) = tag {
                    self.expr(tag);
                    self.s(" ");
                }
                self.s("{\n");
                for c in body {
                    self.clause(&c.exprs, c.default, &c.body);
                }
                self.s("}");
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                self.s("switch ");
                if let Some(init) = init {
                    self.stmt(init);
                    self.s("; ");
                }
                if let Some(bind) = bind {
                    self.s(&bind.name);
                    self.s(" := ");
                }
                self.expr(x);
                self.s(".(type) {\n");
                for c in body {
                    self.clause(&c.types, c.default, &c.body);
                }
                self.s("}");
            }
            StmtKind::Select(clauses) => {
                self.s("select {\n");
                for c in clauses {
                    match &c.comm {
                        Some(comm) => {
                            self.s("case ");
                            self.stmt(comm);
                            self.s(":\n");
                        }
                        None => self.s("default:\n"),
                    }
                    self.stmts(&c.body);
                }
                self.s("}");
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.s("for ");
                if init.is_some() || post.is_some() {
                    self.opt_stmt(init);
                    self.s("; ");
                    self.opt_expr("", cond);
                    self.s("; ");
                    self.opt_stmt(post);
                } else {
                    self.opt_expr("", cond);
                }
                self.s(" ");
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.s("for ");
                if let Some(k) = key {
                    self.expr(k);
                    self.opt_expr(", ", value);
                    self.s(if *define { " := " } else { " = " });
                }
                self.s("range ");
                self.expr(x);
                self.s(" ");
                self.block(body);
            }
            StmtKind::Labeled { label, stmt } => {
                self.s(&label.name);
                self.s(":\n");
                self.stmt(stmt);
            }
        }
    }

    fn clause(&mut self, exprs: &[Expr], default: bool, body: &[Stmt]) {
        if default {
            self.s("default:\n");
        } else {
            self.s("case ");
            self.list(exprs);
            self.s(":\n");
        }
        self.stmts(body);
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

    /// `[K comparable, V any]`: the parameter list's shape in brackets.
    fn type_params(&mut self, tp: &TypeParams) {
        let start = self.out.len();
        self.params(&tp.list, false);
        self.out.replace_range(start..start + 1, "[");
        self.out.pop();
        self.s("]");
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
