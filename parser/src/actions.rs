//! The grammar's semantic actions: [`Ctx`] numbers nodes, turns token offsets into spans
//! (adding the file's `base`), and assembles the `ast` nodes whose shape needs more than one
//! production (parameter grouping, `const` iota and implicit repetition, type switches, range
//! clauses). Errors found here (not by the LR automaton) are collected in `Ctx::errors`.

use crate::ast::*;
use crate::printer;
use crate::visit::{self, VisitMut};
use crate::SyntaxError;
use minigo_lexer::{Token, TokenKind};

fn is_literal(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Number(_) | TokenKind::Rune | TokenKind::String
    )
}

pub struct Ctx<'s> {
    src: &'s str,
    base: u32,
    next_id: u32,
    pub errors: Vec<SyntaxError>,
    /// Errors Go's type checker reports: they only show when the file has no syntax error.
    pub checker_errors: Vec<SyntaxError>,
    /// Offsets of literals with a lexical error, which become `ExprKind::Bad`.
    bad_literals: Vec<u32>,
}

/// A parenthesized parameter (or result) list as written.
pub struct ParamList {
    pub items: Vec<ParamItem>,
    /// Offset of the closing `)`, where Go reports a missing parameter type.
    pub close: usize,
}

/// One entry of a parameter list as written (`a`, `a int`, `...int`) before Go's grouping
/// rule decides whether bare entries are names or types.
pub struct ParamItem {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// Offset of `...` when the entry is variadic.
    pub dots: Option<usize>,
    pub span: Span,
}

/// A `case`/`default` clause before it is known whether the switch is a type switch.
pub struct Clause {
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `switch init; tag {`: the tag is a simple statement because it may be `v := x.(type)`.
pub struct SwitchHead {
    pub init: Option<Stmt>,
    pub tag: Option<Stmt>,
}

/// Gives every node it visits a fresh id.
struct Renumber<'a, 's>(&'a mut Ctx<'s>);

impl VisitMut for Renumber<'_, '_> {
    fn node_id(&mut self, id: &mut NodeId) {
        *id = self.0.id();
    }
}

impl<'s> Ctx<'s> {
    pub fn new(src: &'s str, base: u32, first_node: u32) -> Ctx<'s> {
        Ctx {
            src,
            base,
            next_id: first_node,
            errors: Vec::new(),
            checker_errors: Vec::new(),
            bad_literals: Vec::new(),
        }
    }

    /// Remembers which literal tokens the lexer found malformed (errors at these offsets).
    pub fn mark_bad_literals(
        &mut self,
        tokens: &[Token],
        error_offsets: impl Iterator<Item = u32>,
    ) {
        for offset in error_offsets {
            let i = tokens.partition_point(|t| t.hi < offset);
            if let Some(t) = tokens
                .get(i)
                .filter(|t| t.lo <= offset && is_literal(t.kind))
            {
                self.bad_literals.push(t.lo);
            }
        }
        self.bad_literals.sort_unstable();
    }

    pub fn node_count(&self) -> u32 {
        self.next_id
    }

    pub fn error(&mut self, offset: usize, msg: impl Into<String>) {
        self.errors.push(SyntaxError {
            offset: self.base + offset as u32,
            msg: msg.into(),
        });
    }

    pub fn checker_error(&mut self, offset: usize, msg: impl Into<String>) {
        self.checker_errors.push(SyntaxError {
            offset: self.base + offset as u32,
            msg: msg.into(),
        });
    }

    fn id(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        id
    }

    pub fn span(&self, l: usize, r: usize) -> Span {
        Span {
            lo: self.base + l as u32,
            hi: self.base + r as u32,
        }
    }

    /// Source offset (without base) of a span's start.
    fn offset(&self, span: Span) -> usize {
        (span.lo - self.base) as usize
    }

    pub fn text(&self, l: usize, r: usize) -> &'s str {
        &self.src[l..r]
    }

    pub fn ident(&mut self, l: usize, r: usize) -> Ident {
        Ident {
            id: self.id(),
            name: self.text(l, r).to_string(),
            span: self.span(l, r),
        }
    }

    pub fn expr(&mut self, l: usize, r: usize, kind: ExprKind) -> Expr {
        Expr {
            id: self.id(),
            span: self.span(l, r),
            kind,
        }
    }

    pub fn lit(&mut self, l: usize, r: usize, kind: LitKind) -> Expr {
        if self.bad_literals.binary_search(&(l as u32)).is_ok() {
            return self.expr(l, r, ExprKind::Bad);
        }
        let raw = self.text(l, r).to_string();
        self.expr(l, r, ExprKind::BasicLit { kind, raw })
    }

