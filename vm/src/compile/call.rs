//! Calls (static functions, methods, interface methods, func values, natives), argument
//! passing (variadic packing, `f(g())` spreading), builtins and conversions.

use minigo_parser::ast::{Expr, ExprKind};
use minigo_types::{BasicKind, Builtin, Mode, ObjKind, Selection, Signature, Type, TypeId};

use super::func::CallShape;
use super::{CResult, Compiler};
use crate::bytecode::{CplxOp, ElemInfo, Instr, PrintKind, Reg, Width, NO_REG};
use crate::packed::ScalarKind;
use crate::value::{Callee, Value};

/// How a call reaches its target.
enum Target {
    Static(Callee),
    /// A method with its receiver expression, embedding path and receiver kind.
    Method { callee: Callee, x: Expr, path: Vec<usize>, ptr_recv: bool },
    Iface { x: Expr, path: Vec<usize>, name: String },
    Value,
}

impl Compiler<'_> {
    pub(crate) fn call_expr(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool, dst: Option<Reg>) -> CResult<Reg> {
        match self.mode_of(func) {
            Some(Mode::TypeExpr) => {
                let x = args.first().ok_or("conversion without argument")?;
                return self.conversion(e, x, dst);
            }
            Some(Mode::Builtin) => return self.builtin(e, func, args, ellipsis, dst),
            _ => {}
        }
        let a = self.call(func, args, ellipsis)?;
        match dst {
            Some(d) if d != a => {
                self.emit(Instr::Move { dst: d, src: a });
                Ok(d)
            }
            _ => Ok(a),
        }
    }

    fn signature(&self, func: &Expr) -> CResult<Signature> {
        let ty = self.ty_of(func)?;
        match self.under(ty) {
            Type::Func(sig) => Ok(sig.clone()),
            _ => Err("call of a non-function".into()),
        }
    }

    fn target(&mut self, func: &Expr) -> CResult<Target> {
        if let ExprKind::Paren(x) = &func.kind {
            return self.target(x);
        }
        if let ExprKind::Selector { x, .. } = &func.kind {
            match self.info.selections.get(&func.id).cloned() {
                Some(Selection::Method { path, recv_named, method, ptr_recv, .. }) => {
                    let callee = self.method_callee(recv_named.0, method)?;
                    return Ok(Target::Method { callee, x: (**x).clone(), path, ptr_recv });
                }
                Some(Selection::IfaceMethod { path, name, .. }) => return Ok(Target::Iface { x: (**x).clone(), path, name }),
                _ => {}
            }
        }
        Ok(match self.static_callee(func)? {
            Some(c) => Target::Static(c),
            None => Target::Value,
        })
    }

    /// Emits a call; its results are in registers starting at the returned one.
    pub(crate) fn call(&mut self, func: &Expr, args: &[Expr], ellipsis: bool) -> CResult<Reg> {
        let operands: Vec<&Expr> = std::iter::once(func).chain(args).collect();
        self.hoist_calls(&operands)?;
        let sig = self.signature(func)?;
        let target = self.target(func)?;
        let nres = sig.results.len() as u16;
        let recv_slots: u16 = match target {
            Target::Static(_) => 0,
            _ => 1,
        };
        let nparams = sig.params.len() as u16;
        let a = self.temps((recv_slots + nparams).max(nres).max(1))?;
        match &target {
            Target::Method { x, path, ptr_recv, .. } => {
                let r = self.receiver(x, path, *ptr_recv)?;
                self.emit(Instr::Move { dst: a, src: r });
            }
            Target::Iface { x, path, .. } => {
                let xt = self.ty_of(x)?;
                let xr = self.expr(x)?;
                let (r, _) = self.field_path(xr, xt, path)?;
                self.emit(Instr::Move { dst: a, src: r });
            }
            Target::Value => {
                self.inline_literal = super::stmt::is_func_lit(func);
                self.expr_to(func, a)?;
                self.inline_literal = false;
            }
            Target::Static(_) => {}
        }
        let n = self.args_into(&sig, args, ellipsis, a + recv_slots)?;
        let pc = self.pc();
        self.f().calls.insert(pc, CallShape { args: recv_slots + n, results: nres });
        match target {
            Target::Static(Callee::Go(f)) | Target::Method { callee: Callee::Go(f), .. } => {
                self.emit(Instr::Call { a, func: f });
            }
            Target::Static(Callee::Native(ni)) | Target::Method { callee: Callee::Native(ni), .. } => {
                self.emit(Instr::CallNative { a, native: ni, nargs: n + recv_slots });
            }
            Target::Iface { name, .. } => {
                let id = self.method_id(&name);
                self.emit(Instr::CallIface { a, name: id, nargs: n });
            }
            Target::Value => {
                self.emit(Instr::CallValue { a, nargs: n });
            }
        }
        // Keep the results allocated.
        let top = a + nres.max(1);
        let f = self.f();
        f.next = f.next.max(top);
        Ok(a)
    }

    /// Evaluates the arguments of print/println in order: each value's register and type,
    /// the results of a multi-value call as its sole argument (`println(f())`) one by one.
    fn print_operands(&mut self, args: &[Expr]) -> CResult<Vec<(Reg, TypeId)>> {
        if let [only] = args {
            if let Type::Tuple(rts) = self.types.types[self.ty_of(only)?.0 as usize].clone() {
                let ExprKind::Call { func, args: inner, ellipsis } = &only.kind else { return Err("tuple from a non-call".into()) };
                let r = self.call(func, inner, *ellipsis)?;
                return Ok(rts.into_iter().enumerate().map(|(i, t)| (r + i as u16, t)).collect());
            }
        }
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            let ty = self.ty_of(a)?;
            out.push((self.expr(a)?, ty));
        }
        Ok(out)
    }

    /// Evaluates call arguments into registers from `start`, packing variadic arguments
    /// into a slice; returns how many registers the parameters take.
    pub(crate) fn args_into(&mut self, sig: &Signature, args: &[Expr], ellipsis: bool, start: Reg) -> CResult<u16> {
        let np = sig.params.len();
        // f(g()) with g returning several values.
        if args.len() == 1 && np > 1 || (args.len() == 1 && sig.variadic && !ellipsis) {
            if let Type::Tuple(rts) = self.types.types[self.ty_of(&args[0])?.0 as usize].clone() {
                let ExprKind::Call { func, args: inner, ellipsis: e2 } = &args[0].kind else { return Err("tuple from a non-call".into()) };
                let r = self.call(func, inner, *e2)?;
                let mut vals = Vec::new();
                for (i, rt) in rts.iter().enumerate() {
                    let pt = if sig.variadic && i >= np - 1 {
                        match self.under(sig.params[np - 1]) {
                            Type::Slice(e) => *e,
                            _ => sig.params[np - 1],
                        }
                    } else {
                        sig.params[i]
                    };
                    let src = r + i as u16;
                    if self.is_iface(pt) && !self.is_iface(*rt) {
                        let t = self.temp()?;
                        self.emit(Instr::ToIface { dst: t, src, ty: rt.0 });
                        vals.push(t);
                    } else {
                        vals.push(src);
                    }
                }
                return self.place_args(sig, &vals, start);
            }
        }
        if sig.variadic && !ellipsis {
            let fixed = np - 1;
            for (i, arg) in args.iter().take(fixed).enumerate() {
                self.value_to(arg, start + i as u16)?;
            }
            let extra = &args[fixed.min(args.len())..];
            let slot = start + fixed as u16;
            if extra.is_empty() {
                self.emit(Instr::LoadNil { dst: slot });
            } else {
                let block = self.temps(extra.len() as u16)?;
                for (i, arg) in extra.iter().enumerate() {
                    self.value_to(arg, block + i as u16)?;
                }
                self.emit(Instr::SliceOf { dst: slot, start: block, n: extra.len() as u16 });
            }
            return Ok(np as u16);
        }
        for (i, arg) in args.iter().enumerate() {
            self.value_to(arg, start + i as u16)?;
        }
        Ok(args.len() as u16)
    }

    fn place_args(&mut self, sig: &Signature, vals: &[Reg], start: Reg) -> CResult<u16> {
        let np = sig.params.len();
        if sig.variadic {
            let fixed = np - 1;
            for (i, v) in vals.iter().take(fixed).enumerate() {
                self.emit(Instr::Move { dst: start + i as u16, src: *v });
            }
            let extra = &vals[fixed.min(vals.len())..];
            let block = self.temps(extra.len().max(1) as u16)?;
            for (i, v) in extra.iter().enumerate() {
                self.emit(Instr::Move { dst: block + i as u16, src: *v });
            }
            self.emit(Instr::SliceOf { dst: start + fixed as u16, start: block, n: extra.len() as u16 });
            return Ok(np as u16);
        }
        for (i, v) in vals.iter().enumerate() {
            self.emit(Instr::Move { dst: start + i as u16, src: *v });
        }
        Ok(vals.len() as u16)
    }

    /// Element facts for `append`/`clear` on slice expression `s` of element type `elem`.
    pub(crate) fn elem_info(&mut self, elem: TypeId, s: Option<&Expr>) -> u32 {
        let zero = self.zero(elem);
        let size = self.size_of(elem).min(u32::MAX as u64) as u32;
        let local = match s.map(|e| &e.kind) {
            Some(ExprKind::Ident(id)) => match self.info.uses.get(&id.id) {
                Some(o) => matches!(self.obj_kind(*o), ObjKind::Var { global: false }) && !self.info.escapes.contains(o) && !self.f().escaping_slices.contains(o),
                None => false,
            },
            _ => false,
        };
        let packed = ScalarKind::of(&self.types, elem);
        let f = self.f();
        f.elems.push(ElemInfo { zero, packed, size, local });
        (f.elems.len() - 1) as u32
    }

    fn builtin_of(&self, func: &Expr) -> Option<Builtin> {
        match &func.kind {
            ExprKind::Paren(x) => self.builtin_of(x),
            ExprKind::Ident(id) => match self.info.uses.get(&id.id).map(|o| self.obj_kind(*o)) {
                Some(ObjKind::Builtin(b)) => Some(*b),
                _ => None,
            },
            _ => None,
        }
    }

    fn builtin(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool, dst: Option<Reg>) -> CResult<Reg> {
        let b = self.builtin_of(func).ok_or("unknown builtin")?;
        let d = match dst {
            Some(d) => d,
            None => self.temp()?,
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty_of(&args[0])?;
                let x = self.expr(&args[0])?;
                if let Type::Pointer(elem) = self.under(xt).clone() {
                    // len/cap of a pointer to array: the array's length, even for nil
                    // (the operand is still evaluated).
                    if let Type::Array { len, .. } = self.under(elem) {
                        let n = *len as i64;
                        self.load_value(d, Value::Int(n));
                        return Ok(d);
                    }
                }
                if b == Builtin::Len {
                    self.emit(Instr::Len { dst: d, src: x });
                } else {
                    self.emit(Instr::Cap { dst: d, src: x });
                }
            }
            Builtin::Append => {
                let st = self.ty_of(e)?;
                let elem = match self.under(st) {
                    Type::Slice(el) => *el,
                    _ => return Err("append to a non-slice".into()),
                };
                let elem = self.elem_info(elem, Some(&args[0]));
                let s = self.expr(&args[0])?;
                if ellipsis {
                    let t = self.expr(&args[1])?;
                    self.emit(Instr::AppendSlice { dst: d, s, t, elem });
                } else {
                    let n = args.len() as u16 - 1;
                    let block = self.temps(n.max(1))?;
                    for (i, a) in args[1..].iter().enumerate() {
                        self.value_to(a, block + i as u16)?;
                    }
                    self.emit(Instr::Append { dst: d, s, start: block, n, elem });
                }
            }
            Builtin::Copy => {
                let to = self.expr(&args[0])?;
                let from = self.expr(&args[1])?;
                self.emit(Instr::CopySlice { dst: d, to, from });
            }
            Builtin::Delete => {
                let m = self.expr(&args[0])?;
                let k = self.value(&args[1])?;
                self.emit(Instr::MapDelete { m, k });
            }
            Builtin::Make => {
                let ty = self.ty_of(&args[0])?;
                match self.under(ty).clone() {
                    Type::Slice(elem) => {
                        let len = self.expr(&args[1])?;
                        let cap = match args.get(2) {
                            Some(c) => self.expr(c)?,
                            None => NO_REG,
                        };
                        let elem = self.elem_info(elem, None);
                        self.emit(Instr::MakeSlice { dst: d, len, cap, elem });
                    }
                    Type::Map { .. } => {
                        if let Some(hint) = args.get(1) {
                            self.expr(hint)?;
                        }
                        self.emit(Instr::MakeMap { dst: d });
                    }
                    Type::Chan { .. } => {
                        let cap = match args.get(1) {
                            Some(c) => self.expr(c)?,
                            None => {
                                let t = self.temp()?;
                                self.load_value(t, Value::Int(0));
                                t
                            }
                        };
                        self.emit(Instr::MakeChan { dst: d, cap });
                    }
                    _ => return Err("make of an unsupported type".into()),
                }
            }
            Builtin::New => {
                let ty = self.ty_of(&args[0])?;
                let z = self.zero(ty);
                let t = self.temp()?;
                self.load_value(t, z);
                self.emit(Instr::NewCell { dst: d, src: t });
            }
            Builtin::Panic => {
                let v = self.expr(&args[0])?;
                self.emit(Instr::Panic { src: v });
            }
            Builtin::Print | Builtin::Println => {
                for (i, (r, ty)) in self.print_operands(args)?.into_iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.emit(Instr::PrintSpace);
                    }
                    let kind = self.print_kind(ty);
                    self.emit(Instr::Print { src: r, kind });
                }
                if b == Builtin::Println {
                    self.emit(Instr::PrintNewline);
                }
            }
            Builtin::Recover => {
                self.emit(Instr::Recover { dst: d });
            }
            Builtin::Min | Builtin::Max => {
                let ty = self.ty_of(e)?;
                self.expr_to(&args[0], d)?;
                let float = self.basic_kind(ty).is_some_and(|k| k.is_float());
                for a in &args[1..] {
                    let r = self.expr(a)?;
                    if float {
                        self.emit(if b == Builtin::Min { Instr::MinFloat { dst: d, a: d, b: r } } else { Instr::MaxFloat { dst: d, a: d, b: r } });
                        continue;
                    }
                    let c = self.temp()?;
                    // min: take r when r < d; max: when d < r.
                    let (x, y) = if b == Builtin::Min { (r, d) } else { (d, r) };
                    self.binary_op(minigo_parser::ast::BinaryOp::Lt, ty, ty, c, x, y, false)?;
                    let j = self.emit(Instr::JumpIfFalse { cond: c, target: u32::MAX });
                    self.emit(Instr::Move { dst: d, src: r });
                    let end = self.pc();
                    self.patch(j, end);
                }
            }
            Builtin::Clear => {
                let ty = self.ty_of(&args[0])?;
                let elem = match self.under(ty) {
                    Type::Slice(el) => *el,
                    _ => ty,
                };
                let elem = self.elem_info(elem, None);
                let x = self.expr(&args[0])?;
                self.emit(Instr::Clear { x, elem });
            }
            Builtin::Close => {
                let ch = self.expr(&args[0])?;
                self.emit(Instr::Close { ch });
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                let ty = self.ty_of(e)?;
                let a = self.expr(&args[0])?;
                let (op, b) = match b {
                    Builtin::Complex => (CplxOp::Make, self.expr(&args[1])?),
                    Builtin::Real => (CplxOp::Real, a),
                    _ => (CplxOp::Imag, a),
                };
                let single = self.basic_kind(ty) == Some(BasicKind::Complex64);
                self.emit(Instr::Cplx { op, single, dst: d, a, b });
            }
        }
        Ok(d)
    }

    fn print_kind(&self, ty: TypeId) -> PrintKind {
        match self.under(ty) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => PrintKind::Bool,
                BasicKind::String | BasicKind::UntypedString => PrintKind::Str,
                BasicKind::Float32 => PrintKind::Float32,
                BasicKind::Float64 | BasicKind::UntypedFloat => PrintKind::Float,
                BasicKind::Complex64 => PrintKind::Complex64,
                BasicKind::Complex128 | BasicKind::UntypedComplex => PrintKind::Complex,
                k if k.is_unsigned() => PrintKind::Uint,
                BasicKind::UntypedNil => PrintKind::Pointer,
                _ => PrintKind::Int,
            },
            Type::Interface(_) => PrintKind::Iface,
            _ => PrintKind::Pointer,
        }
    }

    /// `T(x)`.
    fn conversion(&mut self, e: &Expr, x: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        let to = self.ty_of(e)?;
        let from = self.ty_of(x)?;
        let (fu, tu) = (self.under(from).clone(), self.under(to).clone());
        // Between integer kinds of the same width, or float64 to float64: the value as it
        // is, in place when no destination is asked for.
        if let (Type::Basic(fk), Type::Basic(tk), None) = (&fu, &tu, dst) {
            let same_int = fk.is_integer() && tk.is_integer() && Width::of(*tk).is_none();
            let same_float = fk.is_float() && *tk == BasicKind::Float64;
            if (same_int || same_float) && !self.is_iface(to) {
                return self.expr(x);
            }
        }
        let d = match dst {
            Some(d) => d,
            None => self.temp()?,
        };
        if self.is_iface(to) {
            if self.is_iface(from) || self.info.to_iface.contains_key(&x.id) {
                self.expr_to(x, d)?;
            } else {
                let r = self.value(x)?;
                self.emit(Instr::ToIface { dst: d, src: r, ty: from.0 });
            }
            return Ok(d);
        }
        match (fu, tu) {
            (Type::Basic(fk), Type::Basic(tk)) => {
                let r = self.expr(x)?;
                let f_int = fk.is_integer();
                let t_int = tk.is_integer();
                if f_int && t_int {
                    match Width::of(tk) {
                        Some(width) => self.emit(Instr::Wrap { dst: d, src: r, width }),
                        None => self.emit(Instr::Move { dst: d, src: r }),
                    };
                } else if f_int && tk.is_float() {
                    if fk.is_unsigned() {
                        self.emit(Instr::UintToFloat { dst: d, src: r });
                    } else {
                        self.emit(Instr::IntToFloat { dst: d, src: r });
                    }
                    if tk == BasicKind::Float32 {
                        self.emit(Instr::RoundF32 { dst: d });
                    }
                } else if fk.is_float() && t_int {
                    if tk.is_unsigned() {
                        self.emit(Instr::FloatToUint { dst: d, src: r });
                    } else {
                        self.emit(Instr::FloatToInt { dst: d, src: r });
                    }
                    if let Some(width) = Width::of(tk) {
                        self.emit(Instr::Wrap { dst: d, src: d, width });
                    }
                } else if fk.is_float() && tk.is_float() {
                    self.emit(Instr::Move { dst: d, src: r });
                    if tk == BasicKind::Float32 {
                        self.emit(Instr::RoundF32 { dst: d });
                    }
                } else if fk.is_complex() && tk.is_complex() {
                    self.emit(Instr::Cplx { op: CplxOp::Convert, single: tk == BasicKind::Complex64, dst: d, a: r, b: r });
                } else if f_int && matches!(tk, BasicKind::String) {
                    self.emit(Instr::RuneToStr { dst: d, src: r });
                } else {
                    self.emit(Instr::Move { dst: d, src: r });
                }
            }
            (Type::Basic(_), Type::Slice(elem)) => {
                let r = self.expr(x)?;
                if matches!(self.basic_kind(elem), Some(BasicKind::Int32)) {
                    self.emit(Instr::StrToRunes { dst: d, src: r });
                } else {
                    self.emit(Instr::StrToBytes { dst: d, src: r });
                }
            }
            (Type::Slice(elem), Type::Basic(_)) => {
                let r = self.expr(x)?;
                if matches!(self.basic_kind(elem), Some(BasicKind::Int32)) {
                    self.emit(Instr::RunesToStr { dst: d, src: r });
                } else {
                    self.emit(Instr::BytesToStr { dst: d, src: r });
                }
            }
            _ => self.value_to(x, d)?,
        }
        Ok(d)
    }
}
