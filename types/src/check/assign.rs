//! Operands and their descriptions in messages (`x (variable of type int)`), Go's
//! assignability rules, implicit conversion of untyped values to their context's type
//! (recording the final type on every node, like go/types' `updateExprType`), and
//! interface implementation with Go's "does not implement" causes.
use minigo_parser::ast::{Expr, ExprKind, Span, UnaryOp};

use crate::lookup::Found;
use super::Checker;
use crate::api::*;
use crate::constant::{self, Unrepresentable, Value};

/// What an operand is, as go/types' operand modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    /// A receive or type assertion, which may be used in comma-ok form.
    CommaOk,
    /// A package name used without selector.
    PkgName,
}

impl OpMode {
    pub(crate) fn to_api(self) -> Mode {
        match self {
            OpMode::Invalid | OpMode::Value | OpMode::CommaOk => Mode::Value,
            OpMode::NoValue | OpMode::PkgName => Mode::NoValue,
            OpMode::Builtin(_) => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
        }
    }
    fn describe(self) -> &'static str {
        match self {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue | OpMode::PkgName => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
        }
    }
    /// Has a value (may be assigned, passed, operated on).
    pub(crate) fn is_value(self) -> bool {
        matches!(self, OpMode::Constant | OpMode::Variable | OpMode::MapIndex | OpMode::Value | OpMode::CommaOk)
    }
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'e> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<Value>,
    /// The expression, for messages and for recording converted types; `None` for the
    /// elements of a multi-value call.
    pub expr: Option<&'e Expr>,
    /// For the elements of a multi-value call: the element's 1-based index and the call's
    /// span (Go calls it `1st function result` in messages).
    pub nth: Option<(usize, Span)>,
}

impl<'e> Operand<'e> {
    pub(crate) fn invalid(table: &TypeTable, expr: Option<&'e Expr>) -> Operand<'e> {
        Operand { mode: OpMode::Invalid, ty: table.invalid(), val: None, expr, nth: None }
    }
    /// The values of a multi-value call `call` with result types `ts`.
    pub(crate) fn tuple_elems(ts: &[TypeId], call: &Expr) -> Vec<Operand<'e>> {
        ts.iter().enumerate().map(|(i, &t)| Operand { mode: OpMode::Value, ty: t, val: None, expr: None, nth: Some((i + 1, call.span)) }).collect()
    }
    pub(crate) fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    pub(crate) fn is_nil(&self, table: &TypeTable) -> bool {
        table.get(self.ty) == &Type::Basic(BasicKind::UntypedNil)
    }
}

/// Why an untyped value cannot take a type.
enum UntypedErr {
    Repr(Unrepresentable),
    Mismatch,
}