    pub fn stmt(&self, l: usize, r: usize, kind: StmtKind) -> Stmt {
        Stmt {
            span: self.span(l, r),
            kind,
        }
    }

    pub fn file(&mut self, package: Ident, imports: Vec<ImportSpec>, decls: Vec<Decl>) -> File {
        File {
            package,
            imports,
            decls,
            node_count: 0,
        }
    }

    /// A struct tag's value (the literal unquoted).
    pub fn tag(&self, l: usize, r: usize) -> String {
        let bytes = minigo_lexer::unquote_string(self.text(l, r)).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    pub fn import(
        &mut self,
        name: Option<Ident>,
        path_lo: usize,
        r: usize,
        l: usize,
    ) -> ImportSpec {
        let bytes = minigo_lexer::unquote_string(self.text(path_lo, r)).unwrap_or_default();
        let path = String::from_utf8_lossy(&bytes).into_owned();
        if path.is_empty() {
            self.error(path_lo, "invalid import path: ");
        }
        ImportSpec {
            name,
            path,
            span: self.span(l, r),
        }
    }

    /// Fills in `iota` and expands implicit repetition with freshly numbered clones.
    pub fn const_decl(&mut self, mut specs: Vec<ConstSpec>) -> Decl {
        let mut previous: Option<(Option<Expr>, Vec<Expr>)> = None;
        for (iota, spec) in specs.iter_mut().enumerate() {
            spec.iota = iota as u32;
            if spec.implicit {
                if let Some((ty, values)) = &previous {
                    let (mut ty, mut values) = (ty.clone(), values.clone());
                    let mut renumber = Renumber(self);
                    if let Some(t) = &mut ty {
                        visit::expr(&mut renumber, t);
                    }
                    values
                        .iter_mut()
                        .for_each(|v| visit::expr(&mut renumber, v));
                    spec.ty = ty;
                    spec.values = values;
                }
            } else {
                previous = Some((spec.ty.clone(), spec.values.clone()));
            }
        }
        Decl::Const(specs)
    }

    #[allow(clippy::too_many_arguments)] // one per part of the production
    pub fn func_decl(
        &mut self,
        recv: Option<ParamList>,
        name: Ident,
        type_params: Option<TypeParams>,
        sig: FuncType,
        body: Option<Block>,
        l: usize,
        r: usize,
    ) -> FuncDecl {
        let recv = recv.and_then(|list| {
            let (mut params, _) = self.group_params(list);
            // Go's type checker reports these at the method name; the first receiver is kept.
            let at = self.offset(name.span);
            match params.as_slice() {
                [] => {
                    self.checker_error(at, "method has no receiver");
                    return None;
                }
                [only] if only.names.len() < 2 => {}
                _ => self.checker_error(at, "method has multiple receivers"),
            }
            params.truncate(1);
            params.pop()
        });
        FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            span: self.span(l, r),
        }
    }

    pub fn chan(&mut self, l: usize, r: usize, dir: ChanDir, elem: Expr) -> Expr {
        self.expr(
            l,
            r,
            ExprKind::ChanType {
                dir,
                elem: Box::new(elem),
            },
        )
    }

    pub fn func_type(&mut self, l: usize, r: usize, sig: FuncType) -> Expr {
        let sig = FuncType {
            span: self.span(l, r),
            ..sig
        };
        self.expr(l, r, ExprKind::FuncType(sig))
    }

    pub fn func_lit(&mut self, l: usize, r: usize, sig: FuncType, body: Block) -> Expr {
        let sig = FuncType {
            span: Span {
                lo: self.base + l as u32,
                hi: sig.span.hi,
            },
            ..sig
        };
        self.expr(l, r, ExprKind::FuncLit { sig, body })
    }

    /// The result list of a signature whose result is a single unnamed type.
    pub fn unnamed(&self, ty: Expr, r: usize) -> ParamList {
        ParamList {
            items: vec![ParamItem {
                name: None,
                span: ty.span,
                ty,
                dots: None,
            }],
            close: r,
        }
    }

    pub fn signature(
        &mut self,
        l: usize,
        r: usize,
        params: ParamList,
        results: ParamList,
    ) -> FuncType {
        let (params, variadic) = self.group_params(params);
        let (results, result_variadic) = self.group_params(results);
        if result_variadic {
            self.error(r, "cannot use ... in receiver or result parameter list");
        }
        FuncType {
            params,
            results,
            variadic,
            span: self.span(l, r),
        }
    }

