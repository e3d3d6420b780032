//! Expressions: constants, variables, operators (typed by the checker's types), selectors
//! and embedding paths, indexing and slicing, composite literals, closures, addresses,
//! type assertions, and implicit conversions to interfaces.

use minigo_parser::ast::{BinaryOp, Element, Expr, ExprKind, UnaryOp};
use minigo_types::{BasicKind, Mode, ObjId, ObjKind, Selection, Type, TypeId};
use num_traits::ToPrimitive;

use super::func::{CallShape, Loc};
use super::{CResult, Compiler};
use crate::bytecode::{AssertInfo, CplxOp, Instr, Reg, Width, NO_REG};
use crate::value::{Callee, Value};

impl Compiler<'_> {
    pub(crate) fn ty_of(&self, e: &Expr) -> CResult<TypeId> {
        match self.info.types.get(&e.id) {
            Some(tv) => Ok(tv.ty),
            None => Err(format!("no type recorded for expression at offset {}", e.span.lo)),
        }
    }

    /// Compiles `e` into a register: a fresh temporary, or the register of a variable
    /// (which the caller must not overwrite).
    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<Reg> {
        self.expr_dst(e, None)
    }

    /// Compiles `e` into `dst`.
    /// `x[i][j]` with `x` a slice of slices of a basic type and `j` a plain name or
    /// literal: one `Index2` instead of two `Index` (no copy of the inner slice header).
    /// `j` has no side effects, so evaluating it before `x[i]` is not observable.
    fn index2(&mut self, inner: &Expr, j: &Expr, inner_ty: TypeId, dst: Option<Reg>) -> CResult<Option<Reg>> {
        let Some((xr, ir, jr)) = self.index2_operands(inner, j, inner_ty)? else { return Ok(None) };
        let d = self.dst_or_temp(dst)?;
        self.emit(Instr::Index2 { dst: d, x: xr, i: ir, j: jr });
        Ok(Some(d))
    }

    /// The registers of `x`, `i` and `j` for `inner[j]` with `inner` = `x[i]`, when
    /// `Index2`/`SetIndex2` apply: `x` a slice of slices of a basic type (whose inner
    /// locks are leaves) and `j` a plain name or literal (no side effects, so evaluating
    /// it before `x[i]` is not observable). `None` (nothing emitted) otherwise.
    pub(crate) fn index2_operands(&mut self, inner: &Expr, j: &Expr, inner_ty: TypeId) -> CResult<Option<(Reg, Reg, Reg)>> {
        let ExprKind::Index { x, index: i } = &inner.kind else { return Ok(None) };
        if !matches!(j.kind, ExprKind::Ident(_) | ExprKind::BasicLit { .. }) {
            return Ok(None);
        }
        let basic_elem = match self.under(inner_ty) {
            Type::Slice(elem) => matches!(self.under(*elem), Type::Basic(_)),
            _ => false,
        };
        let xt = self.ty_of(x)?;
        if !basic_elem || !matches!(self.under(xt), Type::Slice(_)) {
            return Ok(None);
        }
        let xr = self.expr(x)?;
        let ir = self.expr(i)?;
        let jr = self.expr(j)?;
        Ok(Some((xr, ir, jr)))
    }

    /// The registers of `p` and `i`, and the field's index, for `x[i]` with `x` = `p.f`,
    /// when `PtrFieldIndex`/`SetPtrFieldIndex` apply ([`Compiler::ptr_field_index_fusable`]).
    pub(crate) fn ptr_field_index_operands(&mut self, x: &Expr, i: &Expr, store: bool) -> CResult<Option<(Reg, u16, Reg)>> {
        let Some((base, path)) = self.ptr_field_index_shape(x, i, store) else { return Ok(None) };
        let bt = self.ty_of(base)?;
        let (&last, hops) = path.split_last().ok_or("empty field path")?;
        let br = self.expr(base)?;
        let (ptr, _) = self.field_path(br, bt, hops)?;
        let ir = self.expr(i)?;
        Ok(Some((ptr, last as u16, ir)))
    }

    /// Whether `x[i]` is a place `SetPtrFieldIndex` can store into (see
    /// [`Compiler::ptr_field_index_shape`]).
    pub(crate) fn ptr_field_index_fusable(&self, x: &Expr, i: &Expr) -> bool {
        self.ptr_field_index_shape(x, i, true).is_some()
    }

    /// `x[i]` is `p.f[i]` with `f` a slice or array field reached through a pointer and
    /// `i` a plain name or literal (free of side effects, so when `p.f` is read makes no
    /// difference): the selector's operand and field path. With `store`, also the
    /// elements are not structs or arrays: storing one then writes into the element's own
    /// slot only, never into a struct field, so no other store of a statement moves `p.f`.
    fn ptr_field_index_shape<'e>(&self, x: &'e Expr, i: &Expr, store: bool) -> Option<(&'e Expr, Vec<usize>)> {
        let ExprKind::Selector { x: base, .. } = &x.kind else { return None };
        if !matches!(i.kind, ExprKind::Ident(_) | ExprKind::BasicLit { .. }) {
            return None;
        }
        let Some(Selection::Field { path, .. }) = self.info.selections.get(&x.id) else { return None };
        let elem = match self.under(self.ty_of(x).ok()?) {
            Type::Slice(elem) | Type::Array { elem, .. } => *elem,
            _ => return None,
        };
        let (_, hops) = path.split_last()?;
        let through_ptr = matches!(self.under(self.field_path_type(self.ty_of(base).ok()?, hops)), Type::Pointer(_));
        (through_ptr && !(store && self.is_agg(elem))).then(|| (&**base, path.clone()))
    }

    /// The type [`Compiler::field_path`] reaches from `ty` along `path`, without emitting.
    fn field_path_type(&self, mut ty: TypeId, path: &[usize]) -> TypeId {
        for &i in path {
            if let Type::Pointer(elem) = self.under(ty) {
                ty = *elem;
            }
            if let Type::Struct(fields) = self.under(ty) {
                ty = fields[i].ty;
            }
        }
        ty
    }

    pub(crate) fn expr_to(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        let r = self.expr_dst(e, Some(dst))?;
        if r != dst {
            self.emit(Instr::Move { dst, src: r });
        }
        Ok(())
    }

    /// Compiles `e` as a value being stored into a new location: aggregates (structs,
    /// arrays) that are not freshly made are copied.
    pub(crate) fn value_to(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        self.expr_to(e, dst)?;
        if self.needs_copy(e)? {
            self.emit(Instr::Copy { dst, src: dst });
        }
        Ok(())
    }

    /// Like [`Compiler::value_to`] into a fresh register.
    pub(crate) fn value(&mut self, e: &Expr) -> CResult<Reg> {
        let r = self.expr(e)?;
        if self.needs_copy(e)? {
            let t = self.temp()?;
            self.emit(Instr::Copy { dst: t, src: r });
            return Ok(t);
        }
        Ok(r)
    }

    /// Whether storing `e` needs a copy: an aggregate read from an existing location.
    pub(crate) fn needs_copy(&self, e: &Expr) -> CResult<bool> {
        if self.info.to_iface.contains_key(&e.id) {
            return Ok(false); // boxing copies
        }
        let ty = self.ty_of(e)?;
        if !self.is_agg(ty) {
            return Ok(false);
        }
        Ok(match &e.kind {
            ExprKind::Paren(x) => self.needs_copy(x)?,
            ExprKind::Ident(_) | ExprKind::Selector { .. } | ExprKind::Index { .. } | ExprKind::Star(_) => true,
            _ => false,
        })
    }

    fn dst_or_temp(&mut self, dst: Option<Reg>) -> CResult<Reg> {
        match dst {
            Some(d) => Ok(d),
            None => self.temp(),
        }
    }

    fn expr_dst(&mut self, e: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        if self.info.to_iface.contains_key(&e.id) {
            let ty = self.ty_of(e)?;
            if !self.is_iface(ty) {
                let d = self.dst_or_temp(dst)?;
                if matches!(self.under(ty), Type::Basic(BasicKind::UntypedNil)) {
                    self.emit(Instr::LoadNil { dst: d });
                    return Ok(d);
                }
                let r = self.expr_inner(e, None)?;
                let ty = self.concrete_type(ty);
                self.emit(Instr::ToIface { dst: d, src: r, ty: ty.0 });
                return Ok(d);
            }
        }
        self.expr_inner(e, dst)
    }

    /// The dynamic type to record when boxing a value of (possibly untyped) type `ty`.
    pub(crate) fn concrete_type(&self, ty: TypeId) -> TypeId {
        use BasicKind::*;
        match self.types.types[ty.0 as usize] {
            Type::Basic(k @ (UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString)) => {
                let d = match k {
                    UntypedBool => Bool,
                    UntypedInt => Int,
                    UntypedRune => Int32,
                    UntypedFloat => Float64,
                    UntypedComplex => Complex128,
                    _ => String,
                };
                self.types.intern.get(&Type::Basic(d)).copied().unwrap_or(ty)
            }
            _ => ty,
        }
    }

    /// The run-time value of constant `cv` of type `ty`.
    pub(crate) fn const_value(&self, cv: &minigo_types::constant::Value, ty: TypeId) -> Value {
        use minigo_types::constant::Value as C;
        let kind = self.basic_kind(ty).unwrap_or(BasicKind::Invalid);
        match cv {
            C::Bool(b) => Value::Bool(*b),
            C::String(s) => Value::bytes_str(s.clone()),
            _ if kind.is_complex() => {
                let (re, im) = cv.parts().unwrap_or((C::int(0), C::int(0)));
                let part = |p: &C| {
                    let f = p.to_f64().unwrap_or(0.0);
                    if kind == BasicKind::Complex64 { f as f32 as f64 } else { f }
                };
                Value::Complex(std::sync::Arc::new((part(&re), part(&im))))
            }
            C::Int(_) | C::Float(_) | C::Complex(_) => {
                if kind.is_float() {
                    let f = cv.to_f64().unwrap_or(0.0);
                    Value::Float(if kind == BasicKind::Float32 { f as f32 as f64 } else { f })
                } else {
                    let i = cv.to_int().unwrap_or_default();
                    let v = i.to_i64().or_else(|| i.to_u64().map(|u| u as i64)).unwrap_or(0);
                    Value::Int(v)
                }
            }
        }
    }

    /// `e` compiled without its conversion to an interface (a hoisted call's raw result).
    pub(crate) fn expr_raw(&mut self, e: &Expr) -> CResult<Reg> {
        self.expr_inner(e, None)
    }

    fn expr_inner(&mut self, e: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        if let Some(r) = self.f().hoisted.remove(&e.id) {
            return Ok(match dst {
                Some(d) if d != r => {
                    self.emit(Instr::Move { dst: d, src: r });
                    d
                }
                _ => r,
            });
        }
        let tv = self.info.types.get(&e.id).cloned();
        if let Some(tv) = &tv {
            if let Some(cv) = &tv.value {
                let v = self.const_value(cv, tv.ty);
                let d = self.dst_or_temp(dst)?;
                self.load_value(d, v);
                return Ok(d);
            }
            if matches!(self.types.types.get(tv.ty.0 as usize), Some(Type::Basic(BasicKind::UntypedNil))) {
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::LoadNil { dst: d });
                return Ok(d);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_dst(x, dst),
            ExprKind::Ident(id) => {
                let Some(&o) = self.info.uses.get(&id.id) else {
                    return Err(format!("unresolved identifier {}", id.name));
                };
                self.load_object(o, dst)
            }
            ExprKind::BasicLit { .. } => Err("literal without a constant value".into()),
            ExprKind::FuncLit { sig, body } => {
                let d = self.dst_or_temp(dst)?;
                self.closure(sig, body, d)?;
                Ok(d)
            }
            ExprKind::CompositeLit { elts, .. } => {
                let ty = self.ty_of(e)?;
                let d = self.dst_or_temp(dst)?;
                self.composite(ty, elts, d)?;
                Ok(d)
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel, dst),
            ExprKind::Index { x, .. } | ExprKind::Generic { x, .. } if self.is_func_instance(x) => self.expr_dst(x, dst),
            ExprKind::Index { x, index } => {
                self.hoist_calls(&[x, index])?;
                let xt = self.ty_of(x)?;
                if let Some(d) = self.index2(x, index, xt, dst)? {
                    return Ok(d);
                }
                if let Some((ptr, idx, i)) = self.ptr_field_index_operands(x, index, false)? {
                    let d = self.dst_or_temp(dst)?;
                    self.emit(Instr::PtrFieldIndex { dst: d, ptr, idx, i });
                    return Ok(d);
                }
                let xr = self.expr(x)?;
                let ir = self.expr(index)?;
                let d = self.dst_or_temp(dst)?;
                match self.under(xt).clone() {
                    Type::Basic(_) => {
                        self.emit(Instr::StrIndex { dst: d, s: xr, i: ir });
                    }
                    Type::Map { value, .. } => {
                        let zero = self.zero(value);
                        let zero = self.konst(zero);
                        self.emit(Instr::MapIndex { dst: d, m: xr, k: ir, zero, ok: false });
                    }
                    Type::Pointer(_) => {
                        let t = self.temp()?;
                        self.emit(Instr::Deref { dst: t, ptr: xr });
                        self.emit(Instr::Index { dst: d, x: t, i: ir });
                    }
                    _ => {
                        self.emit(Instr::Index { dst: d, x: xr, i: ir });
                    }
                }
                Ok(d)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let xr = self.expr(x)?;
                let bound = |c: &mut Self, b: &Option<Box<Expr>>| -> CResult<Reg> {
                    match b {
                        Some(b) => c.expr(b),
                        None => Ok(NO_REG),
                    }
                };
                let l = bound(self, lo)?;
                let h = bound(self, hi)?;
                let m = bound(self, max)?;
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::SliceExpr { dst: d, x: xr, lo: l, hi: h, max: m });
                Ok(d)
            }
            ExprKind::TypeAssert { x, ty: Some(_) } => {
                let target = self.ty_of(e)?;
                let xr = self.expr(x)?;
                let src_ty = self.ty_of(x)?;
                let d = self.dst_or_temp(dst)?;
                self.assert(d, xr, src_ty, target, false)?;
                Ok(d)
            }
            ExprKind::Call { func, args, ellipsis } => self.call_expr(e, func, args, *ellipsis, dst),
            ExprKind::Star(x) => {
                let p = self.expr(x)?;
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::Deref { dst: d, ptr: p });
                Ok(d)
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x, dst),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y, dst),
            _ => Err(format!("unsupported expression at offset {}", e.span.lo)),
        }
    }

    /// Loads the value of object `o` (variable, function, nil).
    pub(crate) fn load_object(&mut self, o: minigo_types::ObjId, dst: Option<Reg>) -> CResult<Reg> {
        match self.obj_kind(o).clone() {
            ObjKind::Var { .. } => {
                let Some(loc) = self.lookup(o) else {
                    return Err(format!("variable {} has no location", self.info.objects[o.0 as usize].name));
                };
                self.load_loc(loc, dst)
            }
            ObjKind::Func(fref) => {
                let callee = self.require_callee(&fref)?;
                let v = self.func_value(callee);
                let d = self.dst_or_temp(dst)?;
                self.load_value(d, v);
                Ok(d)
            }
            ObjKind::Nil => {
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::LoadNil { dst: d });
                Ok(d)
            }
            ObjKind::Const(cv) => {
                let v = self.const_value(&cv, self.info.objects[o.0 as usize].ty);
                let d = self.dst_or_temp(dst)?;
                self.load_value(d, v);
                Ok(d)
            }
            k => Err(format!("{k:?} used as a value")),
        }
    }

    pub(crate) fn load_loc(&mut self, loc: Loc, dst: Option<Reg>) -> CResult<Reg> {
        match loc {
            Loc::Reg(r) => match dst {
                Some(d) if d != r => {
                    self.emit(Instr::Move { dst: d, src: r });
                    Ok(d)
                }
                _ => Ok(r),
            },
            Loc::Cell(r) => {
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::Deref { dst: d, ptr: r });
                Ok(d)
            }
            Loc::Env(i) => {
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::LoadEnv { dst: d, idx: i });
                self.emit(Instr::Deref { dst: d, ptr: d });
                Ok(d)
            }
            Loc::Global(g) => {
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::LoadGlobal { dst: d, g });
                Ok(d)
            }
        }
    }

    /// Stores register `src` into variable location `loc`.
    pub(crate) fn store_loc(&mut self, loc: Loc, src: Reg) -> CResult<()> {
        match loc {
            Loc::Reg(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            Loc::Cell(r) => {
                self.emit(Instr::Store { ptr: r, src });
            }
            Loc::Env(i) => {
                let t = self.temp()?;
                self.emit(Instr::LoadEnv { dst: t, idx: i });
                self.emit(Instr::Store { ptr: t, src });
            }
            Loc::Global(g) => {
                self.emit(Instr::StoreGlobal { g, src });
            }
        }
        Ok(())
    }

    /// Walks struct fields along `path` from the value in `r` of type `ty` (dereferencing
    /// pointers on the way); returns the register and type reached.
    pub(crate) fn field_path(&mut self, mut r: Reg, mut ty: TypeId, path: &[usize]) -> CResult<(Reg, TypeId)> {
        for &i in path {
            let ptr = match self.under(ty).clone() {
                Type::Pointer(elem) => {
                    ty = elem;
                    true
                }
                _ => false,
            };
            let Type::Struct(fields) = self.under(ty).clone() else {
                return Err("field selection on a non-struct".into());
            };
            let t = self.temp()?;
            let idx = i as u16;
            self.emit(if ptr { Instr::PtrField { dst: t, ptr: r, idx } } else { Instr::Field { dst: t, obj: r, idx } });
            r = t;
            ty = fields[i].ty;
        }
        Ok((r, ty))
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &minigo_parser::ast::Ident, dst: Option<Reg>) -> CResult<Reg> {
        match self.info.selections.get(&e.id).cloned() {
            None | Some(Selection::Qualified { .. }) => {
                let Some(&o) = self.info.uses.get(&sel.id) else {
                    return Err(format!("unresolved selector {}", sel.name));
                };
                self.load_object(o, dst)
            }
            Some(Selection::Field { path, .. }) => {
                let xt = self.ty_of(x)?;
                let xr = self.expr(x)?;
                let (parent, pty) = self.field_path(xr, xt, &path[..path.len() - 1])?;
                let idx = *path.last().ok_or("empty field path")? as u16;
                let d = self.dst_or_temp(dst)?;
                self.emit(match self.under(pty) {
                    Type::Pointer(_) => Instr::PtrField { dst: d, ptr: parent, idx },
                    _ => Instr::Field { dst: d, obj: parent, idx },
                });
                Ok(d)
            }
            Some(Selection::Method { path, recv_named, method, ptr_recv, .. }) => {
                let recv = self.receiver(x, &path, ptr_recv)?;
                let callee = self.method_callee(recv_named.0, method)?;
                let k = self.func_value(callee);
                let k = self.konst(k);
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::BindMethod { dst: d, recv, k });
                Ok(d)
            }
            Some(Selection::IfaceMethod { path, name, .. }) => {
                let xt = self.ty_of(x)?;
                let xr = self.expr(x)?;
                let (r, _) = self.field_path(xr, xt, &path)?;
                let id = self.method_id(&name);
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::BindIface { dst: d, src: r, name: id });
                Ok(d)
            }
            Some(Selection::MethodExprVia { via }) => {
                let f = self.method_expr_wrapper(&via, e)?;
                let v = self.func_value(Callee::Go(f));
                let d = self.dst_or_temp(dst)?;
                self.load_value(d, v);
                Ok(d)
            }
            Some(Selection::MethodExpr { recv_named, method, ptr_recv }) => {
                let mut callee = self.method_callee(recv_named.0, method)?;
                let recv_is_ptr = matches!(self.under(self.ty_of(x)?), Type::Pointer(_));
                if recv_is_ptr && !ptr_recv {
                    callee = Callee::Go(self.deref_wrapper(callee, e)?);
                }
                let v = self.func_value(callee);
                let d = self.dst_or_temp(dst)?;
                self.load_value(d, v);
                Ok(d)
            }
        }
    }

    /// `(*T).M` for a method `M` declared on the value type `T`: a function taking `*T`
    /// that calls `M` with a copy of `*p`.
    fn deref_wrapper(&mut self, callee: Callee, e: &Expr) -> CResult<u32> {
        self.method_wrapper(e, "deref", |c, _, nparams| {
            c.emit(Instr::Deref { dst: 0, ptr: 0 });
            c.emit(Instr::Copy { dst: 0, src: 0 });
            Ok(direct_call(callee, nparams))
        })
    }

    /// The function of a method expression `T.M` through an interface or an embedded field:
    /// it finds the receiver from its first parameter as `via` says and calls `M` on it
    /// with the other parameters.
    fn method_expr_wrapper(&mut self, via: &Selection, e: &Expr) -> CResult<u32> {
        self.method_wrapper(e, "methodexpr", |c, recv_ty, nparams| {
            let (r, call) = match via {
                Selection::Method { path, recv_named, method, ptr_recv, .. } => {
                    let r = c.promoted_receiver(0, recv_ty, path, *ptr_recv)?;
                    (r, direct_call(c.method_callee(recv_named.0, *method)?, nparams))
                }
                Selection::IfaceMethod { path, name, .. } => {
                    let (r, _) = c.field_path(0, recv_ty, path)?;
                    (r, Instr::CallIface { a: 0, name: c.method_id(name), nargs: nparams - 1 })
                }
                _ => return Err("method expression through an unexpected selection".into()),
            };
            c.emit(Instr::Move { dst: 0, src: r });
            Ok(call)
        })
    }

    /// A function of the method expression `e`'s type whose parameters arrive in registers
    /// `0..n`: `prepare` puts the receiver to call with in register 0 and returns the call
    /// (with its arguments from register 0 on), whose results the function returns.
    fn method_wrapper(
        &mut self,
        e: &Expr,
        suffix: &str,
        prepare: impl FnOnce(&mut Self, TypeId, u16) -> CResult<Instr>,
    ) -> CResult<u32> {
        let Type::Func(sig) = self.under(self.ty_of(e)?).clone() else { return Err("method expression of a non-function".into()) };
        let nparams = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let name = format!("{}.{suffix}", self.f().name);
        let file = self.file as u32;
        self.fs.push(super::func::FnBuilder::new(name, file, nparams));
        self.f().bump_regs(nparams.max(nres) + 1);
        let call = prepare(self, sig.params[0], nparams)?;
        let pc = self.pc();
        self.f().calls.insert(pc, CallShape { args: nparams, results: nres });
        self.emit(call);
        self.emit(Instr::Return { start: 0, n: nres });
        let b = self.fs.pop().expect("wrapper");
        let idx = self.reserve_func();
        self.set_func(idx, b.finish(nres));
        Ok(idx)
    }

    /// The receiver value for calling a method reached from `x` through the embedding
    /// `path`: a pointer for pointer methods (taking the address of an addressable
    /// operand), a copy of the value for value methods.
    pub(crate) fn receiver(&mut self, x: &Expr, path: &[usize], ptr_recv: bool) -> CResult<Reg> {
        let xt = self.ty_of(x)?;
        if path.is_empty() {
            let is_ptr = matches!(self.under(xt), Type::Pointer(_));
            return match (ptr_recv, is_ptr) {
                (true, true) => self.expr(x),
                (true, false) => self.addr_of(x),
                (false, true) => {
                    let p = self.expr(x)?;
                    let t = self.temp()?;
                    self.emit(Instr::Deref { dst: t, ptr: p });
                    self.emit(Instr::Copy { dst: t, src: t });
                    Ok(t)
                }
                (false, false) => self.value(x),
            };
        }
        let xr = self.expr(x)?;
        self.promoted_receiver(xr, xt, path, ptr_recv)
    }

    /// The receiver of a method promoted from the embedded field at the end of the
    /// (non-empty) `path` from `xr` of type `xt`: a pointer or a copy, as for `receiver`.
    fn promoted_receiver(&mut self, xr: Reg, xt: TypeId, path: &[usize], ptr_recv: bool) -> CResult<Reg> {
        let (parent, pty) = self.field_path(xr, xt, &path[..path.len() - 1])?;
        let last = path[path.len() - 1];
        let obj = match self.under(pty).clone() {
            Type::Pointer(_) => {
                let t = self.temp()?;
                self.emit(Instr::Deref { dst: t, ptr: parent });
                t
            }
            _ => parent,
        };
        let struct_ty = match self.under(pty).clone() {
            Type::Pointer(e) => e,
            _ => pty,
        };
        let Type::Struct(fields) = self.under(struct_ty).clone() else { return Err("embedded path through a non-struct".into()) };
        let fty = fields[last].ty;
        let field_is_ptr = matches!(self.under(fty), Type::Pointer(_));
        let t = self.temp()?;
        match (ptr_recv, field_is_ptr) {
            (true, false) => {
                self.emit(Instr::AddrField { dst: t, obj, idx: last as u16 });
            }
            (false, true) => {
                self.emit(Instr::Field { dst: t, obj, idx: last as u16 });
                self.emit(Instr::Deref { dst: t, ptr: t });
                self.emit(Instr::Copy { dst: t, src: t });
            }
            (true, true) => {
                self.emit(Instr::Field { dst: t, obj, idx: last as u16 });
            }
            (false, false) => {
                self.emit(Instr::Field { dst: t, obj, idx: last as u16 });
                self.emit(Instr::Copy { dst: t, src: t });
            }
        }
        Ok(t)
    }

    /// A pointer to the addressable operand `e` (or to a fresh copy of a composite literal).
    pub(crate) fn addr_of(&mut self, e: &Expr) -> CResult<Reg> {
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(x),
            ExprKind::Ident(id) => {
                let Some(&o) = self.info.uses.get(&id.id) else { return Err(format!("unresolved {}", id.name)) };
                let loc = self.lookup(o).ok_or("address of a non-variable")?;
                let t = self.temp()?;
                match loc {
                    Loc::Cell(r) => return Ok(r),
                    Loc::Env(i) => {
                        self.emit(Instr::LoadEnv { dst: t, idx: i });
                    }
                    Loc::Global(g) => {
                        self.emit(Instr::AddrGlobal { dst: t, g });
                    }
                    Loc::Reg(r) => {
                        // Not marked as escaping: a cell sharing the struct/array object
                        // (so field writes through the pointer are seen).
                        self.emit(Instr::NewCell { dst: t, src: r });
                    }
                }
                Ok(t)
            }
            ExprKind::Selector { x, .. } => match self.info.selections.get(&e.id).cloned() {
                Some(Selection::Field { path, .. }) => {
                    let xt = self.ty_of(x)?;
                    let xr = self.expr(x)?;
                    let (parent, pty) = self.field_path(xr, xt, &path[..path.len() - 1])?;
                    let obj = match self.under(pty) {
                        Type::Pointer(_) => {
                            let t = self.temp()?;
                            self.emit(Instr::Deref { dst: t, ptr: parent });
                            t
                        }
                        _ => parent,
                    };
                    let t = self.temp()?;
                    self.emit(Instr::AddrField { dst: t, obj, idx: path[path.len() - 1] as u16 });
                    Ok(t)
                }
                _ => {
                    let v = self.value(e)?;
                    let t = self.temp()?;
                    self.emit(Instr::NewCell { dst: t, src: v });
                    Ok(t)
                }
            },
            ExprKind::Index { x, index } => {
                let xt = self.ty_of(x)?;
                let mut xr = self.expr(x)?;
                if let Type::Pointer(_) = self.under(xt) {
                    let t = self.temp()?;
                    self.emit(Instr::Deref { dst: t, ptr: xr });
                    xr = t;
                }
                let ir = self.expr(index)?;
                let t = self.temp()?;
                self.emit(Instr::AddrIndex { dst: t, x: xr, i: ir });
                Ok(t)
            }
            ExprKind::Star(p) => {
                // `&*p` still dereferences: a nil `p` panics.
                let r = self.expr(p)?;
                self.emit(Instr::CheckNil { src: r });
                Ok(r)
            }
            _ => {
                let v = self.value(e)?;
                let t = self.temp()?;
                self.emit(Instr::NewCell { dst: t, src: v });
                Ok(t)
            }
        }
    }

    /// A type assertion of the interface in `xr` (static type `src_ty`) to `target` into `d`
    /// (`d+1` = ok when `ok`).
    pub(crate) fn assert(&mut self, d: Reg, xr: Reg, src_ty: TypeId, target: TypeId, ok: bool) -> CResult<()> {
        let zero = self.zero(target);
        let f = self.f();
        f.asserts.push(AssertInfo { ty: target, src_ty, zero });
        let assert = (f.asserts.len() - 1) as u32;
        if self.is_iface(target) {
            self.emit(Instr::AssertIface { dst: d, src: xr, assert, ok });
        } else {
            self.emit(Instr::AssertType { dst: d, src: xr, assert, ok });
        }
        Ok(())
    }

    fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        let ty = self.ty_of(e)?;
        match op {
            UnaryOp::Addr => {
                let p = self.addr_of(x)?;
                match dst {
                    Some(d) if d != p => {
                        self.emit(Instr::Move { dst: d, src: p });
                        Ok(d)
                    }
                    _ => Ok(p),
                }
            }
            UnaryOp::Recv => {
                let ch = self.expr(x)?;
                let d = self.dst_or_temp(dst)?;
                let zero = self.zero(ty);
                let zero = self.konst(zero);
                self.emit(Instr::Recv { dst: d, ch, ok: false, zero });
                Ok(d)
            }
            UnaryOp::Pos => self.expr_dst(x, dst),
            UnaryOp::Not => {
                let r = self.expr(x)?;
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::Not { dst: d, src: r });
                Ok(d)
            }
            UnaryOp::Neg | UnaryOp::Xor => {
                let r = self.expr(x)?;
                let d = self.dst_or_temp(dst)?;
                let kind = self.basic_kind(ty).unwrap_or(BasicKind::Int);
                if kind.is_float() {
                    self.emit(Instr::NegFloat { dst: d, src: r });
                } else if kind.is_complex() {
                    self.emit(Instr::Cplx { op: CplxOp::Neg, single: false, dst: d, a: r, b: r });
                } else {
                    if op == UnaryOp::Neg {
                        self.emit(Instr::NegInt { dst: d, src: r });
                    } else {
                        self.emit(Instr::Compl { dst: d, src: r });
                    }
                    if let Some(width) = Width::of(kind) {
                        self.emit(Instr::Wrap { dst: d, src: d, width });
                    }
                }
                Ok(d)
            }
        }
    }

    /// Whether `e` is the predeclared `nil` (possibly parenthesised).
    fn is_nil_literal(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_nil_literal(x),
            ExprKind::Ident(id) => self.info.uses.get(&id.id).is_some_and(|o| matches!(self.obj_kind(*o), ObjKind::Nil)),
            _ => false,
        }
    }

    fn binary(&mut self, e: &Expr, op: BinaryOp, x: &Expr, y: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
            let d = self.dst_or_temp(dst)?;
            self.expr_to(x, d)?;
            let j = if op == BinaryOp::LAnd {
                self.emit(Instr::JumpIfFalse { cond: d, target: u32::MAX })
            } else {
                self.emit(Instr::JumpIfTrue { cond: d, target: u32::MAX })
            };
            self.expr_to(y, d)?;
            let end = self.pc();
            self.patch(j, end);
            return Ok(d);
        }
        self.hoist_calls(&[x, y])?;
        let (op, x, y) = self.constant_right(op, x, y);
        let xt = self.ty_of(x)?;
        let rt = self.ty_of(e)?;
        // `x + c` with a small constant: one instruction.
        if matches!(op, BinaryOp::Add | BinaryOp::Sub) {
            if let Some(kind) = self.basic_kind(rt).filter(|k| k.is_integer()) {
                if let Some(c) = self.small_const(y) {
                    let c = if op == BinaryOp::Sub { -c } else { c };
                    if let Ok(imm) = i16::try_from(c) {
                        let a = self.expr(x)?;
                        let d = self.dst_or_temp(dst)?;
                        self.emit(Instr::AddIntImm { dst: d, a, imm });
                        if let Some(width) = Width::of(kind) {
                            self.emit(Instr::Wrap { dst: d, src: d, width });
                        }
                        return Ok(d);
                    }
                }
            }
        }
        let yt = self.ty_of(y)?;
        // `x == nil`, `nil != x`: one test of the value's representation.
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            let operand = match (self.is_nil_literal(x), self.is_nil_literal(y)) {
                (false, true) => Some(x),
                (true, false) => Some(y),
                _ => None,
            };
            if let Some(v) = operand {
                let src = self.expr(v)?;
                let d = self.dst_or_temp(dst)?;
                self.emit(Instr::IsNil { dst: d, src, eq: op == BinaryOp::Eq });
                return Ok(d);
            }
        }
        if let Some(d) = self.binary_imm(op, xt, x, y, dst)? {
            return Ok(d);
        }
        let count_signed = self.basic_kind(yt).is_some_and(|k| k.is_integer() && !k.is_unsigned() && !k.is_untyped());
        // `v == i` with `i` an interface: `v` is boxed, and the comparison is of interfaces.
        let xt = self.info.to_iface.get(&x.id).copied().unwrap_or(xt);
        let a = self.expr(x)?;
        let b = self.expr(y)?;
        let d = self.dst_or_temp(dst)?;
        self.binary_op(op, xt, rt, d, a, b, count_signed)?;
        Ok(d)
    }

    /// `c op x` on integers with a constant `c` and a variable `x`, written as `x op' c`
    /// (`2*i` as `i*2`, `0 < n` as `n > 0`) so that the forms with an immediate apply. A
    /// constant has no side effects, so the order of evaluation does not change.
    fn constant_right<'e>(&self, op: BinaryOp, x: &'e Expr, y: &'e Expr) -> (BinaryOp, &'e Expr, &'e Expr) {
        use BinaryOp::*;
        let is_const = |e: &Expr| self.info.types.get(&e.id).is_some_and(|tv| tv.value.is_some());
        let integer = self.ty_of(y).ok().and_then(|t| self.basic_kind(t)).is_some_and(|k| k.is_integer());
        if !integer || !is_const(x) || is_const(y) {
            return (op, x, y);
        }
        match op {
            Add | Mul | And | Or | Xor | Eq | Ne => (op, y, x),
            Lt => (Gt, y, x),
            Le => (Ge, y, x),
            Gt => (Lt, y, x),
            Ge => (Le, y, x),
            _ => (op, x, y),
        }
    }

    fn small_const(&self, e: &Expr) -> Option<i64> {
        let tv = self.info.types.get(&e.id)?;
        tv.value.as_ref()?.to_i64().filter(|c| c.abs() < 30000)
    }

    /// `x op c` for an integer `x` of type `xt` and a constant `c` that fits in 32 bits: one
    /// instruction holding `c`, where the general form loads it into a register first.
    /// `None` for the operators and types without such a form.
    fn binary_imm(&mut self, op: BinaryOp, xt: TypeId, x: &Expr, y: &Expr, dst: Option<Reg>) -> CResult<Option<Reg>> {
        use BinaryOp::*;
        let Some(kind) = self.basic_kind(xt).filter(|k| k.is_integer() && !k.is_untyped()) else { return Ok(None) };
        let tv = self.info.types.get(&y.id);
        let Some(imm) = tv.and_then(|tv| tv.value.as_ref()?.to_i64()).and_then(|c| i32::try_from(c).ok()) else {
            return Ok(None);
        };
        let signed = !kind.is_unsigned();
        let make: fn(Reg, Reg, i32) -> Instr = match op {
            Mul => |dst, a, imm| Instr::MulIntImm { dst, a, imm },
            Quo if signed && imm != 0 => |dst, a, imm| Instr::DivIntImm { dst, a, imm },
            Rem if signed && imm != 0 => |dst, a, imm| Instr::RemIntImm { dst, a, imm },
            And => |dst, a, imm| Instr::AndImm { dst, a, imm },
            Eq => |dst, a, imm| Instr::EqIntImm { dst, a, imm },
            Ne => |dst, a, imm| Instr::NeIntImm { dst, a, imm },
            Lt if signed => |dst, a, imm| Instr::LtIntImm { dst, a, imm },
            Le if signed => |dst, a, imm| Instr::LeIntImm { dst, a, imm },
            Gt if signed => |dst, a, imm| Instr::GtIntImm { dst, a, imm },
            Ge if signed => |dst, a, imm| Instr::GeIntImm { dst, a, imm },
            _ => return Ok(None),
        };
        let a = self.expr(x)?;
        let d = self.dst_or_temp(dst)?;
        self.emit(make(d, a, imm));
        if let Some(width) = Width::of(kind).filter(|_| matches!(op, Mul | Quo | Rem | And)) {
            self.emit(Instr::Wrap { dst: d, src: d, width });
        }
        Ok(Some(d))
    }

    /// `d = a op b` where the operands have type `xt` and the result type `rt`
    /// (`count_signed`: a shift count of a signed type, checked for negative values).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binary_op(&mut self, op: BinaryOp, xt: TypeId, rt: TypeId, d: Reg, a: Reg, b: Reg, count_signed: bool) -> CResult<()> {
        use BinaryOp::*;
        let kind = self.basic_kind(xt);
        let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
        if is_cmp {
            let (op2, a, b) = match op {
                Gt => (Lt, b, a),
                Ge => (Le, b, a),
                o => (o, a, b),
            };
            let i = match kind {
                Some(k) if k.is_integer() || k == BasicKind::Bool || k == BasicKind::UntypedBool => match op2 {
                    Eq => Instr::EqInt { dst: d, a, b },
                    Ne => Instr::NeInt { dst: d, a, b },
                    Lt if k.is_unsigned() => Instr::LtUint { dst: d, a, b },
                    Le if k.is_unsigned() => Instr::LeUint { dst: d, a, b },
                    Lt => Instr::LtInt { dst: d, a, b },
                    _ => Instr::LeInt { dst: d, a, b },
                },
                Some(k) if k.is_float() => match op2 {
                    Eq => Instr::EqFloat { dst: d, a, b },
                    Ne => Instr::NeFloat { dst: d, a, b },
                    Lt => Instr::LtFloat { dst: d, a, b },
                    _ => Instr::LeFloat { dst: d, a, b },
                },
                Some(BasicKind::String | BasicKind::UntypedString) => match op2 {
                    Eq => Instr::EqStr { dst: d, a, b },
                    Ne => Instr::NeStr { dst: d, a, b },
                    Lt => Instr::LtStr { dst: d, a, b },
                    _ => Instr::LeStr { dst: d, a, b },
                },
                _ => match op2 {
                    Eq => Instr::Eq { dst: d, a, b },
                    Ne => Instr::Ne { dst: d, a, b },
                    _ => return Err("ordered comparison of an unordered type".into()),
                },
            };
            self.emit(i);
            return Ok(());
        }
        let kind = self.basic_kind(rt).unwrap_or(BasicKind::Invalid);
        if matches!(kind, BasicKind::String | BasicKind::UntypedString) {
            self.emit(Instr::Concat { dst: d, a, b });
            return Ok(());
        }
        if kind.is_float() {
            let i = match op {
                Add => Instr::AddFloat { dst: d, a, b },
                Sub => Instr::SubFloat { dst: d, a, b },
                Mul => Instr::MulFloat { dst: d, a, b },
                Quo => Instr::DivFloat { dst: d, a, b },
                _ => return Err(format!("operator {op} on floats")),
            };
            self.emit(i);
            if kind == BasicKind::Float32 {
                self.emit(Instr::RoundF32 { dst: d });
            }
            return Ok(());
        }
        if kind.is_complex() {
            let op = match op {
                Add => CplxOp::Add,
                Sub => CplxOp::Sub,
                Mul => CplxOp::Mul,
                Quo => CplxOp::Div,
                _ => return Err(format!("operator {op} on complex numbers")),
            };
            self.emit(Instr::Cplx { op, single: kind == BasicKind::Complex64, dst: d, a, b });
            return Ok(());
        }
        if !kind.is_integer() {
            return Err(format!("operator {op} not supported on this type"));
        }
        let unsigned = kind.is_unsigned();
        let i = match op {
            Add => Instr::AddInt { dst: d, a, b },
            Sub => Instr::SubInt { dst: d, a, b },
            Mul => Instr::MulInt { dst: d, a, b },
            Quo if unsigned => Instr::DivUint { dst: d, a, b },
            Quo => Instr::DivInt { dst: d, a, b },
            Rem if unsigned => Instr::RemUint { dst: d, a, b },
            Rem => Instr::RemInt { dst: d, a, b },
            And => Instr::And { dst: d, a, b },
            Or => Instr::Or { dst: d, a, b },
            Xor => Instr::Xor { dst: d, a, b },
            AndNot => Instr::AndNot { dst: d, a, b },
            Shl | Shr => {
                if count_signed {
                    self.emit(Instr::CheckShift { src: b });
                }
                match op {
                    Shl => Instr::Shl { dst: d, a, b },
                    _ if unsigned => Instr::ShrUint { dst: d, a, b },
                    _ => Instr::ShrInt { dst: d, a, b },
                }
            }
            _ => return Err(format!("operator {op}")),
        };
        self.emit(i);
        if let Some(width) = Width::of(kind) {
            self.emit(Instr::Wrap { dst: d, src: d, width });
        }
        Ok(())
    }

    /// A composite literal of type `ty` into `d`.
    pub(crate) fn composite(&mut self, ty: TypeId, elts: &[Element], d: Reg) -> CResult<()> {
        self.hoist_calls(&elts.iter().flat_map(|el| el.key.iter().chain([&el.value])).collect::<Vec<_>>())?;
        match self.under(ty).clone() {
            Type::Pointer(elem) => {
                let t = self.temp()?;
                self.composite(elem, elts, t)?;
                self.emit(Instr::NewCell { dst: d, src: t });
            }
            Type::Struct(fields) => {
                let n = fields.len() as u16;
                let block = self.temps(n.max(1))?;
                let mut set = vec![false; fields.len()];
                for (pos, el) in elts.iter().enumerate() {
                    let idx = match &el.key {
                        Some(Expr { kind: ExprKind::Ident(k), .. }) => {
                            fields.iter().position(|f| f.name == k.name).ok_or_else(|| format!("unknown field {}", k.name))?
                        }
                        _ => pos,
                    };
                    self.value_to(&el.value, block + idx as u16)?;
                    set[idx] = true;
                }
                for (i, f) in fields.iter().enumerate() {
                    if !set[i] {
                        let z = self.zero(f.ty);
                        self.load_value(block + i as u16, z);
                    }
                }
                self.emit(Instr::MakeAgg { dst: d, start: block, n });
            }
            Type::Array { .. } => {
                let t = self.temp()?;
                let z = self.zero(ty);
                self.load_value(t, z);
                self.fill_indexed(elts, t)?;
                self.emit(Instr::Move { dst: d, src: t });
            }
            Type::Slice(elem) => {
                let n = self.literal_len(elts)?;
                let t = self.temp()?;
                let lenr = self.temp()?;
                self.load_value(lenr, Value::Int(n as i64));
                let elem = self.elem_info(elem, None);
                self.emit(Instr::MakeSlice { dst: t, len: lenr, cap: NO_REG, elem });
                self.fill_indexed(elts, t)?;
                self.emit(Instr::Move { dst: d, src: t });
            }
            Type::Map { .. } => {
                let t = self.temp()?;
                self.emit(Instr::MakeMap { dst: t });
                for el in elts {
                    let Some(key) = &el.key else { return Err("map literal element without key".into()) };
                    let k = self.value(key)?;
                    let v = self.value(&el.value)?;
                    self.emit(Instr::MapSet { m: t, k, src: v });
                }
                self.emit(Instr::Move { dst: d, src: t });
            }
            _ => return Err("composite literal of an unsupported type".into()),
        }
        Ok(())
    }

    /// The length of an array/slice literal (highest index + 1).
    fn literal_len(&self, elts: &[Element]) -> CResult<u64> {
        let mut next = 0u64;
        let mut max = 0u64;
        for el in elts {
            if let Some(k) = &el.key {
                next = self.const_index(k)?;
            }
            next += 1;
            max = max.max(next);
        }
        Ok(max)
    }

    fn const_index(&self, k: &Expr) -> CResult<u64> {
        self.info
            .types
            .get(&k.id)
            .and_then(|tv| tv.value.as_ref())
            .and_then(|v| v.to_i64())
            .map(|i| i as u64)
            .ok_or_else(|| "non-constant index in a literal".into())
    }

    /// Sets the elements of an array or slice literal into `target`.
    fn fill_indexed(&mut self, elts: &[Element], target: Reg) -> CResult<()> {
        let mut next = 0u64;
        for el in elts {
            if let Some(k) = &el.key {
                next = self.const_index(k)?;
            }
            let v = self.value(&el.value)?;
            let i = self.temp()?;
            self.load_value(i, Value::Int(next as i64));
            self.emit(Instr::SetIndex { x: target, i, src: v });
            next += 1;
        }
        Ok(())
    }

    /// A function literal: compiles its body as a new function and makes the closure
    /// capturing the cells of the variables it uses from enclosing functions.
    ///
    /// Go names a literal after the function it is compiled into, with `.func` and a
    /// number in a declared function (`main.f.func1`) and `.` and a number in a closure
    /// (`main.f.func1.1`). Go's compiler inlines a closure called where it is written
    /// (`func() { ... }()`) or through the local variable it initialises (`g := func()
    /// { ... }; g()`): the literals of the inlined copy, which tracebacks show, take the
    /// separator of the function it is inlined into (`main.f.func1.func1`). minigo takes
    /// those two forms as inlined (`inline_literal`, set where they are compiled).
    pub(crate) fn closure(&mut self, sig: &minigo_parser::ast::FuncType, body: &minigo_parser::ast::Block, d: Reg) -> CResult<()> {
        let inlined = std::mem::take(&mut self.inline_literal);
        let parent = self.f();
        parent.closures += 1;
        let name = format!("{}{}{}", parent.name, parent.literal_sep, parent.closures);
        let sep = if inlined { parent.literal_sep } else { "." };
        let idx = self.reserve_func();
        let (func, captures) = self.compile_body_with(name, None, sig, body, sep)?;
        self.set_func(idx, func);
        self.make_closure(idx, &captures, d)
    }

    /// A closure of function `idx` capturing `captures` (as seen from the current
    /// function) into register `d`.
    pub(crate) fn make_closure(&mut self, idx: u32, captures: &[ObjId], d: Reg) -> CResult<()> {
        let n = captures.len() as u16;
        let block = self.temps(n.max(1))?;
        for (i, o) in captures.iter().enumerate() {
            let r = block + i as u16;
            match self.lookup(*o).ok_or("captured variable not found")? {
                Loc::Cell(c) => {
                    self.emit(Instr::Move { dst: r, src: c });
                }
                Loc::Env(e) => {
                    self.emit(Instr::LoadEnv { dst: r, idx: e });
                }
                Loc::Reg(v) => {
                    // The checker did not mark it as escaping: capture a snapshot.
                    self.emit(Instr::NewCell { dst: r, src: v });
                }
                Loc::Global(_) => unreachable!("globals are not captured"),
            }
        }
        self.emit(Instr::Closure { dst: d, func: idx, start: block, n });
        Ok(())
    }

    /// Whether a value of type `ty` used as a func value is a Go callee (for `go`/`defer`).
    pub(crate) fn static_callee(&mut self, e: &Expr) -> CResult<Option<Callee>> {
        let id = match &e.kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } if matches!(self.info.selections.get(&e.id), None | Some(Selection::Qualified { .. })) => sel,
            ExprKind::Paren(x) => return self.static_callee(x),
            ExprKind::Index { x, .. } | ExprKind::Generic { x, .. } if self.is_func_instance(x) => return self.static_callee(x),
            _ => return Ok(None),
        };
        match self.info.uses.get(&id.id).map(|o| self.obj_kind(*o).clone()) {
            Some(ObjKind::Func(f)) => Ok(Some(self.require_callee(&f)?)),
            _ => Ok(None),
        }
    }

    /// Whether `x` in `x[A]` / `x[A, B]` names an instance of a generic function (the
    /// checker records the instance's func type and object on `x`: only a function
    /// instantiation puts a func-typed operand before brackets).
    fn is_func_instance(&self, x: &Expr) -> bool {
        matches!(x.kind, ExprKind::Ident(_) | ExprKind::Selector { .. })
            && self.info.types.get(&x.id).is_some_and(|t| t.mode != Mode::TypeExpr && matches!(self.under(t.ty), Type::Func(_)))
    }

    pub(crate) fn mode_of(&self, e: &Expr) -> Option<Mode> {
        self.info.types.get(&e.id).map(|t| t.mode)
    }
}

/// The call of a known method with its receiver and `nargs - 1` arguments from register 0.
fn direct_call(callee: Callee, nargs: u16) -> Instr {
    match callee {
        Callee::Go(f) => Instr::Call { a: 0, func: f },
        Callee::Native(n) => Instr::CallNative { a: 0, native: n, nargs },
    }
}