impl<'a> Checker<'a> {
    /// Go's `operandString`: `x (variable of type int)`, `300 (untyped int constant)`,
    /// `c (constant 5 of type int)`, `nil`.
    pub(crate) fn describe(&self, x: &Operand) -> String {
        let table = &self.info.table;
        if x.is_nil(table) {
            return "nil".into();
        }
        let expr = match (x.expr, x.nth) {
            (Some(e), _) => self.expr_str(e),
            (None, Some((n, _))) => {
                let ext = match n {
                    1 => "st",
                    2 => "nd",
                    3 => "rd",
                    _ => "th",
                };
                format!("{n}{ext} function result")
            }
            (None, None) => match x.mode {
                OpMode::TypeExpr => self.type_string(x.ty),
                OpMode::Constant => x.val.as_ref().map(|v| v.short_string()).unwrap_or_default(),
                _ => String::new(),
            },
        };
        let mut s = String::new();
        if !expr.is_empty() {
            s.push_str(&expr);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr | OpMode::PkgName => {}
            _ => {
                if table.is_untyped(x.ty) {
                    s.push_str(table.basic_kind(x.ty).map(|k| k.name()).unwrap_or(""));
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(x.mode.describe());
        if x.mode == OpMode::Constant {
            if let Some(v) = &x.val {
                let vs = v.short_string();
                if vs != expr {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            if table.is_invalid(x.ty) {
                s.push_str(" with invalid type");
            } else {
                s.push_str(" of ");
                if table.as_named(x.ty).is_some() {
                    let kind = match table.under(x.ty) {
                        Type::Basic(k) => k.name(),
                        Type::Array { .. } => "array",
                        Type::Slice(_) => "slice",
                        Type::Struct(_) => "struct",
                        Type::Pointer(_) => "pointer",
                        Type::Func(_) => "func",
                        Type::Interface(_) | Type::Constraint { .. } => "interface",
                        Type::Map { .. } => "map",
                        Type::Chan { .. } => "chan",
                        Type::Tuple(_) => "tuple",
                        Type::Named(_) => "",
                    };
                    s.push_str(kind);
                    s.push(' ');
                }
                s.push_str("type ");
                s.push_str(&self.type_string(x.ty));
            }
        }
        if !expr.is_empty() {
            s.push(')');
        }
        s
    }

    /// Records the operand's final type, mode and value on its expression node.
    pub(crate) fn record(&mut self, x: &Operand) {
        if let Some(e) = x.expr {
            let tv = TypeAndValue { mode: x.mode.to_api(), ty: x.ty, value: x.val.clone() };
            // An identifier expression is recorded under both its expression and identifier ids.
            if let ExprKind::Ident(id) = &e.kind {
                self.info.types.insert(id.id, tv.clone());
            }
            self.info.types.insert(e.id, tv);
        }
    }

    /// Go's `assignment`: `x` is used as a value of type `t` in `context` (`assignment`,
    /// `argument`, `return statement`, ...). Converts untyped values, records implicit
    /// interface conversions, and reports `cannot use x as T value in context`.
    /// Returns false (after reporting) if the assignment is invalid.
    pub(crate) fn assign_to(&mut self, x: &mut Operand, t: TypeId, context: &str) -> bool {
        match x.mode {
            OpMode::Invalid => return false,
            m if m.is_value() => {}
            _ => {
                self.not_a_value(x);
                x.mode = OpMode::Invalid;
                return false;
            }
        }
        if self.info.table.is_invalid(t) {
            return false;
        }
        if self.info.table.is_untyped(x.ty) {
            let target = if self.info.table.is_interface(t) && !x.is_nil(&self.info.table) {
                self.info.table.default_type(x.ty)
            } else {
                t
            };
            if let Err(e) = self.implicit_type(x, target) {
                let mut msg = format!("cannot use {} as {} value in {context}", self.describe(x), self.type_string(target));
                match e {
                    UntypedErr::Repr(Unrepresentable::Truncated) => msg.push_str(" (truncated)"),
                    UntypedErr::Repr(Unrepresentable::Overflows) => msg.push_str(" (overflows)"),
                    _ => {}
                }
                self.error_at(x, msg);
                x.mode = OpMode::Invalid;
                return false;
            }
        }
        match self.assignable(x, t) {
            Ok(()) => {
                self.note_iface_conversion(x, t);
                true
            }
            Err(cause) => {
                let mut msg = format!("cannot use {} as {} value in {context}", self.describe(x), self.type_string(t));
                if !cause.is_empty() {
                    msg.push_str(": ");
                    msg.push_str(&cause);
                }
                self.error_at(x, msg);
                x.mode = OpMode::Invalid;
                false
            }
        }
    }

    pub(crate) fn error_at(&mut self, x: &Operand, msg: String) {
        let span = x.expr.map(|e| e.span).or(x.nth.map(|n| n.1)).unwrap_or_default();
        self.error(span, msg);
    }

    pub(crate) fn not_a_value(&mut self, x: &Operand) {
        let msg = match x.mode {
            OpMode::NoValue => format!("{} (no value) used as value", x.expr.map(|e| self.expr_str(e)).unwrap_or_default()),
            OpMode::Builtin(_) => format!("{} (built-in) must be called", x.expr.map(|e| self.expr_str(e)).unwrap_or_default()),
            OpMode::TypeExpr => format!("{} (type) is not an expression", x.expr.map(|e| self.expr_str(e)).unwrap_or_default()),
            OpMode::PkgName => format!("use of package {} without selector", x.expr.map(|e| self.expr_str(e)).unwrap_or_default()),
            _ => return,
        };
        self.error_at(x, msg);
    }

    /// Records that `x` (of non-interface type) is boxed into interface `t`.
    pub(crate) fn note_iface_conversion(&mut self, x: &Operand, t: TypeId) {
        if self.info.table.is_interface(t) && !self.info.table.is_interface(x.ty) && !x.is_nil(&self.info.table) {
            if let Some(e) = x.expr {
                self.info.to_iface.insert(e.id, t);
            }
        }
    }

    /// Go's `implicitTypeAndValue` + `updateExprType`: gives the untyped operand `x` the
    /// type `target` (or reports why it cannot take it).
    fn implicit_type(&mut self, x: &mut Operand, target: TypeId) -> Result<(), UntypedErr> {
        let table = &self.info.table;
        if !table.is_untyped(x.ty) || table.is_invalid(target) {
            return Ok(());
        }
        let xk = table.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
        let new_ty = if table.is_untyped(target) {
            // Both untyped: numeric kinds combine to the "larger" one.
            let tk = table.basic_kind(target).unwrap_or(BasicKind::Invalid);
            let numeric = |k: BasicKind| matches!(k, BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat | BasicKind::UntypedComplex);
            if numeric(xk) && numeric(tk) {
                let rank = |k: BasicKind| match k {
                    BasicKind::UntypedInt => 0,
                    BasicKind::UntypedRune => 1,
                    BasicKind::UntypedFloat => 2,
                    _ => 3,
                };
                if rank(tk) > rank(xk) { target } else { x.ty }
            } else if xk != tk {
                return Err(UntypedErr::Mismatch);
            } else {
                x.ty
            }
        } else {
            match table.under(target).clone() {
                Type::Basic(tk) => {
                    if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
                        // Go names the failure by the kinds, not the value: a non-integer
                        // constant is "truncated" by an integer type (even 1e30), anything
                        // else "overflows".
                        let code = if !xk.is_integer() && tk.is_integer() { Unrepresentable::Truncated } else { Unrepresentable::Overflows };
                        let v2 = constant::representable(v, tk).map_err(|e| match e {
                            Unrepresentable::Mismatch => UntypedErr::Mismatch,
                            _ if xk.is_numeric() && tk.is_numeric() => UntypedErr::Repr(code),
                            _ => UntypedErr::Mismatch,
                        })?;
                        if !(xk.is_numeric() && tk.is_numeric()) && !(xk.is_string() && tk.is_string()) && !(xk.is_boolean() && tk.is_boolean()) {
                            return Err(UntypedErr::Mismatch);
                        }
                        x.val = Some(v2);
                    } else {
                        let ok = match xk {
                            BasicKind::UntypedBool => tk.is_boolean(),
                            BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat | BasicKind::UntypedComplex => tk.is_numeric(),
                            BasicKind::UntypedString => tk.is_string(),
                            BasicKind::UntypedNil => tk == BasicKind::UnsafePointer,
                            _ => false,
                        };
                        if !ok {
                            return Err(UntypedErr::Mismatch);
                        }
                    }
                    target
                }
                Type::Interface(_) => {
                    if xk == BasicKind::UntypedNil {
                        target
                    } else {
                        table.default_type(x.ty)
                    }
                }
                Type::Pointer(_) | Type::Func(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } => {
                    if xk != BasicKind::UntypedNil {
                        return Err(UntypedErr::Mismatch);
                    }
                    target
                }
                _ => return Err(UntypedErr::Mismatch),
            }
        };
        if xk == BasicKind::UntypedNil {
            // The operand stays untyped nil (for nil-comparison rules); the node records
            // the type nil takes here, for the compiler.
            if let Some(e) = x.expr {
                self.update_expr_type(e, new_ty, None);
            }
            return Ok(());
        }
        if new_ty != x.ty || x.mode == OpMode::Constant {
            x.ty = new_ty;
            if let Some(e) = x.expr {
                self.update_expr_type(e, new_ty, x.val.clone());
            }
        }
        Ok(())
    }

    /// Converts an untyped operand to `target` (binary operands, conversions, indices);
    /// reports Go's `cannot use ... as T value in context` on failure.
    pub(crate) fn convert_untyped(&mut self, e: &Expr, x: &Operand, target: TypeId) -> bool {
        let mut y = Operand { expr: Some(e), ..x.clone() };
        match self.implicit_type(&mut y, target) {
            Ok(()) => true,
            Err(_) => false,
        }
    }

    /// Converts an untyped operand in place to `target` (operands of binary operations,
    /// switch cases, shift counts, indices); reports failures in Go's `invalidConversion`
    /// words (`x (untyped int constant) overflows int8`, `cannot convert x to type T`).
    pub(crate) fn convert_untyped_in(&mut self, x: &mut Operand, target: TypeId) -> bool {
        if !self.info.table.is_untyped(x.ty) {
            return true;
        }
        match self.implicit_type(x, target) {
            Ok(()) => true,
            Err(e) => {
                let d = self.describe(x);
                let ts = self.type_string(self.info.table.underlying(target));
                let msg = match e {
                    UntypedErr::Repr(Unrepresentable::Truncated) => format!("{d} truncated to {ts}"),
                    UntypedErr::Repr(Unrepresentable::Overflows) => format!("{d} overflows {ts}"),
                    _ => format!("cannot convert {d} to type {ts}"),
                };
                self.error_at(x, msg);
                x.mode = OpMode::Invalid;
                false
            }
        }
    }

    /// Gives an untyped operand its default type (`x := 1`, `println(1)`, interface boxing).
    pub(crate) fn default_operand(&mut self, x: &mut Operand) {
        if self.info.table.is_untyped(x.ty) && !x.is_nil(&self.info.table) {
            let d = self.info.table.default_type(x.ty);
            // Cannot fail: every untyped value is representable by its default type.
            let _ = self.implicit_type(x, d);
        }
    }

    /// Go's `updateExprType`: the untyped expression `e` (and its untyped operands) now
    /// has type `t`.
    pub(crate) fn update_expr_type(&mut self, e: &Expr, t: TypeId, val: Option<Value>) {
        let Some(tv) = self.info.types.get_mut(&e.id) else { return };
        if !self.info.table.is_untyped(tv.ty) {
            return;
        }
        tv.ty = t;
        if val.is_some() && tv.value.is_some() {
            tv.value = val;
        }
        if let ExprKind::Ident(id) = &e.kind {
            let tv = tv.clone();
            self.info.types.insert(id.id, tv);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, None),
            ExprKind::Unary { op, x } if !matches!(op, UnaryOp::Addr | UnaryOp::Recv) => self.update_expr_type(x, t, None),
            ExprKind::Binary { op, x, y } => {
                use minigo_parser::ast::BinaryOp::*;
                match op {
                    Eq | Ne | Lt | Le | Gt | Ge => {}
                    Shl | Shr => {
                        // A non-constant shift of an untyped constant takes its type from
                        // the context, which must then be an integer type.
                        let constant = self.info.types.get(&e.id).is_some_and(|tv| tv.value.is_some());
                        let typed = !self.info.table.is_untyped(t);
                        if !constant && typed && !self.info.table.is_integer(t) && !self.info.table.is_invalid(t) {
                            let (xs, ts) = (self.expr_str(x), self.type_string(t));
                            self.error(x.span, format!("invalid operation: shifted operand {xs} (type {ts}) must be integer"));
                        }
                        self.update_expr_type(x, t, None)
                    }
                    _ => {
                        self.update_expr_type(x, t, None);
                        self.update_expr_type(y, t, None);
                    }
                }
            }
            _ => {}
        }
    }

    /// Go's `assignableTo` for a typed (or nil) operand: `Err(cause)` when not assignable.
    pub(crate) fn assignable(&self, x: &Operand, t: TypeId) -> Result<(), String> {
        let table = &self.info.table;
        let v = x.ty;
        if v == t || table.is_invalid(v) || table.is_invalid(t) {
            return Ok(());
        }
        if x.is_nil(table) {
            return if table.has_nil(t) { Ok(()) } else { Err(String::new()) };
        }
        let (vu, tu) = (table.underlying(v), table.underlying(t));
        // Predeclared types are named types too.
        let named = |x: TypeId| matches!(table.get(x), Type::Named(_) | Type::Basic(_));
        let (v_named, t_named) = (named(v), named(t));
        if vu == tu && (!v_named || !t_named) {
            return Ok(());
        }
        if table.is_interface(t) {
            return match self.missing_method(v, t) {
                None => Ok(()),
                Some(cause) => Err(format!("{} does not implement {} {cause}", self.type_string(v), self.type_string(t))),
            };
        }
        if table.is_interface(v) && !table.is_interface(t) && self.missing_method(t, v).is_none() {
            // An interface value is never assignable to a concrete type that implements it.
            return Err("need type assertion".to_string());
        }
        if let (Type::Chan { dir: minigo_parser::ast::ChanDir::Both, elem: ve }, Type::Chan { elem: te, .. }) = (table.get(vu), table.get(tu)) {
            if ve == te && (!v_named || !t_named) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// Go's `missingMethod` cause: `None` if `v` implements interface `t`, else the
    /// parenthesised reason (`(missing method M)`, `(method M has pointer receiver)`, ...).
    pub(crate) fn missing_method(&self, v: TypeId, t: TypeId) -> Option<String> {
        let table = &self.info.table;
        let want = table.iface_methods(t)?.to_vec();
        if let Some(have) = table.iface_methods(v) {
            for m in &want {
                match have.iter().find(|h| h.name == m.name) {
                    None => return Some(format!("(missing method {})", m.name)),
                    Some(h) if h.sig != m.sig => return Some(self.wrong_type_cause(&m.name, h.sig, m.sig)),
                    _ => {}
                }
            }
            return None;
        }
        for m in &want {
            match self.info.table.lookup_field_or_method(v, &m.name) {
                Found::Method { sig, ptr_recv, indirect, .. } => {
                    if sig != m.sig {
                        return Some(self.wrong_type_cause(&m.name, sig, m.sig));
                    }
                    if ptr_recv && !indirect {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Found::IfaceMethod { sig, .. } => {
                    if sig != m.sig {
                        return Some(self.wrong_type_cause(&m.name, sig, m.sig));
                    }
                }
                Found::Ambiguous => return Some(format!("(ambiguous selector {}.{})", self.type_string(v), m.name)),
                Found::Field { .. } => return Some(format!("({}.{} is a field, not a method)", self.type_string(v), m.name)),
                Found::NotFound => {
                    let folded = self.info.table.lookup_folded(v, &m.name);
                    return Some(match folded {
                        Some((name, sig)) => format!(
                            "(missing method {})\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&name, sig),
                            self.func_string(&m.name, m.sig)
                        ),
                        None => format!("(missing method {})", m.name),
                    });
                }
            }
        }
        None
    }

    fn wrong_type_cause(&self, name: &str, have: TypeId, want: TypeId) -> String {
        format!(
            "(wrong type for method {name})\n\t\thave {}\n\t\twant {}",
            self.func_string(name, have),
            self.func_string(name, want)
        )
    }

    /// `M(int) string`: a method name with its signature.
    pub(crate) fn func_string(&self, name: &str, sig: TypeId) -> String {
        let mut s = name.to_string();
        if let Type::Func(sig) = self.info.table.get(sig) {
            self.info.table.write_signature(&mut s, sig, &self.pkg, self.spelling);
        }
        s
    }

    /// Checks a constant operand against its (typed) type: `constant 256 overflows byte`.
    pub(crate) fn represent_typed(&mut self, x: &mut Operand) {
        let (OpMode::Constant, Some(v)) = (x.mode, x.val.clone()) else { return };
        let Some(k) = self.info.table.basic_kind(x.ty) else { return };
        if k.is_untyped() {
            return;
        }
        match constant::representable(&v, k) {
            Ok(v2) => x.val = Some(v2),
            Err(Unrepresentable::Overflows) => {
                let msg = format!("constant {} overflows {}", v.short_string(), self.type_string(x.ty));
                self.error_at(x, msg);
                x.mode = OpMode::Invalid;
            }
            Err(_) => {
                let msg = format!("constant {} truncated to integer", v.short_string());
                self.error_at(x, msg);
                x.mode = OpMode::Invalid;
            }
        }
    }
}