    /// Go's rule for parameter lists (`paramList` in Go's parser): either every entry is a
    /// type, or the entries are `name Type` groups where bare names before a typed entry are
    /// further names of it (`a, b int`). Returns the groups and whether the last is variadic.
    fn group_params(&mut self, list: ParamList) -> (Vec<Param>, bool) {
        let ParamList { items, close } = list;
        let count = items.len();
        let mut variadic = false;
        for (i, item) in items.iter().enumerate() {
            if let Some(dots) = item.dots {
                if i + 1 == count {
                    variadic = true;
                } else {
                    self.error(dots, "can only use ... with final parameter");
                }
            }
        }
        let lone_name = |it: &ParamItem| {
            it.name.is_none() && it.dots.is_none() && matches!(it.ty.kind, ExprKind::Ident(_))
        };
        let named = items.iter().filter(|it| it.name.is_some()).count();
        let typed = items.iter().filter(|it| !lone_name(it)).count();
        if named == 0 {
            let params = items
                .into_iter()
                .map(|it| Param {
                    names: vec![],
                    span: it.span,
                    ty: it.ty,
                })
                .collect();
            return (params, variadic);
        }
        // Right to left, as Go: bare names take the type to their right.
        let mut params: Vec<Param> = Vec::new();
        let mut error_at: Option<Span> = None;
        for item in items.into_iter().rev() {
            if lone_name(&item) {
                let ExprKind::Ident(name) = item.ty.kind else {
                    unreachable!("checked by lone_name")
                };
                match params.last_mut() {
                    Some(group) if !group.names.is_empty() => {
                        group.names.insert(0, name);
                        group.span.lo = item.span.lo;
                    }
                    _ => {
                        error_at = Some(name.span);
                        let ty = Expr {
                            id: item.ty.id,
                            span: name.span,
                            kind: ExprKind::Bad,
                        };
                        params.push(Param {
                            names: vec![name],
                            ty,
                            span: item.span,
                        });
                    }
                }
            } else {
                if item.name.is_none() {
                    error_at = Some(item.ty.span);
                }
                params.push(Param {
                    names: item.name.into_iter().collect(),
                    ty: item.ty,
                    span: item.span,
                });
            }
        }
        params.reverse();
        if let Some(span) = error_at {
            if named == typed {
                self.error(close, "syntax error: missing parameter type");
            } else {
                let at = self.offset(span);
                self.error(at, "syntax error: missing parameter name");
            }
        }
        (params, variadic)
    }

    pub fn binary(&mut self, l: usize, r: usize, op: BinaryOp, x: Expr, y: Expr) -> Expr {
        self.expr(
            l,
            r,
            ExprKind::Binary {
                op,
                x: Box::new(x),
                y: Box::new(y),
            },
        )
    }

    /// A unary expression; `<-chan T` in an expression is the receive-only channel type.
    pub fn unary(&mut self, l: usize, r: usize, op: UnaryOp, x: Expr) -> Expr {
        if op == UnaryOp::Recv && matches!(x.kind, ExprKind::ChanType { .. }) {
            return self.recv_chan(l, r, x);
        }
        self.expr(l, r, ExprKind::Unary { op, x: Box::new(x) })
    }

    /// `<-` before a channel type read as an expression is part of the type, and binds to
    /// the leftmost `chan`: `<-chan T` is parsed as `<-(chan T)`, and `<-chan <-chan T` as
    /// `<-(chan<- (chan T))`, which becomes `<-chan (<-chan T)` by moving each arrow one
    /// `chan` to the right.
    fn recv_chan(&mut self, l: usize, r: usize, x: Expr) -> Expr {
        match x.kind {
            ExprKind::ChanType { dir: ChanDir::Both, elem } => self.chan(l, r, ChanDir::Recv, *elem),
            ExprKind::ChanType { dir: ChanDir::Send, elem } => {
                let inner = self.recv_chan(elem.span.lo as usize, elem.span.hi as usize, *elem);
                self.chan(l, r, ChanDir::Recv, inner)
            }
            kind => {
                let found = self.expr(l, r, kind);
                let text = crate::printer::expr_string(&found);
                self.error(found.span.hi as usize, format!("syntax error: unexpected {text}, expected chan"));
                found
            }
        }
    }

    pub fn slice(
        &mut self,
        l: usize,
        r: usize,
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
    ) -> Expr {
        let kind = ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: None,
            three: false,
        };
        self.expr(l, r, kind)
    }

