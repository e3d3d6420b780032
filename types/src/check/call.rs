//! Calls: function and method calls (multi-value arguments, variadic `xs...`),
//! conversions `T(x)` (constant conversions included), and the built-in functions.
use minigo_parser::ast::{Expr, ExprKind};
use num_traits::ToPrimitive;

use super::assign::{OpMode, Operand};
use super::Checker;
use crate::api::*;
use crate::constant::{self, Value};

impl<'a> Checker<'a> {
    pub(crate) fn call<'e>(&mut self, e: &'e Expr, fe: &'e Expr, args: &'e [Expr], ellipsis: bool) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let (target, targs): (&Expr, &[Expr]) = match &super::expr::unparen(fe).kind {
            ExprKind::Index { x, index } => (x, std::slice::from_ref(index)),
            ExprKind::Generic { x, args } => (x, args),
            _ => (fe, &[]),
        };
        if let Some(o) = self.generic_target(target).filter(|o| self.is_generic_func(*o)) {
            return self.generic_call(e, fe, target, o, targs, args, ellipsis);
        }
        let f = self.expr_or_type(fe);
        match f.mode {
            OpMode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                inv
            }
            OpMode::TypeExpr => {
                // Go names the target type as written (`byte`, not `uint8`).
                let ts = match &fe.kind {
                    ExprKind::Ident(_) | ExprKind::Selector { .. } => self.expr_str(fe),
                    _ => self.type_string(f.ty),
                };
                self.conversion(e, f.ty, &ts, args, ellipsis)
            }
            OpMode::Builtin(b) => self.builtin(e, b, args, ellipsis),
            m if !m.is_value() => {
                self.not_a_value(&f);
                inv
            }
            _ => {
                let Some(sig) = self.info.table.signature(f.ty).cloned() else {
                    let d = self.describe(&f);
                    let ts = self.type_string(f.ty);
                    self.error(e.span, format!("invalid operation: cannot call {d}: {ts} is not a function"));
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return inv;
                };
                let xs = self.args(args);
                self.arguments(e, fe, args, &sig, xs, ellipsis);
                self.call_result(e, &sig)
            }
        }
    }

    /// The value of call `e` of a function with signature `sig`.
    pub(crate) fn call_result<'e>(&mut self, e: &'e Expr, sig: &Signature) -> Operand<'e> {
        match sig.results.len() {
            0 => Operand { mode: OpMode::NoValue, ty: self.info.table.invalid(), val: None, expr: Some(e), nth: None },
            1 => Operand { mode: OpMode::Value, ty: sig.results[0], val: None, expr: Some(e), nth: None },
            _ => {
                let t = self.info.table.intern(Type::Tuple(sig.results.clone()));
                Operand { mode: OpMode::Value, ty: t, val: None, expr: Some(e), nth: None }
            }
        }
    }

    /// Checks call arguments; a single multi-value call argument is spread into operands
    /// without expressions (`f(g())`).
    pub(crate) fn args<'e>(&mut self, args: &'e [Expr]) -> Vec<Operand<'e>> {
        if args.len() == 1 {
            let x = self.raw_expr(&args[0], None);
            if let Type::Tuple(ts) = self.info.table.get(x.ty).clone() {
                if x.mode.is_value() {
                    return Operand::tuple_elems(&ts, &args[0]);
                }
            }
            return vec![self.single_value_of(x)];
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    fn single_value_of<'e>(&mut self, x: Operand<'e>) -> Operand<'e> {
        match x.mode {
            OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr | OpMode::PkgName => {
                self.not_a_value(&x);
                Operand { mode: OpMode::Invalid, ..x }
            }
            _ => x,
        }
    }

    /// Go's `arguments`: counts, variadic parameters, assignability of each argument.
    pub(crate) fn arguments(&mut self, e: &Expr, fe: &Expr, args: &[Expr], sig: &Signature, mut xs: Vec<Operand>, ellipsis: bool) {
        let fs = self.expr_str(fe);
        let nargs = xs.len();
        let mut npars = sig.params.len();
        let mut params: Vec<TypeId> = sig.params.clone();
        if sig.variadic {
            if ellipsis {
                if nargs == npars && xs.iter().any(|x| x.expr.is_none()) && nargs > 1 {
                    self.error(e.span, format!("cannot use ... with {nargs}-valued {}", self.expr_str(e)));
                    return;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(self.info.table.invalid());
                let elem = match self.info.table.get(last) {
                    Type::Slice(el) => *el,
                    _ => last,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ellipsis {
            self.error(e.span, format!("cannot use ... in call to non-variadic {fs}"));
            return;
        }
        if nargs != npars {
            // Values of a multi-value argument `f(g())` are reported at `g()`.
            let spread = args.first().map(|a| a.span).unwrap_or(e.span);
            let (qual, span) = if nargs > npars {
                ("too many", xs[npars].expr.map(|x| x.span).unwrap_or(spread))
            } else if nargs > 0 {
                ("not enough", xs[nargs - 1].expr.map(|x| x.span).unwrap_or(spread))
            } else {
                ("not enough", e.span)
            };
            let have = self.types_summary(&xs.iter().map(|x| x.ty).collect::<Vec<_>>(), false, ellipsis);
            let want = self.types_summary(&sig.params, sig.variadic, false);
            self.error(span, format!("{qual} arguments in call to {fs}\n\thave {have}\n\twant {want}"));
            return;
        }
        let context = format!("argument to {fs}");
        for (x, &p) in xs.iter_mut().zip(params.iter()) {
            self.assign_to(x, p, &context);
        }
    }

    /// `(int, string)`, untyped numeric constants shown as `number` (Go's `typesSummary`).
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let t = &self.info.table;
        let mut parts = Vec::new();
        for (i, &ty) in list.iter().enumerate() {
            let mut s = if t.is_invalid(ty) {
                "unknown type".to_string()
            } else if t.is_untyped(ty) {
                if t.is_numeric(ty) {
                    "number".into()
                } else {
                    t.basic_kind(ty).map(|k| k.name().replace("untyped ", "")).unwrap_or_default()
                }
            } else {
                self.type_string(ty)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(el) = t.get(ty) {
                        s = self.type_string(*el);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    // ------------------------------------------------------------------------------------
    // Conversions

    fn conversion<'e>(&mut self, e: &'e Expr, t: TypeId, ts: &str, args: &'e [Expr], ellipsis: bool) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        if args.len() != 1 {
            for a in args {
                self.expr(a);
            }
            if args.is_empty() {
                self.error(e.span, format!("missing argument in conversion to {ts}"));
            } else {
                self.error(args[args.len() - 1].span, format!("too many arguments in conversion to {ts}"));
            }
            return inv;
        }
        if ellipsis {
            self.error(args[0].span, format!("invalid use of ... in conversion to {ts}"));
            return inv;
        }
        let mut x = self.expr(&args[0]);
        if x.is_invalid() {
            return inv;
        }
        let table = &self.info.table;
        let tk = table.basic_kind(t);
        let const_type = tk.is_some_and(|k| k != BasicKind::UnsafePointer && k != BasicKind::Invalid);
        if x.mode == OpMode::Constant && const_type {
            let v = x.val.clone().unwrap_or(Value::int(0));
            let k = tk.unwrap_or(BasicKind::Invalid);
            let xs_int = table.is_integer(x.ty);
            let converted = match constant::representable(&v, k) {
                Ok(v2) if (table.is_numeric(x.ty) && k.is_numeric()) || (table.is_string(x.ty) && k.is_string()) || (table.is_boolean(x.ty) && k.is_boolean()) => Some(v2),
                _ if xs_int && k.is_string() => {
                    let cp = v.to_int().and_then(|i| i.to_u32()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    Some(Value::String(cp.to_string().into_bytes()))
                }
                _ => None,
            };
            let Some(v2) = converted else {
                let d = self.describe(&x);
                if xs_int && k.is_integer() {
                    self.error(args[0].span, format!("constant {} overflows {ts}", v.short_string()));
                } else {
                    self.error(args[0].span, format!("cannot convert {d} to type {ts}"));
                }
                return inv;
            };
            if self.info.table.is_untyped(x.ty) {
                // An integer constant converted to a string keeps its own (default) type.
                let final_ty = if xs_int && k.is_string() { self.info.table.default_type(x.ty) } else { t };
                self.update_expr_type(&args[0], final_ty, None);
            }
            return Operand { mode: OpMode::Constant, ty: t, val: Some(v2), expr: Some(e), nth: None };
        }
        if !self.convertible(&x, t) {
            let d = self.describe(&x);
            self.error(args[0].span, format!("cannot convert {d} to type {ts}"));
            return inv;
        }
        if self.info.table.is_untyped(x.ty) {
            if x.is_nil(&self.info.table) {
                self.update_expr_type(&args[0], t, None);
            } else {
                self.default_operand(&mut x);
            }
        }
        self.note_iface_conversion(&x, t);
        Operand { mode: OpMode::Value, ty: t, val: None, expr: Some(e), nth: None }
    }

    /// Go's `convertibleTo` for a non-constant conversion.
    fn convertible(&self, x: &Operand, t: TypeId) -> bool {
        if self.assignable(x, t).is_ok() {
            return true;
        }
        let table = &self.info.table;
        let v = if table.is_untyped(x.ty) { table.default_type(x.ty) } else { x.ty };
        let (vu, tu) = (table.underlying(v), table.underlying(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (table.get(v), table.get(t)) {
            if self.identical_ignore_tags(table.underlying(*a), table.underlying(*b)) {
                return true;
            }
        }
        let num = |id: TypeId| table.is_integer(id) || table.is_float(id);
        if num(v) && num(t) || table.is_complex(v) && table.is_complex(t) {
            return true;
        }
        let bytes_or_runes = |id: TypeId| match table.under(id) {
            Type::Slice(el) => matches!(table.basic_kind(*el), Some(BasicKind::Uint8 | BasicKind::Int32)),
            _ => false,
        };
        if table.is_string(t) && (table.is_integer(v) || bytes_or_runes(v)) {
            return true;
        }
        if table.is_string(v) && bytes_or_runes(t) {
            return true;
        }
        // Slice to array or array pointer (Go 1.17/1.20).
        if let Type::Slice(se) = table.get(vu) {
            match table.get(tu) {
                Type::Array { elem, .. } if elem == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = table.under(*p) {
                        if elem == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let table = &self.info.table;
        match (table.get(a), table.get(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len() && fa.iter().zip(fb).all(|(x, y)| x.name == y.name && x.embedded == y.embedded && x.ty == y.ty)
            }
            _ => false,
        }
    }

    // ------------------------------------------------------------------------------------
    // Built-in functions

    fn builtin<'e>(&mut self, e: &'e Expr, b: Builtin, args: &'e [Expr], ellipsis: bool) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let name = builtin_name(b);
        let call_s = self.expr_str(e);
        if ellipsis && b != Builtin::Append {
            self.error(e.span, format!("invalid operation: invalid use of ... with built-in {name}"));
            for a in args {
                self.raw_expr(a, None);
            }
            return inv;
        }
        let (min, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap | Builtin::Clear | Builtin::Close | Builtin::Imag | Builtin::Len | Builtin::New | Builtin::Panic | Builtin::Real => (1, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Make | Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
        };
        // make and new take a type first.
        if matches!(b, Builtin::Make | Builtin::New) {
            return self.builtin_make_new(e, b, args, &call_s);
        }
        let mut xs = if args.is_empty() { vec![] } else { self.args(args) };
        let nargs = xs.len();
        let msg = if nargs < min {
            "not enough"
        } else if !variadic && nargs > min {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            self.error(e.span, format!("invalid operation: {msg} arguments for {call_s} (expected {min}, found {nargs})"));
            return inv;
        }
        if xs.iter().any(|x| x.is_invalid()) {
            return inv;
        }
        let table = &self.info.table;
        let int = table.basic(BasicKind::Int);
        match b {
            Builtin::Append => {
                let s = xs[0].clone();
                let elem = match self.info.table.under(s.ty) {
                    Type::Slice(el) => *el,
                    _ => {
                        let d = if s.is_nil(&self.info.table) { "untyped nil".to_string() } else { self.describe(&s) };
                        self.error_at(&s, format!("invalid append: argument must be a slice; have {d}"));
                        return inv;
                    }
                };
                if ellipsis {
                    if nargs != 2 {
                        // append's signature is `func(s S, x ...E) S`: a count error as for calls.
                        let (qual, at) = if nargs > 2 { ("too many", args[2].span) } else { ("not enough", args[nargs - 1].span) };
                        let have = self.types_summary(&xs.iter().map(|x| x.ty).collect::<Vec<_>>(), false, true);
                        let slice_t = self.info.table.intern(Type::Slice(elem));
                        let want = self.types_summary(&[s.ty, slice_t], true, false);
                        self.error(at, format!("{qual} arguments in call to append\n\thave {have}\n\twant {want}"));
                        return inv;
                    }
                    let is_bytes = self.info.table.basic_kind(elem) == Some(BasicKind::Uint8);
                    if is_bytes && self.info.table.is_string(xs[1].ty) {
                        let st = self.info.table.basic(BasicKind::String);
                        self.convert_untyped_in(&mut xs[1], st);
                    } else {
                        let st = s.ty;
                        let slice_t = self.info.table.intern(Type::Slice(elem));
                        let target = if self.info.table.as_named(st).is_some() && xs[1].ty == st { st } else { slice_t };
                        self.assign_to(&mut xs[1], target, "argument to append");
                    }
                } else {
                    for x in xs.iter_mut().skip(1) {
                        self.assign_to(x, elem, "argument to append");
                    }
                }
                Operand { mode: OpMode::Value, ty: s.ty, val: None, expr: Some(e), nth: None }
            }
            Builtin::Len | Builtin::Cap => {
                let mut x = xs.remove(0);
                let under = self.info.table.under(x.ty).clone();
                let mut constant_val: Option<Value> = None;
                let ok = match &under {
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        if let (OpMode::Constant, Some(Value::String(s))) = (x.mode, &x.val) {
                            constant_val = Some(Value::int(s.len() as i64));
                        }
                        true
                    }
                    Type::Array { len, .. } => {
                        if !contains_call_or_recv(&args[0]) {
                            constant_val = Some(Value::int(*len as i64));
                        }
                        true
                    }
                    Type::Pointer(p) => match self.info.table.under(*p) {
                        Type::Array { len, .. } => {
                            if !contains_call_or_recv(&args[0]) {
                                constant_val = Some(Value::int(*len as i64));
                            }
                            true
                        }
                        _ => false,
                    },
                    Type::Slice(_) | Type::Chan { .. } => true,
                    Type::Map { .. } => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error_at(&x, format!("invalid argument: {d} for built-in {name}"));
                    return inv;
                }
                if self.info.table.is_untyped(x.ty) {
                    self.default_operand(&mut x);
                }
                match constant_val {
                    Some(v) => Operand { mode: OpMode::Constant, ty: int, val: Some(v), expr: Some(e), nth: None },
                    None => Operand { mode: OpMode::Value, ty: int, val: None, expr: Some(e), nth: None },
                }
            }
            Builtin::Clear => {
                if !matches!(self.info.table.under(xs[0].ty), Type::Map { .. } | Type::Slice(_)) {
                    let d = self.describe(&xs[0]);
                    self.error_at(&xs[0], format!("invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"));
                    return inv;
                }
                self.no_value(e)
            }
            Builtin::Close => {
                match self.info.table.under(xs[0].ty) {
                    Type::Chan { dir, .. } => {
                        if *dir == minigo_parser::ast::ChanDir::Recv {
                            let d = self.describe(&xs[0]);
                            self.error_at(&xs[0], format!("invalid operation: cannot close receive-only channel {d}"));
                            return inv;
                        }
                    }
                    _ => {
                        let d = self.describe(&xs[0]);
                        self.error_at(&xs[0], format!("invalid operation: cannot close non-channel {d}"));
                        return inv;
                    }
                }
                self.no_value(e)
            }
            Builtin::Copy => {
                let dst = match self.info.table.under(xs[0].ty) {
                    Type::Slice(el) => Some(*el),
                    _ => None,
                };
                let src = match self.info.table.under(xs[1].ty) {
                    Type::Slice(el) => Some(*el),
                    Type::Basic(k) if k.is_string() => Some(self.info.table.basic(BasicKind::Uint8)),
                    _ => None,
                };
                match (dst, src) {
                    (Some(d), Some(s)) if d == s => {
                        if self.info.table.is_untyped(xs[1].ty) {
                            self.default_operand(&mut xs[1]);
                        }
                        Operand { mode: OpMode::Value, ty: int, val: None, expr: Some(e), nth: None }
                    }
                    (Some(d), Some(s)) => {
                        let (a, bb) = (self.describe(&xs[0]), self.describe(&xs[1]));
                        let (ds, ss) = (self.type_string(d), self.type_string(s));
                        self.error_at(&xs[0], format!("invalid copy: arguments {a} and {bb} have different element types {ds} and {ss}"));
                        inv
                    }
                    (None, _) => {
                        let d = self.describe(&xs[0]);
                        self.error_at(&xs[0], format!("invalid copy: argument must be a slice; have {d}"));
                        inv
                    }
                    (_, None) => {
                        let d = self.describe(&xs[1]);
                        self.error_at(&xs[1], format!("invalid copy: argument must be a slice; have {d}"));
                        inv
                    }
                }
            }
            Builtin::Delete => {
                let Type::Map { key, .. } = self.info.table.under(xs[0].ty).clone() else {
                    let d = self.describe(&xs[0]);
                    self.error_at(&xs[0], format!("invalid argument: {d} is not a map"));
                    return inv;
                };
                let mut k = xs.remove(1);
                if !self.assign_to(&mut k, key, "argument to delete") {
                    return inv;
                }
                self.no_value(e)
            }
            Builtin::Panic => {
                let any = self.info.table.intern(Type::Interface(vec![]));
                self.assign_to(&mut xs[0], any, "argument to panic");
                self.no_value(e)
            }
            Builtin::Print | Builtin::Println => {
                for x in xs.iter_mut() {
                    if x.is_nil(&self.info.table) {
                        self.error_at(x, "use of untyped nil in argument to built-in ".to_string() + name);
                        return inv;
                    }
                    self.default_operand(x);
                }
                self.no_value(e)
            }
            Builtin::Recover => {
                let any = self.info.table.intern(Type::Interface(vec![]));
                Operand { mode: OpMode::Value, ty: any, val: None, expr: Some(e), nth: None }
            }
            Builtin::Max | Builtin::Min => {
                let mut acc = xs[0].clone();
                for i in 0..xs.len() {
                    if !self.info.table.is_ordered(xs[i].ty) {
                        let d = self.describe(&xs[i]);
                        self.error_at(&xs[i], format!("invalid argument: {d} cannot be ordered"));
                        return inv;
                    }
                }
                for i in 1..xs.len() {
                    let mut y = xs[i].clone();
                    // Untyped operands take the typed operand's type.
                    if self.info.table.is_untyped(acc.ty) && !self.info.table.is_untyped(y.ty) {
                        let yt = y.ty;
                        if !self.convert_untyped_in(&mut acc, yt) {
                            return inv;
                        }
                    } else if !self.info.table.is_untyped(acc.ty) && self.info.table.is_untyped(y.ty) {
                        let at = acc.ty;
                        if !self.convert_untyped_in(&mut y, at) {
                            return inv;
                        }
                    } else if self.info.table.is_untyped(acc.ty) && self.info.table.is_untyped(y.ty) {
                        let t = if self.info.table.is_float(y.ty) { y.ty } else { acc.ty };
                        acc.ty = t;
                    }
                    if acc.ty != y.ty && !(self.info.table.is_untyped(acc.ty) && self.info.table.is_untyped(y.ty)) {
                        let (a, bt) = (self.type_string(acc.ty), self.type_string(y.ty));
                        let ys = y.expr.map(|x| self.expr_str(x)).unwrap_or_default();
                        self.error_at(&y, format!("invalid argument: mismatched types {a} (previous argument) and {bt} (type of {ys})"));
                        return inv;
                    }
                    match (&acc.val, &y.val, acc.mode, y.mode) {
                        (Some(a), Some(bv), OpMode::Constant, OpMode::Constant) => {
                            let take_y = constant::compare(bv, minigo_parser::ast::BinaryOp::Lt, a).unwrap_or(false) == (b == Builtin::Min);
                            if take_y {
                                acc.val = Some(bv.clone());
                            }
                        }
                        _ => {
                            acc.mode = OpMode::Value;
                            acc.val = None;
                        }
                    }
                }
                if acc.mode != OpMode::Constant {
                    for x in xs.iter_mut() {
                        let t = acc.ty;
                        if self.info.table.is_untyped(t) {
                            self.default_operand(x);
                        } else {
                            self.convert_untyped_in(x, t);
                        }
                    }
                    if self.info.table.is_untyped(acc.ty) {
                        acc.ty = self.info.table.default_type(acc.ty);
                    }
                }
                Operand { mode: acc.mode, ty: acc.ty, val: acc.val, expr: Some(e), nth: None }
            }
            Builtin::Complex => {
                let y = xs.pop().unwrap_or_else(|| inv.clone());
                let x = xs.pop().unwrap_or_else(|| inv.clone());
                self.builtin_complex(e, x, y)
            }
            Builtin::Real | Builtin::Imag => {
                let x = xs.pop().unwrap_or_else(|| inv.clone());
                self.builtin_real_imag(e, x, b == Builtin::Imag)
            }
            Builtin::Make | Builtin::New => inv,
        }
    }

    fn no_value<'e>(&self, e: &'e Expr) -> Operand<'e> {
        Operand { mode: OpMode::NoValue, ty: self.info.table.invalid(), val: None, expr: Some(e), nth: None }
    }

    fn builtin_make_new<'e>(&mut self, e: &'e Expr, b: Builtin, args: &'e [Expr], call_s: &str) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        if args.is_empty() {
            self.error(e.span, format!("invalid operation: not enough arguments for {call_s} (expected 1, found 0)"));
            return inv;
        }
        if b == Builtin::New {
            if args.len() > 1 {
                self.error(e.span, format!("invalid operation: too many arguments for {call_s} (expected 1, found {})", args.len()));
                return inv;
            }
            // `new(T)`, or (Go 1.26) `new(expr)`: a pointer to a new variable holding expr.
            let mut x = self.expr_or_type(&args[0]);
            let t = match x.mode {
                OpMode::Invalid => return inv,
                OpMode::TypeExpr => x.ty,
                _ => {
                    x = self.single_value(x);
                    if x.is_invalid() {
                        return inv;
                    }
                    if x.is_nil(&self.info.table) {
                        self.error(args[0].span, "use of untyped nil in argument to new");
                        return inv;
                    }
                    self.default_operand(&mut x);
                    x.ty
                }
            };
            let p = self.info.table.intern(Type::Pointer(t));
            return Operand { mode: OpMode::Value, ty: p, val: None, expr: Some(e), nth: None };
        }
        let t = self.type_expr(&args[0]);
        if self.info.table.is_invalid(t) {
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        }
        let min = match self.info.table.under(t) {
            Type::Slice(_) => 2,
            Type::Map { .. } | Type::Chan { .. } => 1,
            _ => {
                let ts = self.expr_str(&args[0]);
                self.error(args[0].span, format!("invalid argument: cannot make {ts}: type must be slice, map, or channel"));
                for a in &args[1..] {
                    self.expr(a);
                }
                return inv;
            }
        };
        let n = args.len();
        if n < min || n > min + 1 {
            self.error(e.span, format!("invalid operation: {call_s} expects {min} or {} arguments; found {n}", min + 1));
            return inv;
        }
        let mut sizes = Vec::new();
        let int = self.info.table.basic(BasicKind::Int);
        for a in &args[1..] {
            let mut x = self.expr(a);
            if x.is_invalid() {
                continue;
            }
            if !self.convert_index(&mut x, int, "index") {
                continue;
            }
            if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
                if v.sign() == std::cmp::Ordering::Less {
                    let d = self.describe(&x);
                    self.error(a.span, format!("invalid argument: index {d} must not be negative"));
                    continue;
                }
                sizes.push(v.to_i64());
            }
        }
        if sizes.len() == 2 {
            if let (Some(l), Some(c)) = (sizes[0], sizes[1]) {
                if l > c {
                    self.error(args[1].span, "invalid argument: length and capacity swapped");
                }
            }
        }
        Operand { mode: OpMode::Value, ty: t, val: None, expr: Some(e), nth: None }
    }
}

fn builtin_name(b: Builtin) -> &'static str {
    match b {
        Builtin::Append => "append",
        Builtin::Cap => "cap",
        Builtin::Clear => "clear",
        Builtin::Close => "close",
        Builtin::Complex => "complex",
        Builtin::Copy => "copy",
        Builtin::Delete => "delete",
        Builtin::Imag => "imag",
        Builtin::Len => "len",
        Builtin::Make => "make",
        Builtin::Max => "max",
        Builtin::Min => "min",
        Builtin::New => "new",
        Builtin::Panic => "panic",
        Builtin::Print => "print",
        Builtin::Println => "println",
        Builtin::Real => "real",
        Builtin::Recover => "recover",
    }
}

/// `len(a)` of an array is constant unless the operand contains a call or receive.
fn contains_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary { op: minigo_parser::ast::UnaryOp::Recv, .. } => true,
        ExprKind::Paren(x) | ExprKind::Star(x) => contains_call_or_recv(x),
        ExprKind::Unary { x, .. } => contains_call_or_recv(x),
        ExprKind::Selector { x, .. } => contains_call_or_recv(x),
        ExprKind::Index { x, index } => contains_call_or_recv(x) || contains_call_or_recv(index),
        ExprKind::Binary { x, y, .. } => contains_call_or_recv(x) || contains_call_or_recv(y),
        _ => false,
    }
}
