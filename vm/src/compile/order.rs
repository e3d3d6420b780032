//! gc's order of evaluation inside one expression or statement.
//!
//! The spec fixes only the order of function calls, method calls and channel operations
//! (left to right); when a plain operand — a variable, a field, an element, a
//! dereference — is read relative to a call is left open. gc reads plain operands after
//! every call of the expression has been made: in `x + f()`, `g(x, f())` or
//! `a, b = x, f()`, a change `f` makes to `x` is seen, and in `s[i] + f()` an index out
//! of range panics only after `f` ran.
//!
//! minigo compiles expressions in one recursive pass, operands left to right. To get gc's
//! order, a node with several operands (a binary operator, a call's receiver and
//! arguments, a composite literal's elements, an index or slice expression, an
//! assignment's two sides) first *hoists* every call among its operands when one follows
//! the first operand: each call is compiled, innermost first and left to right, into the
//! register that holds its result, and recorded in `FnBuilder::hoisted`. Compiling the
//! node afterwards finds each hoisted call already done and reads plain operands then.
//!
//! Not hoisted: the right side of `&&` and `||` (it may not run at all), function
//! literals (their bodies run later), conversions and builtins (not calls; their operands
//! are searched), and calls with several results (they are a whole argument list).

use minigo_parser::ast::{BinaryOp, Expr, ExprKind, Ident};
use minigo_types::{Mode, ObjKind, Selection, Type};

use super::{CResult, Compiler};

impl Compiler<'_> {
    /// Hoists the calls among `operands` (one node's operands, in evaluation order) when
    /// a plain operand comes before a call, the only case where the order shows.
    pub(crate) fn hoist_calls(&mut self, operands: &[&Expr]) -> CResult<()> {
        let Some(last) = operands.iter().rposition(|e| self.contains_call(e)) else { return Ok(()) };
        if !operands[..last].iter().any(|e| self.reads_outside_calls(e)) {
            return Ok(());
        }
        for e in operands {
            self.hoist_in(e)?;
        }
        Ok(())
    }

    /// Compiles every hoistable call inside `e`, innermost first.
    fn hoist_in(&mut self, e: &Expr) -> CResult<()> {
        if self.f().hoisted.contains_key(&e.id) {
            return Ok(());
        }
        for x in operands(e) {
            self.hoist_in(x)?;
        }
        if self.is_hoistable_call(e)? {
            let r = self.expr_raw(e)?;
            self.f().hoisted.insert(e.id, r);
        }
        Ok(())
    }

    /// A call of a function or method with at most one result.
    fn is_hoistable_call(&self, e: &Expr) -> CResult<bool> {
        let ExprKind::Call { func, .. } = &e.kind else { return Ok(false) };
        if matches!(self.mode_of(func), Some(Mode::TypeExpr | Mode::Builtin)) {
            return Ok(false);
        }
        Ok(!matches!(self.types.get(self.ty_of(e)?), Type::Tuple(_)))
    }

    fn contains_call(&self, e: &Expr) -> bool {
        self.is_hoistable_call(e).unwrap_or(false) || operands(e).into_iter().any(|x| self.contains_call(x))
    }

    /// Whether evaluating `e` reads a variable or memory other than through a call made
    /// inside it (constants, functions and package names read nothing).
    fn reads_outside_calls(&self, e: &Expr) -> bool {
        if self.info.types.get(&e.id).is_some_and(|tv| tv.value.is_some()) || self.is_hoistable_call(e).unwrap_or(false) {
            return false;
        }
        let is_var = |id: &Ident| self.info.uses.get(&id.id).is_some_and(|o| matches!(self.info.objects[o.0 as usize].kind, ObjKind::Var { .. }));
        match &e.kind {
            ExprKind::Ident(id) => is_var(id),
            // A package member: `pkg.Var` reads, `pkg.Func` does not.
            ExprKind::Selector { sel, .. } if matches!(self.info.selections.get(&e.id), None | Some(Selection::Qualified { .. })) => is_var(sel),
            ExprKind::FuncLit { .. } => false,
            _ => operands(e).into_iter().any(|x| self.reads_outside_calls(x)),
        }
    }
}

/// The value operands of `e` in evaluation order (type expressions, function literal
/// bodies and the right side of `&&`/`||` excluded).
pub(crate) fn operands(e: &Expr) -> Vec<&Expr> {
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } | ExprKind::TypeAssert { x, .. } => vec![x],
        ExprKind::Selector { x, .. } => vec![x],
        ExprKind::Index { x, index } => vec![x, index],
        ExprKind::Slice { x, lo, hi, max, .. } => std::iter::once(&**x).chain([lo, hi, max].into_iter().flatten().map(|b| &**b)).collect(),
        ExprKind::Call { func, args, .. } => std::iter::once(&**func).chain(args).collect(),
        ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, x, .. } => vec![x],
        ExprKind::Binary { x, y, .. } => vec![x, y],
        ExprKind::KeyValue { key, value } => vec![key, value],
        ExprKind::CompositeLit { elts, .. } => elts.iter().flat_map(|el| el.key.iter().chain([&el.value])).collect(),
        _ => Vec::new(),
    }
}
