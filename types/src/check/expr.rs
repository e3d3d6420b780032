//! Expressions: identifiers, literals, operators (with exact constant folding), selectors,
//! index and slice expressions, type assertions, composite and function literals.
use minigo_parser::ast::{BinaryOp, ChanDir, Element, Expr, ExprKind, Ident, LitKind, Span, UnaryOp};
use num_traits::{Signed, ToPrimitive};

use super::assign::{OpMode, Operand};
use crate::lookup::Found;
use super::Checker;
use crate::api::*;
use crate::constant::{self, Value};

const INVALID_OP: &str = "invalid operation: ";
const MIXTURE: &str = "mixture of field:value and value elements in struct literal";

/// The id of the binary expression `x op y` synthesised to check `x op= y` (its facts are
/// not kept; messages print it as `x op= y`).
pub(crate) const OP_ASSIGN_NODE: minigo_parser::ast::NodeId = minigo_parser::ast::NodeId(u32::MAX);

impl<'a> Checker<'a> {
    /// A single-valued expression (not a type, not a multi-value call).
    pub(crate) fn expr<'e>(&mut self, e: &'e Expr) -> Operand<'e> {
        let x = self.raw_expr(e, None);
        self.single_value(x)
    }

    /// An expression that may also denote a type.
    pub(crate) fn expr_or_type<'e>(&mut self, e: &'e Expr) -> Operand<'e> {
        let x = self.raw_expr(e, None);
        if let Type::Tuple(_) = self.info.table.get(x.ty) {
            return self.single_value(x);
        }
        x
    }

    /// A single value with `hint` as the type of an elided composite literal type.
    pub(crate) fn expr_hint<'e>(&mut self, e: &'e Expr, hint: Option<TypeId>) -> Operand<'e> {
        let x = self.raw_expr(e, hint);
        self.single_value(x)
    }

    pub(crate) fn single_value<'e>(&mut self, mut x: Operand<'e>) -> Operand<'e> {
        match x.mode {
            OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr | OpMode::PkgName => {
                self.not_a_value(&x);
                x.mode = OpMode::Invalid;
            }
            _ => {
                if let Type::Tuple(_) = self.info.table.get(x.ty) {
                    let d = self.describe(&x);
                    self.error_at(&x, format!("multiple-value {d} in single-value context"));
                    x.mode = OpMode::Invalid;
                }
            }
        }
        x
    }

    /// Go's `exprInternal`: checks `e` and records its type and mode.
    pub(crate) fn raw_expr<'e>(&mut self, e: &'e Expr, hint: Option<TypeId>) -> Operand<'e> {
        let mut x = self.expr_kind(e, hint);
        x.expr = Some(e);
        if x.mode == OpMode::Invalid {
            x.ty = self.info.table.invalid();
        }
        self.record(&x);
        x
    }

    fn operand<'e>(&self, mode: OpMode, ty: TypeId, e: &'e Expr) -> Operand<'e> {
        Operand { mode, ty, val: None, expr: Some(e), nth: None }
    }

    fn constant<'e>(&self, ty: TypeId, v: Value, e: &'e Expr) -> Operand<'e> {
        Operand { mode: OpMode::Constant, ty, val: Some(v), expr: Some(e), nth: None }
    }

    fn expr_kind<'e>(&mut self, e: &'e Expr, hint: Option<TypeId>) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(id) => self.ident(id, e),
            ExprKind::BasicLit { kind, raw } => {
                match constant::eval_literal(*kind, raw) {
                    Some(v) => {
                        let k = match kind {
                            LitKind::Int => BasicKind::UntypedInt,
                            LitKind::Float => BasicKind::UntypedFloat,
                            LitKind::Rune => BasicKind::UntypedRune,
                            LitKind::Imag => BasicKind::UntypedComplex,
                            _ => BasicKind::UntypedString,
                        };
                        let t = self.info.table.basic(k);
                        self.constant(t, v, e)
                    }
                    None => {
                        self.error(e.span, format!("malformed constant: {raw}"));
                        inv
                    }
                }
            }
            ExprKind::CompositeLit { ty, elts, rbrace } => self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint),
            ExprKind::FuncLit { sig, body } => {
                let t = self.func_type(sig);
                if let Some(s) = self.info.table.signature(t).cloned() {
                    self.func_lit_body(sig, body, &s);
                }
                self.operand(OpMode::Value, t, e)
            }
            ExprKind::Paren(inner) => {
                let x = self.raw_expr(inner, hint);
                Operand { expr: Some(e), ..x }
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, index } => self.index_expr(e, x, index),
            ExprKind::Slice { x, lo, hi, max, three } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert { x, ty } => {
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return inv;
                }
                let Some(ty) = ty else {
                    self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
                    return inv;
                };
                let t = self.type_expr(ty);
                if !self.info.table.is_interface(xo.ty) {
                    let d = self.describe(&xo);
                    self.error(x.span, format!("{INVALID_OP}{d} is not an interface"));
                    return inv;
                }
                if self.info.table.is_invalid(t) {
                    return inv;
                }
                self.check_assertable(e, &xo, t);
                self.operand(OpMode::CommaOk, t, e)
            }
            ExprKind::Call { func, args, ellipsis } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let xo = self.expr_or_type(x);
                match xo.mode {
                    OpMode::Invalid => inv,
                    OpMode::TypeExpr => {
                        let t = self.info.table.intern(Type::Pointer(xo.ty));
                        self.operand(OpMode::TypeExpr, t, e)
                    }
                    _ if !xo.mode.is_value() => {
                        self.not_a_value(&xo);
                        inv
                    }
                    _ => {
                        if xo.is_nil(&self.info.table) {
                            self.error(x.span, format!("{INVALID_OP}cannot indirect nil"));
                            return inv;
                        }
                        match self.info.table.under(xo.ty).clone() {
                            Type::Pointer(b) => self.operand(OpMode::Variable, b, e),
                            _ => {
                                let d = self.describe(&xo);
                                self.error(x.span, format!("{INVALID_OP}cannot indirect {d}"));
                                inv
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::KeyValue { .. } => {
                self.error(e.span, "unexpected key:value expression");
                inv
            }
            ExprKind::Generic { x, args } => match self.generic_target(x) {
                Some(o) => self.instantiate_operand(e, x, o, args),
                None => {
                    let s = self.expr_str(x);
                    self.error(x.span, format!("{s} is not a generic type"));
                    inv
                }
            },
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::EllipsisArray { .. } => {
                let t = self.type_expr(e);
                if self.info.table.is_invalid(t) {
                    return inv;
                }
                self.operand(OpMode::TypeExpr, t, e)
            }
        }
    }

    fn ident<'e>(&mut self, id: &Ident, e: &'e Expr) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        if id.name == "_" {
            self.error(id.span, "cannot use _ as value or type");
            return inv;
        }
        let Some(o) = self.lookup(&id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return inv;
        };
        if self.is_generic(o) {
            self.info.uses.insert(id.id, o);
            self.used.insert(o);
            self.uninstantiated(e, o);
            return inv;
        }
        self.use_obj(id, o);
        let obj = self.obj(o).clone();
        match obj.kind {
            ObjKind::Var { .. } => {
                if self.info.table.is_invalid(obj.ty) {
                    return inv;
                }
                self.operand(OpMode::Variable, obj.ty, e)
            }
            ObjKind::Const(v) => {
                if id.name == "iota" && obj.span.is_none() {
                    return match self.iota() {
                        Some(i) => self.constant(obj.ty, Value::int(i as i64), e),
                        None => {
                            self.error(id.span, "cannot use iota outside constant declaration");
                            inv
                        }
                    };
                }
                if self.info.table.is_invalid(obj.ty) {
                    return inv;
                }
                self.constant(obj.ty, v, e)
            }
            ObjKind::TypeName => {
                // A named type still being declared has no underlying type yet: still valid.
                if obj.ty == self.info.table.invalid() {
                    return inv;
                }
                self.operand(OpMode::TypeExpr, obj.ty, e)
            }
            ObjKind::Func(_) => {
                if self.info.table.is_invalid(obj.ty) {
                    return inv;
                }
                if id.name == "init" && self.lookup("init").is_none() {
                    self.error(id.span, "undefined: init");
                    return inv;
                }
                self.operand(OpMode::Value, obj.ty, e)
            }
            ObjKind::PkgName(_) => self.operand(OpMode::PkgName, obj.ty, e),
            ObjKind::Builtin(b) => self.operand(OpMode::Builtin(b), obj.ty, e),
            ObjKind::Nil => self.operand(OpMode::Value, obj.ty, e),
        }
    }

    // ------------------------------------------------------------------------------------
    // Operators

    fn unary<'e>(&mut self, e: &'e Expr, op: UnaryOp, xe: &'e Expr, hint: Option<TypeId>) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        if op == UnaryOp::Addr {
            // `&T{...}` (possibly with an elided type from a `[]*T{{...}}` context).
            let inner = unparen(xe);
            if let ExprKind::CompositeLit { .. } = inner.kind {
                let hint = hint.and_then(|h| match self.info.table.under(h) {
                    Type::Pointer(b) => Some(*b),
                    _ => None,
                });
                let x = self.expr_hint(xe, hint);
                if x.is_invalid() {
                    return inv;
                }
                let t = self.info.table.intern(Type::Pointer(x.ty));
                return self.operand(OpMode::Value, t, e);
            }
            let x = self.expr(xe);
            if x.is_invalid() {
                return inv;
            }
            if x.mode != OpMode::Variable {
                let d = self.describe(&x);
                self.error(xe.span, format!("{INVALID_OP}cannot take address of {d}"));
                return inv;
            }
            self.mark_address_taken(xe);
            let t = self.info.table.intern(Type::Pointer(x.ty));
            return self.operand(OpMode::Value, t, e);
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return inv;
        }
        if op == UnaryOp::Recv {
            let Type::Chan { dir, elem } = self.info.table.under(x.ty).clone() else {
                let d = self.describe(&x);
                self.error(xe.span, format!("{INVALID_OP}cannot receive from non-channel {d}"));
                return inv;
            };
            if dir == ChanDir::Send {
                let d = self.describe(&x);
                let ts = self.type_string(x.ty);
                self.error(xe.span, format!("{INVALID_OP}cannot receive from send-only channel {ts} {d}"));
                return inv;
            }
            return self.operand(OpMode::CommaOk, elem, e);
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.info.table.is_numeric(x.ty),
            UnaryOp::Not => self.info.table.is_boolean(x.ty),
            UnaryOp::Xor => self.info.table.is_integer(x.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(xe.span, format!("{INVALID_OP}operator {} not defined on {d}", op.as_str()));
            return inv;
        }
        if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
            let k = self.info.table.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
            let r = match op {
                UnaryOp::Pos => Some(v.clone()),
                UnaryOp::Neg => constant::negate(v),
                UnaryOp::Not => v.as_bool().map(|b| Value::Bool(!b)),
                UnaryOp::Xor => constant::complement(v, k),
                _ => None,
            };
            x.val = r;
            x.expr = Some(e);
            if !k.is_untyped() {
                self.represent_typed(&mut x);
                if x.is_invalid() {
                    return inv;
                }
            }
            return Operand { expr: Some(e), ..x };
        }
        self.operand(OpMode::Value, x.ty, e)
    }

    /// Marks the variable at the root of an addressable expression as escaping (`&x`,
    /// `&x.f`, `&a[i]` on an array, `a[:]`, pointer-method calls on `x`).
    pub(crate) fn mark_address_taken(&mut self, e: &Expr) {
        let mut e = e;
        for _ in 0..1000 {
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                ExprKind::Selector { x, .. } => {
                    if let Some(Selection::Field { indirect: true, .. }) = self.info.selections.get(&e.id) {
                        return;
                    }
                    e = x;
                }
                ExprKind::Index { x, .. } => {
                    let xt = self.info.types.get(&x.id).map(|t| t.ty);
                    match xt.map(|t| self.info.table.under(t)) {
                        Some(Type::Array { .. }) => e = x,
                        _ => return,
                    }
                }
                ExprKind::Ident(id) => {
                    if let Some(&o) = self.info.uses.get(&id.id) {
                        if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                            self.info.escapes.insert(o);
                        }
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    fn binary<'e>(&mut self, e: &'e Expr, op: BinaryOp, xe: &'e Expr, ye: &'e Expr) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, x, y);
        }
        if !self.match_types(&mut x, &mut y) {
            return inv;
        }
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge) {
            return self.comparison(e, op, x, y);
        }
        if x.ty != y.ty {
            if !self.info.table.is_invalid(x.ty) && !self.info.table.is_invalid(y.ty) {
                let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
                let es = if e.id == OP_ASSIGN_NODE {
                    format!("{} {}= {}", self.expr_str(xe), op.as_str(), self.expr_str(ye))
                } else {
                    self.expr_str(e)
                };
                self.error(e.span, format!("{INVALID_OP}{es} (mismatched types {xs} and {ys})"));
            }
            return inv;
        }
        let t = &self.info.table;
        let ok = match op {
            BinaryOp::Add => t.is_numeric(x.ty) || t.is_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => t.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => t.is_integer(x.ty),
            BinaryOp::LAnd | BinaryOp::LOr => t.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(e.span, format!("{INVALID_OP}operator {} not defined on {d}", op.as_str()));
            return inv;
        }
        let integer = self.info.table.is_integer(x.ty);
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem)
            && (x.mode == OpMode::Constant || integer)
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(|v| v.sign() == std::cmp::Ordering::Equal)
        {
            self.error(ye.span, format!("{INVALID_OP}division by zero"));
            return inv;
        }
        if let (OpMode::Constant, OpMode::Constant, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            let Ok(v) = constant::binary_op(a, op, b, integer) else {
                self.error(ye.span, format!("{INVALID_OP}division by zero"));
                return inv;
            };
            let mut r = self.constant(x.ty, v, e);
            return self.check_overflow(r.clone()).unwrap_or_else(|| {
                r.mode = OpMode::Invalid;
                r
            });
        }
        self.operand(OpMode::Value, x.ty, e)
    }

    /// Typed constants must stay representable after each operation; untyped integer
    /// constants are limited to 512 bits (`constant overflow`).
    fn check_overflow<'e>(&mut self, mut x: Operand<'e>) -> Option<Operand<'e>> {
        if !self.info.table.is_untyped(x.ty) {
            let v = x.val.clone()?;
            let k = self.info.table.basic_kind(x.ty)?;
            match constant::representable(&v, k) {
                Ok(v2) => x.val = Some(v2),
                Err(code) => {
                    let what = if code == constant::Unrepresentable::Truncated { "truncated to" } else { "overflows" };
                    let d = self.describe(&x);
                    self.error_at(&x, format!("{d} {what} {}", self.type_string(x.ty)));
                    return None;
                }
            }
            return Some(x);
        }
        if let Some(Value::Int(i)) = &x.val {
            if i.bits() > 512 {
                // Reported at the operator, named as Go names it.
                let (op, at) = match x.expr.map(|e| &e.kind) {
                    Some(ExprKind::Binary { op, x: l, .. }) => (binary_op_name(*op), Span { lo: l.span.hi + 1, hi: l.span.hi + 2 }),
                    Some(ExprKind::Unary { op, .. }) => (unary_op_name(*op), x.expr.map(|e| e.span).unwrap_or_default()),
                    _ => ("", x.expr.map(|e| e.span).unwrap_or_default()),
                };
                let op = if op.is_empty() { String::new() } else { format!("{op} ") };
                self.error(at, format!("constant {op}overflow"));
                return None;
            }
        }
        Some(x)
    }

    /// Go's `matchTypes`: converts an untyped operand to the other operand's type. Returns
    /// false if a conversion failed (reported); a remaining type mismatch is the caller's.
    fn match_types(&mut self, x: &mut Operand, y: &mut Operand) -> bool {
        let t = &self.info.table;
        let (xu, yu) = (t.is_untyped(x.ty), t.is_untyped(y.ty));
        if !xu && !yu {
            return true;
        }
        let may_convert = (|| {
            if t.is_numeric(x.ty) != t.is_numeric(y.ty) {
                return false;
            }
            if t.is_interface(x.ty) || t.is_interface(y.ty) {
                return true;
            }
            if t.is_boolean(x.ty) != t.is_boolean(y.ty) || t.is_string(x.ty) != t.is_string(y.ty) {
                return false;
            }
            if x.is_nil(t) {
                return t.has_nil(y.ty);
            }
            if y.is_nil(t) {
                return t.has_nil(x.ty);
            }
            !matches!(t.under(x.ty), Type::Pointer(_)) && !matches!(t.under(y.ty), Type::Pointer(_))
        })();
        if !may_convert {
            return true;
        }
        let yt = y.ty;
        if !self.convert_untyped_in(x, yt) {
            return false;
        }
        let xt = x.ty;
        self.convert_untyped_in(y, xt)
    }

    fn comparison<'e>(&mut self, e: &'e Expr, op: BinaryOp, x: Operand<'e>, y: Operand<'e>) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let t = &self.info.table;
        if t.is_invalid(x.ty) || t.is_invalid(y.ty) {
            return inv;
        }
        let ok = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
        let mut cause = String::new();
        let mut err_op: Option<&Operand> = None;
        if !ok {
            cause = format!("mismatched types {} and {}", self.type_string(x.ty), self.type_string(y.ty));
            err_op = Some(&y);
        } else if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            let t = &self.info.table;
            if x.is_nil(t) || y.is_nil(t) {
                let other = if x.is_nil(t) { y.ty } else { x.ty };
                if !t.has_nil(other) {
                    err_op = Some(&y);
                }
            } else if !t.comparable(x.ty) {
                cause = self.incomparable_cause(x.ty);
                err_op = Some(&x);
            } else if !t.comparable(y.ty) {
                cause = self.incomparable_cause(y.ty);
                err_op = Some(&y);
            }
        } else {
            let t = &self.info.table;
            if !t.is_ordered(x.ty) {
                err_op = Some(&x);
            } else if !t.is_ordered(y.ty) {
                err_op = Some(&y);
            }
        }
        if let Some(eo) = err_op {
            if cause.is_empty() {
                cause = format!("operator {} not defined on {}", op.as_str(), self.kind_string(eo.ty));
            }
            let (xs, ys) = (self.expr_str(x.expr.unwrap_or(e)), self.expr_str(y.expr.unwrap_or(e)));
            let span = eo.expr.map(|e| e.span).unwrap_or(e.span);
            self.error(span, format!("{INVALID_OP}{xs} {} {ys} ({cause})", op.as_str()));
            return inv;
        }
        let ub = self.info.table.basic(BasicKind::UntypedBool);
        if let (OpMode::Constant, OpMode::Constant, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            let r = constant::compare(a, op, b).unwrap_or(false);
            return self.constant(ub, Value::Bool(r), e);
        }
        // Operands are final now: default untyped ones, note interface conversions.
        let (mut x, mut y) = (x, y);
        self.default_operand(&mut x);
        self.default_operand(&mut y);
        if self.info.table.is_interface(x.ty) {
            self.note_iface_conversion(&y, x.ty);
        } else if self.info.table.is_interface(y.ty) {
            self.note_iface_conversion(&x, y.ty);
        }
        self.operand(OpMode::Value, ub, e)
    }

    fn kind_string(&self, t: TypeId) -> String {
        match self.info.table.under(t) {
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            _ => self.type_string(t),
        }
    }

    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.info.table.under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map { .. } => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            Type::Struct(fields) => {
                for f in fields {
                    if !self.info.table.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.type_string(f.ty));
                    }
                }
                String::new()
            }
            Type::Array { .. } => format!("{} cannot be compared", self.type_string(t)),
            _ => String::new(),
        }
    }

    fn shift<'e>(&mut self, e: &'e Expr, op: BinaryOp, mut x: Operand<'e>, mut y: Operand<'e>) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        // The shifted operand must be an integer (an untyped constant representable as one).
        let xk = self.info.table.basic_kind(x.ty);
        if x.mode == OpMode::Constant && xk.is_some_and(|k| k.is_untyped()) {
            match x.val.as_ref().and_then(|v| v.to_int()) {
                Some(i) => {
                    x.val = Some(Value::Int(i));
                    // A constant shift yields an untyped integer constant; a non-constant
                    // one keeps the operand's kind until the context types it.
                    if y.mode == OpMode::Constant && xk != Some(BasicKind::UntypedRune) {
                        x.ty = self.info.table.basic(BasicKind::UntypedInt);
                    }
                }
                None => {
                    let d = self.describe(&x);
                    self.error_at(&x, format!("{INVALID_OP}shifted operand {d} must be integer"));
                    return inv;
                }
            }
        } else if !self.info.table.is_integer(x.ty) {
            let d = self.describe(&x);
            self.error_at(&x, format!("{INVALID_OP}shifted operand {d} must be integer"));
            return inv;
        }
        // The shift count must be a non-negative integer.
        let mut count: Option<u64> = None;
        if y.mode == OpMode::Constant {
            let int = y.val.as_ref().and_then(|v| v.to_int());
            if int.as_ref().is_some_and(|i| i.is_negative()) {
                let d = self.describe(&y);
                self.error_at(&y, format!("{INVALID_OP}negative shift count {d}"));
                return inv;
            }
            // An untyped count must be representable as a uint (`2.5`: truncated).
            if self.info.table.is_untyped(y.ty) {
                let uint = self.info.table.basic(BasicKind::Uint);
                if !self.convert_untyped_in(&mut y, uint) {
                    return inv;
                }
            }
            let Some(i) = int else {
                let d = self.describe(&y);
                self.error_at(&y, format!("{INVALID_OP}shift count {d} must be integer"));
                return inv;
            };
            count = i.to_u64();
        } else if self.info.table.is_untyped(y.ty) && !self.info.table.is_integer(y.ty) {
            // An untyped non-constant count (`1. << s` as a count) must convert to uint.
            let uint = self.info.table.basic(BasicKind::Uint);
            if !self.convert_untyped_in(&mut y, uint) {
                return inv;
            }
        } else if !self.info.table.is_integer(y.ty) {
            let d = self.describe(&y);
            self.error_at(&y, format!("{INVALID_OP}shift count {d} must be integer"));
            return inv;
        }
        if x.mode == OpMode::Constant {
            if let Some(s) = count {
                if s > constant::MAX_SHIFT {
                    let d = self.describe(&y);
                    self.error_at(&y, format!("{INVALID_OP}invalid shift count {d}"));
                    return inv;
                }
                let v = constant::shift(x.val.as_ref().unwrap_or(&Value::int(0)), op == BinaryOp::Shl, s);
                let Some(v) = v else { return inv };
                let r = self.constant(x.ty, v, e);
                return self.check_overflow(r).unwrap_or(inv);
            }
            // Non-constant shift of an untyped constant: the constant takes its type
            // from the context (converted later); default to int if none.
            if self.info.table.is_untyped(x.ty) {
                return self.operand(OpMode::Value, x.ty, e);
            }
        }
        self.operand(OpMode::Value, x.ty, e)
    }

    // ------------------------------------------------------------------------------------
    // Selectors

    fn selector<'e>(&mut self, e: &'e Expr, xe: &'e Expr, sel: &Ident) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        // Package-qualified name.
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some(o) = self.lookup(&pid.name) {
                if let ObjKind::PkgName(path) = self.obj(o).kind.clone() {
                    self.info.uses.insert(pid.id, o);
                    self.used.insert(o);
                    let nv = self.info.table.invalid();
                    self.info.types.insert(xe.id, TypeAndValue { mode: Mode::NoValue, ty: nv, value: None });
                    let member = self.package_member(&path, &sel.name);
                    let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
                    let Some(m) = member.filter(|_| exported) else {
                        let msg = if exported || member.is_none() {
                            format!("undefined: {}.{}", pid.name, sel.name)
                        } else {
                            format!("name {} not exported by package {}", sel.name, pid.name)
                        };
                        self.error(sel.span, msg);
                        return inv;
                    };
                    if self.is_generic(m) {
                        self.uninstantiated(e, m);
                        return inv;
                    }
                    self.info.uses.insert(sel.id, m);
                    self.info.selections.insert(e.id, Selection::Qualified { pkg: path.clone(), name: sel.name.clone() });
                    let obj = self.obj(m).clone();
                    let x = match obj.kind {
                        ObjKind::Var { .. } => self.operand(OpMode::Variable, obj.ty, e),
                        ObjKind::Const(v) => self.constant(obj.ty, v, e),
                        ObjKind::TypeName => self.operand(OpMode::TypeExpr, obj.ty, e),
                        ObjKind::Func(_) => self.operand(OpMode::Value, obj.ty, e),
                        _ => inv.clone(),
                    };
                    return x;
                }
            }
        }
        let x = self.expr_or_type(xe);
        match x.mode {
            OpMode::Invalid => return inv,
            OpMode::TypeExpr => return self.method_expr(e, &x, sel),
            m if !m.is_value() => {
                self.not_a_value(&x);
                return inv;
            }
            _ => {}
        }
        if x.is_nil(&self.info.table) {
            self.error(e.span, "use of untyped nil in selector expression");
            return inv;
        }
        let found = self.info.table.lookup_field_or_method(x.ty, &sel.name);
        match found {
            Found::Field { path, indirect, ty } => {
                self.info.selections.insert(e.id, Selection::Field { path, indirect });
                let mode = if x.mode == OpMode::Variable || indirect { OpMode::Variable } else { OpMode::Value };
                self.record_sel_ident(sel, ty, mode);
                self.operand(mode, ty, e)
            }
            Found::Method { path, named, idx, ptr_recv, indirect, sig } => {
                if ptr_recv && !indirect {
                    if x.mode != OpMode::Variable {
                        let ts = self.type_string(x.ty);
                        self.error(sel.span, format!("cannot call pointer method {} on {ts}", sel.name));
                        return inv;
                    }
                    self.mark_address_taken(xe);
                }
                if let Some(mo) = self.method_obj(named, idx) {
                    self.info.uses.insert(sel.id, mo);
                    self.record_dep(mo);
                }
                self.info.selections.insert(e.id, Selection::Method { path, recv_named: named, method: idx, ptr_recv, indirect });
                self.record_sel_ident(sel, sig, OpMode::Value);
                self.operand(OpMode::Value, sig, e)
            }
            Found::IfaceMethod { path, index, sig, .. } => {
                self.info.selections.insert(e.id, Selection::IfaceMethod { path, index, name: sel.name.clone() });
                self.record_sel_ident(sel, sig, OpMode::Value);
                self.operand(OpMode::Value, sig, e)
            }
            Found::Ambiguous => {
                let es = self.expr_str(e);
                self.error(sel.span, format!("ambiguous selector {es}"));
                inv
            }
            Found::NotFound => {
                self.missing_field_or_method(e, &x, sel);
                inv
            }
        }
    }

    fn record_sel_ident(&mut self, sel: &Ident, ty: TypeId, mode: OpMode) {
        self.info.types.insert(sel.id, TypeAndValue { mode: mode.to_api(), ty, value: None });
    }

    fn missing_field_or_method(&mut self, e: &Expr, x: &Operand, sel: &Ident) {
        let es = self.expr_str(e);
        let t = &self.info.table;
        let ts = self.type_string(x.ty);
        let why = if let Type::Pointer(b) = t.under(x.ty) {
            if t.is_interface(*b) {
                format!("type {ts} is pointer to interface, not interface")
            } else {
                format!("type {ts} has no field or method {}", sel.name)
            }
        } else {
            let mut why = format!("type {ts} has no field or method {}", sel.name);
            // A method with a different capitalisation: `but does have method Foo`.
            let base = x.ty;
            if let Some((name, _)) = self.info.table.lookup_folded(base, &sel.name) {
                why = format!("type {ts} has no field or method {}, but does have method {name}", sel.name);
            } else if let Found::Field { .. } = self.info.table.lookup_field_or_method(x.ty, &capitalize_toggle(&sel.name)) {
                why = format!("type {ts} has no field or method {}, but does have field {}", sel.name, capitalize_toggle(&sel.name));
            }
            why
        };
        self.error(sel.span, format!("{es} undefined ({why})"));
    }

    /// `T.M` / `(*T).M`: a function taking the receiver first.
    fn method_expr<'e>(&mut self, e: &'e Expr, x: &Operand<'e>, sel: &Ident) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        match self.info.table.lookup_field_or_method(x.ty, &sel.name) {
            Found::Method { path, named, idx, ptr_recv, indirect, sig } => {
                if ptr_recv && !indirect {
                    self.needs_pointer_receiver(x.ty, sel);
                    return inv;
                }
                if let Some(mo) = self.method_obj(named, idx) {
                    self.info.uses.insert(sel.id, mo);
                    self.record_dep(mo);
                }
                if path.is_empty() {
                    return self.record_method_expr(e, x.ty, sig, Selection::MethodExpr { recv_named: named, method: idx, ptr_recv });
                }
                let via = Selection::Method { path, recv_named: named, method: idx, ptr_recv, indirect };
                self.method_expr_via(e, x.ty, sig, via)
            }
            Found::IfaceMethod { path, index, sig } => {
                let via = Selection::IfaceMethod { path, index, name: sel.name.clone() };
                self.method_expr_via(e, x.ty, sig, via)
            }
            _ => {
                let es = self.expr_str(e);
                let ts = self.type_string(x.ty);
                let why = match self.info.table.under(x.ty) {
                    Type::Pointer(b) if self.info.table.is_interface(*b) => format!("type {ts} is pointer to interface, not interface"),
                    _ => format!("type {ts} has no field or method {}", sel.name),
                };
                self.error(sel.span, format!("{es} undefined ({why})"));
                inv
            }
        }
    }

    /// Go's error for `T.M` where `M` needs a `*T` receiver.
    fn needs_pointer_receiver(&mut self, recv: TypeId, sel: &Ident) {
        let ts = self.type_string(recv);
        let m = &sel.name;
        self.error(sel.span, format!("invalid method expression {ts}.{m} (needs pointer receiver (*{ts}).{m})"));
    }

    /// A method expression whose function the compiler builds as a wrapper: `recv` is an
    /// interface, or the method is promoted from an embedded field; `via` selects the
    /// method on the wrapper's first parameter.
    fn method_expr_via<'e>(&mut self, e: &'e Expr, recv: TypeId, sig: TypeId, via: Selection) -> Operand<'e> {
        self.record_method_expr(e, recv, sig, Selection::MethodExprVia { via: Box::new(via) })
    }

    /// Records `e` as a method expression: a function of the method's signature `sig`
    /// with the receiver type `recv` as its first parameter.
    fn record_method_expr<'e>(&mut self, e: &'e Expr, recv: TypeId, sig: TypeId, selection: Selection) -> Operand<'e> {
        let Some(s) = self.info.table.signature(sig).cloned() else { return Operand::invalid(&self.info.table, Some(e)) };
        let mut params = vec![recv];
        params.extend(s.params);
        let ft = self.info.table.intern(Type::Func(Signature { params, results: s.results, variadic: s.variadic }));
        self.info.selections.insert(e.id, selection);
        self.operand(OpMode::Value, ft, e)
    }

    // ------------------------------------------------------------------------------------
    // Index and slice expressions

    fn index_expr<'e>(&mut self, e: &'e Expr, xe: &'e Expr, ie: &'e Expr) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        if let Some(o) = self.generic_target(xe) {
            return self.instantiate_operand(e, xe, o, std::slice::from_ref(ie));
        }
        let x = self.expr_or_type(xe);
        match x.mode {
            OpMode::Invalid => return inv,
            OpMode::TypeExpr => {
                let s = self.expr_str(xe);
                self.error(xe.span, format!("{s} is not a generic type"));
                return inv;
            }
            m if !m.is_value() => {
                self.not_a_value(&x);
                return inv;
            }
            _ => {}
        }
        let under = self.info.table.under(x.ty).clone();
        let (elem, mode, len): (TypeId, OpMode, Option<u64>) = match under {
            Type::Basic(k) if k.is_string() => {
                let byte = self.info.table.basic(BasicKind::Uint8);
                let len = x.val.as_ref().and_then(|v| match v {
                    Value::String(s) => Some(s.len() as u64),
                    _ => None,
                });
                (byte, OpMode::Value, len)
            }
            Type::Array { len, elem } => (elem, if x.mode == OpMode::Variable { OpMode::Variable } else { OpMode::Value }, Some(len)),
            Type::Pointer(b) => match self.info.table.under(b).clone() {
                Type::Array { len, elem } => (elem, OpMode::Variable, Some(len)),
                _ => {
                    let d = self.describe(&x);
                    self.error(lbrack(xe), format!("cannot index {d}"));
                    return inv;
                }
            },
            Type::Slice(elem) => (elem, OpMode::Variable, None),
            Type::Map { key, value } => {
                let mut k = self.expr(ie);
                self.assign_to(&mut k, key, "map index");
                return self.operand(OpMode::MapIndex, value, e);
            }
            _ => {
                let d = self.describe(&x);
                self.error(lbrack(xe), format!("cannot index {d}"));
                return inv;
            }
        };
        let idx = self.index(ie, len);
        // Constant string indexed by a constant: still not a constant in Go.
        if idx.is_none() {
            return self.operand(mode, elem, e);
        }
        self.operand(mode, elem, e)
    }

    /// Checks an index (`a[i]`, slice bounds, `make` sizes): an integer, non-negative if
    /// constant, within `max` if known. Returns the constant value if any.
    pub(crate) fn index(&mut self, ie: &Expr, max: Option<u64>) -> Option<i64> {
        let mut x = self.expr(ie);
        if x.is_invalid() {
            return None;
        }
        let int = self.info.table.basic(BasicKind::Int);
        if !self.convert_index(&mut x, int, "index") {
            return None;
        }
        if x.mode != OpMode::Constant {
            return None;
        }
        let v = x.val.as_ref()?.to_int()?;
        if v.is_negative() {
            let d = self.describe(&x);
            self.error(ie.span, format!("invalid argument: index {d} must not be negative"));
            return None;
        }
        if let Some(m) = max {
            if v >= m.into() {
                self.error(ie.span, format!("invalid argument: index {} out of bounds [0:{m}]", v));
                return None;
            }
        }
        v.to_i64()
    }

    /// An index/size operand must be of integer type (an untyped constant becomes `int`).
    pub(crate) fn convert_index(&mut self, x: &mut Operand, int: TypeId, what: &str) -> bool {
        if self.info.table.is_untyped(x.ty) {
            // Go's `isValidIndex`: an untyped operand converts to int like any other.
            if !self.convert_untyped_in(x, int) {
                return false;
            }
        }
        if !self.info.table.is_integer(x.ty) {
            let d = self.describe(x);
            self.error_at(x, format!("invalid argument: {what} {d} must be integer"));
            return false;
        }
        if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
            if crate::constant::representable(v, BasicKind::Int).is_err() && v.sign() != std::cmp::Ordering::Less {
                let d = self.describe(x);
                self.error_at(x, format!("invalid argument: {what} {d} overflows int"));
                return false;
            }
        }
        true
    }

    fn slice_expr<'e>(
        &mut self,
        e: &'e Expr,
        xe: &'e Expr,
        lo: Option<&'e Expr>,
        hi: Option<&'e Expr>,
        max: Option<&'e Expr>,
        three: bool,
    ) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let x = self.expr(xe);
        if x.is_invalid() {
            return inv;
        }
        let under = self.info.table.under(x.ty).clone();
        let (result, len) = match under {
            Type::Basic(k) if k.is_string() => {
                if three {
                    self.error(e.span, format!("{INVALID_OP}3-index slice of string"));
                    return inv;
                }
                let len = x.val.as_ref().and_then(|v| match v {
                    Value::String(s) => Some(s.len() as u64),
                    _ => None,
                });
                let t = if k == BasicKind::UntypedString { self.info.table.basic(BasicKind::String) } else { x.ty };
                (t, len)
            }
            Type::Array { len, elem } => {
                if x.mode != OpMode::Variable {
                    let d = self.describe(&x);
                    self.error(e.span, format!("cannot slice unaddressable value {d}"));
                    return inv;
                }
                self.mark_address_taken(xe);
                (self.info.table.intern(Type::Slice(elem)), Some(len))
            }
            Type::Pointer(b) => match self.info.table.under(b).clone() {
                Type::Array { len, elem } => (self.info.table.intern(Type::Slice(elem)), Some(len)),
                _ => {
                    let d = self.describe(&x);
                    self.error(e.span, format!("cannot slice {d}"));
                    return inv;
                }
            },
            Type::Slice(_) => (x.ty, None),
            _ => {
                let d = self.describe(&x);
                self.error(e.span, format!("cannot slice {d}"));
                return inv;
            }
        };
        let bound = len.map(|l| l + 1);
        let mut vals: Vec<Option<i64>> = Vec::new();
        for b in [lo, hi, max].into_iter().flatten() {
            vals.push(self.index(b, bound));
        }
        let consts: Vec<i64> = vals.iter().flatten().copied().collect();
        if vals.iter().all(|v| v.is_some()) {
            for w in consts.windows(2) {
                if w[1] < w[0] {
                    self.error(e.span, format!("invalid slice indices: {} < {}", w[1], w[0]));
                    return inv;
                }
            }
        }
        self.operand(OpMode::Value, result, e)
    }

    /// Reports an impossible type assertion `x.(T)` (T does not implement x's interface).
    fn check_assertable(&mut self, e: &Expr, x: &Operand, t: TypeId) {
        // In an instance, `x.(T)` with `T` a type parameter is only decided at run time.
        if self.info.table.is_interface(t) || self.in_instance {
            return;
        }
        if let Some(cause) = self.missing_method(t, x.ty) {
            let es = self.expr_str(e);
            let ts = self.type_string(t);
            self.error(e.span, format!("impossible type assertion: {es}\n\t{ts} does not implement {} {cause}", self.type_string(x.ty)));
        }
    }

    // ------------------------------------------------------------------------------------
    // Composite literals

    fn composite_lit<'e>(
        &mut self,
        e: &'e Expr,
        ty: Option<&'e Expr>,
        elts: &'e [Element],
        rbrace: minigo_parser::ast::Span,
        hint: Option<TypeId>,
    ) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let (typ, base) = match ty {
            Some(te) => {
                if let ExprKind::EllipsisArray { elem } = &te.kind {
                    let et = self.type_expr(elem);
                    let n = self.indexed_elems(elts, et, None);
                    let at = self.info.table.intern(Type::Array { len: n, elem: et });
                    self.info.types.insert(te.id, TypeAndValue { mode: Mode::TypeExpr, ty: at, value: None });
                    return self.operand(OpMode::Value, at, e);
                }
                let t = self.type_expr(te);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    // `[]*T{{...}}`: the elided type is `&T` (also when the element type is
                    // a named pointer type, `type PS *S`).
                    let base = match self.info.table.get(self.info.table.underlying(h)) {
                        Type::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, base)
                }
                None => {
                    self.error(e.span, "missing type in composite literal");
                    return inv;
                }
            },
        };
        if self.info.table.is_invalid(base) {
            for el in elts {
                if let Some(k) = &el.key {
                    if !matches!(k.kind, ExprKind::Ident(_)) {
                        self.expr(k);
                    }
                }
                self.expr(&el.value);
            }
            return inv;
        }
        match self.info.table.under(base).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = vec![false; fields.len()];
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(el.value.span, MIXTURE);
                            self.expr(&el.value);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            let ks = self.expr_str(k);
                            self.error(k.span, format!("invalid field name {ks} in struct literal"));
                            self.expr(&el.value);
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == kid.name) else {
                            let ts = self.type_string(base);
                            self.error(kid.span, format!("unknown field {} in struct literal of type {ts}", kid.name));
                            self.expr(&el.value);
                            continue;
                        };
                        self.info.types.insert(k.id, TypeAndValue { mode: Mode::Variable, ty: fields[i].ty, value: None });
                        self.info.types.insert(kid.id, TypeAndValue { mode: Mode::Variable, ty: fields[i].ty, value: None });
                        if seen[i] {
                            self.error(kid.span, format!("duplicate field name {} in struct literal", kid.name));
                        }
                        seen[i] = true;
                        // Struct field values never elide their composite literal type.
                        let mut v = self.expr(&el.value);
                        self.assign_to(&mut v, fields[i].ty, "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(k.span, MIXTURE);
                            self.expr(&el.value);
                            continue;
                        }
                        let mut v = self.expr(&el.value);
                        let Some(f) = fields.get(i) else {
                            let ts = self.type_string(base);
                            self.error(el.value.span, format!("too many values in struct literal of type {ts}"));
                            break;
                        };
                        self.assign_to(&mut v, f.ty, "struct literal");
                    }
                    if elts.len() < fields.len() && !elts.is_empty() {
                        let ts = self.type_string(base);
                        self.error(rbrace, format!("too few values in struct literal of type {ts}"));
                    }
                }
            }
            Type::Array { len, elem } => {
                self.indexed_elems(elts, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elems(elts, elem, None);
            }
            Type::Map { key, value } => {
                // Constant keys already used, with their types (under an interface key type,
                // `1` and `int8(1)` are different keys).
                let mut seen: Vec<(TypeId, Value)> = Vec::new();
                for el in elts {
                    let Some(k) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        self.expr(&el.value);
                        continue;
                    };
                    let mut kx = self.expr_hint(k, Some(key));
                    if self.assign_to(&mut kx, key, "map literal") {
                        if let (OpMode::Constant, Some(v)) = (kx.mode, &kx.val) {
                            let dup = seen.iter().any(|(t, w)| *t == kx.ty && constant::compare(w, BinaryOp::Eq, v) == Some(true));
                            if dup && !self.in_instance {
                                let ks = self.expr_str(k);
                                self.error(k.span, format!("duplicate key {ks} in map literal"));
                            } else {
                                seen.push((kx.ty, v.clone()));
                            }
                        }
                    }
                    let mut vx = self.expr_hint(&el.value, Some(value));
                    self.assign_to(&mut vx, value, "map literal");
                }
            }
            _ => {
                let ts = self.type_string(base);
                self.error(e.span, format!("invalid composite literal type {ts}"));
                for el in elts {
                    self.expr(&el.value);
                }
                return inv;
            }
        }
        self.operand(OpMode::Value, typ, e)
    }

    /// Elements of an array or slice literal (`[...]T` when `len` is `None` for arrays);
    /// returns the literal's length.
    fn indexed_elems(&mut self, elts: &[Element], elem: TypeId, len: Option<u64>) -> u64 {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
        for el in elts {
            if let Some(k) = &el.key {
                let kx = self.expr(k);
                match (kx.mode, kx.val.as_ref().and_then(|v| v.to_int())) {
                    (OpMode::Constant, Some(i)) if !i.is_negative() && (self.info.table.is_integer(kx.ty) || self.info.table.is_untyped(kx.ty)) => {
                        let int = self.info.table.basic(BasicKind::Int);
                        self.convert_untyped(k, &kx, int);
                        idx = i.to_u64().unwrap_or(u64::MAX);
                    }
                    (OpMode::Invalid, _) => {}
                    _ => {
                        let ks = self.expr_str(k);
                        self.error(k.span, format!("index {ks} must be integer constant"));
                    }
                }
            }
            if let Some(l) = len {
                if idx >= l {
                    self.error(el.value.span, format!("index {idx} is out of bounds (>= {l})"));
                }
            }
            if !seen.insert(idx) {
                self.error(el.key.as_ref().map(|k| k.span).unwrap_or(el.value.span), format!("duplicate index {idx} in array or slice literal"));
            }
            let mut v = self.expr_hint(&el.value, Some(elem));
            self.assign_to(&mut v, elem, "array or slice literal");
            idx = idx.saturating_add(1);
            max = max.max(idx);
        }
        max
    }
}

/// Go reports index errors at the `[`, which directly follows the indexed operand.
fn lbrack(x: &Expr) -> minigo_parser::ast::Span {
    minigo_parser::ast::Span { lo: x.span.hi, hi: x.span.hi + 1 }
}

/// Go's names of operators in `constant ... overflow` messages.
fn binary_op_name(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "addition",
        Sub => "subtraction",
        Mul => "multiplication",
        Shl => "shift",
        Xor => "bitwise XOR",
        Or => "bitwise OR",
        And => "bitwise AND",
        AndNot => "bit clear",
        _ => "",
    }
}

fn unary_op_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "negation",
        UnaryOp::Xor => "bitwise complement",
        _ => "",
    }
}

pub(crate) fn unparen(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

fn capitalize_toggle(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => c.to_lowercase().chain(cs).collect(),
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}
