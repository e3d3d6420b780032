//! Type expressions: `[]int`, `map[string]T`, `struct{...}`, `interface{...}`, func types,
//! qualified type names, array lengths (constant expressions).
use minigo_parser::ast::{Expr, ExprKind, FuncType, InterfaceElem};

use super::Checker;
use crate::api::*;

impl Checker<'_> {
    /// The type denoted by `e`; reports `x is not a type` (and returns the invalid type)
    /// for anything else.
    pub(crate) fn type_expr(&mut self, e: &Expr) -> TypeId {
        let constraint_ok = std::mem::replace(&mut self.in_constraint, false);
        let t = self.type_expr_inner(e);
        if !constraint_ok {
            self.check_not_constraint(e, t);
        }
        self.info.types.insert(e.id, TypeAndValue { mode: Mode::TypeExpr, ty: t, value: None });
        t
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        let inv = self.info.table.invalid();
        match &e.kind {
            ExprKind::Ident(id) if id.name != "_" && self.lookup(&id.name).is_some_and(|o| !matches!(self.obj(o).kind, ObjKind::TypeName)) => {
                let o = self.lookup(&id.name).unwrap_or(ObjId(0));
                self.info.uses.insert(id.id, o);
                self.used.insert(o);
                let kind = match &self.obj(o).kind {
                    ObjKind::Var { global: true } => "package-level variable",
                    ObjKind::Var { global: false } => "local variable",
                    ObjKind::Const(_) => "constant",
                    ObjKind::Func(_) => "function",
                    ObjKind::PkgName(_) => "package name",
                    ObjKind::Builtin(_) => "built-in function",
                    ObjKind::Nil => "untyped nil",
                    ObjKind::TypeName => "type",
                };
                self.error(e.span, format!("{} ({kind}) is not a type", id.name));
                inv
            }
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    super::assign::OpMode::TypeExpr => x.ty,
                    super::assign::OpMode::Invalid => inv,
                    _ => {
                        let s = self.expr_str(e);
                        self.error(e.span, format!("{s} is not a type"));
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                self.info.table.intern(Type::Pointer(t))
            }
            ExprKind::SliceType(x) | ExprKind::ArrayType { len: None, elem: x } => {
                let t = self.type_expr(x);
                self.info.table.intern(Type::Slice(t))
            }
            ExprKind::ArrayType { len: Some(l), elem } => {
                let n = self.array_len(l);
                let t = self.type_expr(elem);
                match n {
                    Some(len) => self.info.table.intern(Type::Array { len, elem: t }),
                    None => inv,
                }
            }
            ExprKind::EllipsisArray { elem } => {
                self.type_expr(elem);
                self.error(e.span, "invalid use of [...] array (outside a composite literal)");
                inv
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if !self.info.table.is_invalid(k) && !self.info.table.comparable(k) && !self.is_being_declared(k) {
                    let ks = self.type_string(k);
                    self.error(key.span, format!("invalid map key type {ks}"));
                }
                self.info.table.intern(Type::Map { key: k, value: v })
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                self.info.table.intern(Type::Chan { dir: *dir, elem: t })
            }
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::StructType(fields) => {
                let mut out: Vec<StructField> = Vec::new();
                for f in fields {
                    let t = self.type_expr(&f.ty);
                    if f.names.is_empty() {
                        let name = embedded_name(&f.ty);
                        self.check_embedded_field(&f.ty, t);
                        self.add_field(&mut out, name, t, true, f.tag.clone(), f.ty.span);
                    }
                    for n in &f.names {
                        self.add_field(&mut out, n.name.clone(), t, false, f.tag.clone(), n.span);
                    }
                }
                self.info.table.intern(Type::Struct(out))
            }
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Generic { x, args } => self.instance_type(e, x, args),
            ExprKind::Index { x, index } => self.instance_type(e, x, std::slice::from_ref(index)),
            ExprKind::Bad => inv,
            _ => {
                let s = self.expr_str(e);
                self.error(e.span, format!("{s} is not a type"));
                inv
            }
        }
    }

    /// The instantiated generic type `x[args]`.
    fn instance_type(&mut self, e: &Expr, x: &Expr, args: &[Expr]) -> TypeId {
        let inv = self.info.table.invalid();
        let Some(o) = self.generic_target(x) else {
            let s = self.expr_str(x);
            self.error(x.span, format!("{s} is not a generic type"));
            return inv;
        };
        let op = self.instantiate_operand(e, x, o, args);
        match op.mode {
            super::assign::OpMode::TypeExpr => op.ty,
            super::assign::OpMode::Invalid => inv,
            _ => {
                let s = self.expr_str(e);
                self.error(e.span, format!("{s} is not a type"));
                inv
            }
        }
    }

    /// An interface type: its methods (embedded interfaces flattened in) and, for a
    /// constraint, its type set (unions and `comparable` from its elements).
    fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut unions: Vec<Vec<Term>> = Vec::new();
        let mut comparable = false;
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let s = self.func_type(sig);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(IfaceMethod { name: name.name.clone(), sig: s });
                }
                InterfaceElem::Embed(x) if matches!(x.kind, ExprKind::Binary { .. } | ExprKind::Unary { .. }) => {
                    unions.push(self.union_terms(x));
                }
                InterfaceElem::Embed(x) => {
                    self.in_constraint = true;
                    let t = self.type_expr(x);
                    if self.is_being_declared(t) {
                        // Embedding an interface whose declaration is in progress: a cycle.
                        let n = self.info.table.as_named(t).map(|n| self.info.table.named_info(n).clone());
                        if let Some(n) = n {
                            self.error(n.span.unwrap_or(x.span), format!("invalid recursive type: {} refers to itself", n.name));
                        }
                        continue;
                    }
                    if self.info.table.is_invalid(t) {
                        continue;
                    }
                    let embedded = match self.info.table.under(t).clone() {
                        Type::Interface(ms) => ms,
                        Type::Constraint { methods: ms, unions: us, comparable: c } => {
                            unions.extend(us);
                            comparable |= c;
                            ms
                        }
                        _ => {
                            unions.push(vec![Term { tilde: false, ty: t }]);
                            continue;
                        }
                    };
                    for m in embedded {
                        match methods.iter().find(|p| p.name == m.name) {
                            Some(p) if p.sig != m.sig => self.error(x.span, format!("duplicate method {}", m.name)),
                            Some(_) => {}
                            None => methods.push(m),
                        }
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        if unions.is_empty() && !comparable {
            return self.info.table.intern(Type::Interface(methods));
        }
        self.info.table.intern(Type::Constraint { methods, unions, comparable })
    }

    /// Whether `t` is a named type still being declared (its underlying type is not known
    /// yet, so predicates on it must wait).
    fn is_being_declared(&self, t: TypeId) -> bool {
        match self.info.table.as_named(t) {
            Some(n) => self.info.table.is_invalid(self.info.table.named_info(n).underlying),
            None => false,
        }
    }

    fn check_embedded_field(&mut self, e: &Expr, t: TypeId) {
        let table = &self.info.table;
        let base = match table.get(t) {
            Type::Pointer(b) => {
                if matches!(table.under(*b), Type::Pointer(_)) || table.is_interface(*b) {
                    self.error(e.span, "embedded field type cannot be a pointer to an interface");
                    return;
                }
                *b
            }
            _ => t,
        };
        if matches!(table.get(base), Type::Pointer(_)) {
            self.error(e.span, "embedded field type cannot be a pointer");
        }
    }

    fn add_field(&mut self, out: &mut Vec<StructField>, name: String, ty: TypeId, embedded: bool, tag: Option<String>, span: minigo_parser::ast::Span) {
        if name != "_" && out.iter().any(|f| f.name == name) {
            self.error(span, format!("{name} redeclared"));
            return;
        }
        let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
        out.push(StructField { name, ty, embedded, tag, exported });
    }

    /// The `Type::Func` of a signature.
    pub(crate) fn func_type(&mut self, ft: &FuncType) -> TypeId {
        // Parameter and result names share one block.
        let mut names: std::collections::HashMap<&str, minigo_parser::ast::Span> = std::collections::HashMap::new();
        for n in ft.params.iter().chain(&ft.results).flat_map(|p| &p.names) {
            if n.name == "_" {
                continue;
            }
            if let Some(prev) = names.insert(&n.name, n.span) {
                let (file, line, col) = self.position(prev.lo);
                self.error(n.span, format!("{} redeclared in this block\n\t{file}:{line}:{col}: other declaration of {}", n.name, n.name));
            }
        }
        let mut params = Vec::new();
        for (i, p) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty);
            if ft.variadic && i + 1 == ft.params.len() {
                t = self.info.table.intern(Type::Slice(t));
            }
            for _ in 0..p.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for p in &ft.results {
            let t = self.type_expr(&p.ty);
            for _ in 0..p.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.table.intern(Type::Func(Signature { params, results, variadic: ft.variadic }))
    }

    /// The length of an array type: a non-negative integer constant.
    fn array_len(&mut self, e: &Expr) -> Option<u64> {
        let x = self.expr(e);
        if x.mode == super::assign::OpMode::Invalid {
            return None;
        }
        let s = self.expr_str(e);
        match &x.val {
            Some(v) if x.mode == super::assign::OpMode::Constant => {
                if self.info.table.is_untyped(x.ty) || self.info.table.is_integer(x.ty) {
                    if let Some(i) = v.to_int() {
                        let int_ty = self.info.table.basic(BasicKind::Int);
                        self.convert_untyped(e, &x, int_ty);
                        return match num_traits::ToPrimitive::to_u64(&i) {
                            Some(n) if n < (1 << 40) => Some(n),
                            _ if i.sign() == num_bigint::Sign::Minus => {
                                self.error(e.span, format!("invalid array length {s} (untyped int constant {v})"));
                                None
                            }
                            _ => {
                                self.error(e.span, format!("array length {s} (untyped int constant {v}) must be integer"));
                                None
                            }
                        };
                    }
                }
                let d = self.describe(&x);
                self.error(e.span, format!("array length {d} must be integer"));
                None
            }
            _ => {
                if x.mode == super::assign::OpMode::TypeExpr {
                    self.error(e.span, format!("invalid array length {s}"));
                } else {
                    self.error(e.span, format!("array length {s} (variable of type {}) must be constant", self.type_string(x.ty)));
                }
                None
            }
        }
    }
}

/// The implicit field name of an embedded field: the type name without `*` or package.
pub(crate) fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::Generic { x, .. } => embedded_name(x),
        ExprKind::Selector { sel, .. } => sel.name.clone(),
        _ => "_".into(),
    }
}