    /// `x[lo:hi:max]`, where Go's parser requires `hi` and `max` but goes on without them.
    #[allow(clippy::too_many_arguments)] // one per part of the production
    pub fn slice3(
        &mut self,
        l: usize,
        r: usize,
        x: Expr,
        lo: Option<Expr>,
        (hi, second_colon): (Option<Expr>, usize),
        (max, rbrack): (Option<Expr>, usize),
    ) -> Expr {
        if hi.is_none() {
            self.error(second_colon, "middle index required in 3-index slice");
        }
        if max.is_none() {
            self.error(rbrack, "final index required in 3-index slice");
        }
        let kind = ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: max.map(Box::new),
            three: true,
        };
        self.expr(l, r, kind)
    }

    pub fn call(
        &mut self,
        l: usize,
        r: usize,
        func: Expr,
        args: Vec<Expr>,
        ellipsis: bool,
    ) -> Expr {
        self.expr(
            l,
            r,
            ExprKind::Call {
                func: Box::new(func),
                args,
                ellipsis,
            },
        )
    }

    pub fn composite(
        &mut self,
        l: usize,
        r: usize,
        ty: Option<Expr>,
        (elts, rbrace): (Vec<Element>, Span),
    ) -> Expr {
        self.expr(
            l,
            r,
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elts,
                rbrace,
            },
        )
    }

    pub fn block(&self, l: usize, r: usize, rbrace_lo: usize, stmts: Vec<Stmt>) -> Block {
        Block {
            stmts,
            span: self.span(l, r),
            rbrace: self.span(rbrace_lo, r),
        }
    }

    /// `go x` / `defer x`: Go's parser rejects parentheses around the call (and unwraps
    /// them); that it is a call at all the checker verifies.
    pub fn call_stmt(&mut self, l: usize, r: usize, keyword: &str, mut x: Expr) -> Stmt {
        if matches!(x.kind, ExprKind::Paren(_)) {
            let at = self.offset(x.span);
            self.error(
                at,
                format!("expression in {keyword} must not be parenthesized"),
            );
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
        }
        let kind = if keyword == "go" {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        self.stmt(l, r, kind)
    }

    pub fn labeled(&self, l: usize, r: usize, label: Ident, stmt: Option<Stmt>) -> Stmt {
        let stmt = stmt.unwrap_or_else(|| self.stmt(r, r, StmtKind::Empty));
        self.stmt(
            l,
            r,
            StmtKind::Labeled {
                label,
                stmt: Box::new(stmt),
            },
        )
    }

    pub fn if_stmt(
        &mut self,
        l: usize,
        r: usize,
        init: Option<Stmt>,
        cond: Stmt,
        then: Block,
        els: Option<Stmt>,
    ) -> Stmt {
        let cond = self.condition(cond);
        self.stmt(
            l,
            r,
            StmtKind::If {
                init: init.map(Box::new),
                cond,
                then,
                els: els.map(Box::new),
            },
        )
    }

    pub fn for_stmt(
        &mut self,
        l: usize,
        r: usize,
        init: Option<Stmt>,
        cond: Option<Expr>,
        post: Option<Stmt>,
        body: Block,
    ) -> Stmt {
        if let Some(
            post @ Stmt {
                kind:
                    StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    },
                ..
            },
        ) = &post
        {
            let at = self.operator_offset(post);
            self.error(
                at,
                "syntax error: cannot declare in post statement of for loop",
            );
        }
        self.stmt(
            l,
            r,
            StmtKind::For {
                init: init.map(Box::new),
                cond,
                post: post.map(Box::new),
                body,
            },
        )
    }

    /// The condition of an `if`/`for` header, which Go parses as a simple statement: anything
    /// but an expression is reported (`cannot use assignment x = 1 as value`).
    pub fn condition(&mut self, cond: Stmt) -> Expr {
        match cond.kind {
            StmtKind::Expr(x) => x,
            _ => {
                let at = self.operator_offset(&cond);
                let what = printer::simple_stmt_string(&cond);
                self.error(at, format!("syntax error: cannot use {what} as value"));
                let (lo, hi) = (self.offset(cond.span), (cond.span.hi - self.base) as usize);
                self.expr(lo, hi, ExprKind::Bad)
            }
        }
    }

    /// Where Go positions a simple statement: at its operator (`=`, `:=`, `++`, `<-`).
    fn operator_offset(&self, s: &Stmt) -> usize {
        let (after, op) = match &s.kind {
            StmtKind::Assign { lhs, op, .. } => (
                lhs.last().map(|x| x.span.hi),
                match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(op) => format!("{op}="),
                },
            ),
            StmtKind::IncDec { x, inc } => {
                (Some(x.span.hi), if *inc { "++" } else { "--" }.to_string())
            }
            StmtKind::Send { ch, .. } => (Some(ch.span.hi), "<-".to_string()),
            _ => (None, String::new()),
        };
        let start = after.map_or(self.offset(s.span), |hi| (hi - self.base) as usize);
        let found = self
            .src
            .get(start..)
            .and_then(|rest| rest.find(op.as_str()));
        found.map_or(self.offset(s.span), |i| start + i)
    }

    pub fn switch_stmt(
        &mut self,
        l: usize,
        r: usize,
        rbrace_lo: usize,
        head: SwitchHead,
        clauses: Vec<Clause>,
    ) -> Stmt {
        let rbrace = self.span(rbrace_lo, r);
        let init = head.init.map(Box::new);
        let guard = head.tag.map(|tag| self.type_switch_guard(tag));
        match guard {
            Some(Ok((bind, x))) => {
                let body = clauses
                    .into_iter()
                    .map(|c| {
                        let bind = bind.as_ref().map(|b| Ident {
                            id: self.id(),
                            name: b.name.clone(),
                            span: b.span,
                        });
                        TypeCaseClause {
                            types: c.exprs,
                            default: c.default,
                            body: c.body,
                            bind,
                            span: c.span,
                        }
                    })
                    .collect();
                self.stmt(
                    l,
                    r,
                    StmtKind::TypeSwitch {
                        init,
                        bind,
                        x,
                        body,
                        rbrace,
                    },
                )
            }
            Some(Err(tag)) => {
                let body = clauses.into_iter().map(|c| self.case_clause(c)).collect();
                self.stmt(
                    l,
                    r,
                    StmtKind::Switch {
                        init,
                        tag,
                        body,
                        rbrace,
                    },
                )
            }
            None => {
                let body = clauses.into_iter().map(|c| self.case_clause(c)).collect();
                self.stmt(
                    l,
                    r,
                    StmtKind::Switch {
                        init,
                        tag: None,
                        body,
                        rbrace,
                    },
                )
            }
        }
    }

    fn case_clause(&self, c: Clause) -> CaseClause {
        CaseClause {
            exprs: c.exprs,
            default: c.default,
            body: c.body,
            span: c.span,
        }
    }

    /// Splits a switch tag into a type switch guard (`x.(type)` or `v := x.(type)`), or
    /// else the expression switch's tag.
    fn type_switch_guard(&mut self, tag: Stmt) -> Result<(Option<Ident>, Expr), Option<Expr>> {
        let is_guard = |e: &Expr| matches!(e.kind, ExprKind::TypeAssert { ty: None, .. });
        match tag.kind {
            StmtKind::Expr(x) if is_guard(&x) => Ok((None, unwrap_guard(x))),
            StmtKind::Expr(x) => Err(Some(x)),
            StmtKind::Assign {
                mut lhs,
                op: AssignOp::Define,
                mut rhs,
            } if lhs.len() == 1 && rhs.len() == 1 && is_guard(&rhs[0]) => {
                let x = unwrap_guard(rhs.pop().unwrap());
                match lhs.pop().unwrap().kind {
                    ExprKind::Ident(bind) => Ok((Some(bind), x)),
                    _ => {
                        let at = self.offset(tag.span);
                        self.error(at, "syntax error: invalid variable name in type switch");
                        Ok((None, x))
                    }
                }
            }
            _ => {
                let at = self.operator_offset(&tag);
                let what = printer::simple_stmt_string(&tag);
                self.error(at, format!("syntax error: cannot use {what} as value"));
                Err(None)
            }
        }
    }

    pub fn range(
        &mut self,
        l: usize,
        r: usize,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    ) -> Stmt {
        let mut lhs = lhs.into_iter();
        let key = lhs.next();
        let value = lhs.next();
        if let Some(extra) = lhs.next() {
            let at = self.offset(extra.span);
            self.checker_error(at, "range clause permits at most two iteration variables");
        }
        self.stmt(
            l,
            r,
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
        )
    }
}

/// `x.(type)` → `x`.
fn unwrap_guard(e: Expr) -> Expr {
    match e.kind {
        ExprKind::TypeAssert { x, ty: None } => *x,
        kind => Expr { kind, ..e },
    }
}
