//! The compiler from the checked program (`types::Program`: syntax trees plus `Info`) to a
//! [`Module`] of typed register bytecode.
//!
//! This file owns the program level: numbering functions, natives and package-level
//! variables, linking methods to their implementations, and the entry function that runs
//! package initialisation (`init_order`, then `init` functions) and `main.main`.
//!
//! Generics are instantiated per type-argument list (monomorphization): the checker
//! (`types/src/check/generic.rs`) checks a copy of a generic function for each distinct
//! list of type arguments, and each copy is compiled here as an ordinary function. Why not
//! Go's GC-shape stenciling with dictionaries: minigo's bytecode is typed (`AddInt` vs
//! `AddFloat`, typed slice element widths, typed map keys), so a shared body would need a
//! dictionary look-up and a dynamic dispatch on every operation on a type parameter: the
//! generic `Max` or container in a hot loop would run slower than its non-generic version.
//! An instance costs only code size; growth is bounded by the checker's instance limit
//! (`MAX_INSTANCES`), and programs instantiate each generic with few distinct lists.
//!
//! [`func`] owns one function's registers, variables and jumps; [`expr`], [`call`] and
//! [`stmt`] translate expressions, calls/builtins and statements; [`rangefunc`] compiles
//! range-over-func loops (the body becomes a closure: see its design notes).

mod call;
mod escape;
mod expr;
mod func;
mod liveness;
mod order;
mod rangefunc;
pub(crate) mod session;
mod stmt;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use minigo_parser::ast::{Decl, FuncDecl};
use minigo_types::{BasicKind, FuncRef, Info, MethodInfo, NamedInfo, ObjId, ObjKind, Program, Type, TypeId, TypeTable};
use parking_lot::RwLock;

use crate::bytecode::{Func, Instr, Module, NativeEntry, SourceFile};
use crate::native::{NativeCx, NativeRegistry, NativeResult};
use crate::value::{zero_value, Callee, Closure, Value};

use func::FnBuilder;

pub(crate) type CResult<T> = Result<T, String>;

/// Compiles a checked program. Errors are internal limits or unsupported constructs
/// (the checker has already rejected invalid programs).
pub fn compile(prog: &Program, natives: &NativeRegistry) -> Result<Module, String> {
    let mut c = Compiler::new(prog, natives);
    c.compile_program()?;
    Ok(c.finish())
}

pub(crate) struct Compiler<'p> {
    pub prog: &'p Program,
    pub info: &'p Info,
    registry: &'p NativeRegistry,
    pub types: TypeTable,
    funcs: Vec<Option<Func>>,
    decl_funcs: HashMap<(usize, usize), u32>,
    natives: Vec<NativeEntry>,
    native_ids: HashMap<(String, String), u32>,
    pub globals: HashMap<ObjId, u32>,
    global_list: Vec<(String, Value)>,
    method_names: Vec<String>,
    method_ids: HashMap<String, u32>,
    methods: HashMap<(u32, usize), Callee>,
    /// Functions being compiled, innermost (a closure) last.
    pub fs: Vec<FnBuilder>,
    /// The file whose code is being compiled.
    pub file: usize,
    runtime_error_tys: [TypeId; 4],
    panic_nil_ty: TypeId,
    basic_ids: HashMap<BasicKind, TypeId>,
    entry: u32,
    /// The last object id given to a variable the compiler adds (counting down from the
    /// top, away from the checker's ids).
    last_hidden: u32,
    /// The function literal compiled next is one Go's compiler would inline where it is
    /// written (see [`Compiler::closure`]).
    pub inline_literal: bool,
}

impl<'p> Compiler<'p> {
    fn new(prog: &'p Program, registry: &'p NativeRegistry) -> Compiler<'p> {
        let mut types = prog.info.table.clone();
        let intern = |types: &mut TypeTable, t: Type| -> TypeId {
            if let Some(id) = types.intern.get(&t) {
                return *id;
            }
            let id = TypeId(types.types.len() as u32);
            types.types.push(t.clone());
            types.intern.insert(t, id);
            id
        };
        use BasicKind::*;
        let mut basic_ids = HashMap::new();
        for k in [Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, Complex64, Complex128, String] {
            basic_ids.insert(k, intern(&mut types, Type::Basic(k)));
        }
        // The dynamic types of the VM's own panics: strings whose `Error` method returns them.
        let string_ty = basic_ids[&String];
        let error_sig = intern(&mut types, Type::Func(minigo_types::Signature { params: vec![], results: vec![string_ty], variadic: false }));
        let marker_sig = intern(&mut types, Type::Func(minigo_types::Signature { params: vec![], results: vec![], variadic: false }));
        let mut runtime_error_tys = [TypeId(0); 5];
        for (i, name) in ["plainError", "boundsError", "runtimeError", "errorString", "PanicNilError"].iter().enumerate() {
            let idx = types.named.len() as u32;
            types.named.push(NamedInfo {
                name: name.to_string(),
                pkg: "runtime".into(),
                underlying: string_ty,
                targs: vec![],
                methods: vec![
                    MethodInfo { name: "Error".into(), ptr_recv: false, sig: error_sig, func: FuncRef::Native { pkg: "runtime".into(), name: "Error.Error".into() } },
                    // Makes them satisfy `runtime.Error`.
                    MethodInfo { name: "RuntimeError".into(), ptr_recv: false, sig: marker_sig, func: FuncRef::Native { pkg: "runtime".into(), name: "Error.RuntimeError".into() } },
                ],
                span: None,
            });
            runtime_error_tys[i] = TypeId(types.types.len() as u32);
            types.types.push(Type::Named(minigo_types::NamedIdx(idx)));
        }
        let panic_nil_ty = intern(&mut types, Type::Pointer(runtime_error_tys[4]));
        let runtime_error_tys = [runtime_error_tys[0], runtime_error_tys[1], runtime_error_tys[2], runtime_error_tys[3]];
        Compiler {
            prog,
            info: &prog.info,
            registry,
            types,
            funcs: Vec::new(),
            decl_funcs: HashMap::new(),
            natives: Vec::new(),
            native_ids: HashMap::new(),
            globals: HashMap::new(),
            global_list: Vec::new(),
            method_names: Vec::new(),
            method_ids: HashMap::new(),
            methods: HashMap::new(),
            fs: Vec::new(),
            file: 0,
            runtime_error_tys,
            panic_nil_ty,
            basic_ids,
            entry: 0,
            last_hidden: u32::MAX,
            inline_literal: false,
        }
    }

    fn compile_program(&mut self) -> CResult<()> {
        // Number every Go function with a body, and every package-level variable.
        for fi in 0..self.prog.files.len() {
            self.number_file(fi);
        }
        // Methods of named types (those of the VM's panic types are VM natives).
        // (Registered first, so the loop below links the VM's panic types to them.)
        self.native_entry_fn("runtime", "Error.Error", runtime_error_text);
        self.native_entry_fn("runtime", "Error.RuntimeError", runtime_error_marker);
        self.link_methods();
        self.method_id("Error");
        self.method_id("String");
        self.method_id("RuntimeError");

        self.compile_bodies(0)?;
        let entry = self.compile_entry()?;
        self.entry = entry;
        Ok(())
    }

    /// Numbers the Go functions with a body and the package-level variables of file `fi`.
    fn number_file(&mut self, fi: usize) {
        let file = &self.prog.files[fi];
        for (di, d) in file.ast.decls.iter().enumerate() {
            match d {
                // Generic declarations are compiled through their instances.
                Decl::Func(f) if f.body.is_some() && !self.is_generic(f) && !self.decl_funcs.contains_key(&(fi, di)) => {
                    let idx = self.funcs.len() as u32;
                    self.funcs.push(None);
                    self.decl_funcs.insert((fi, di), idx);
                }
                Decl::Var(specs) => {
                    for spec in specs {
                        for name in &spec.names {
                            if let Some(&o) = self.info.defs.get(&name.id).filter(|o| !self.globals.contains_key(o)) {
                                let ty = self.info.objects[o.0 as usize].ty;
                                let g = self.global_list.len() as u32;
                                self.globals.insert(o, g);
                                self.global_list.push((format!("{}.{}", file.pkg, name.name), zero_value(&self.types, ty)));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Links every method of every named type not linked yet (or redefined since) to its
    /// implementation.
    fn link_methods(&mut self) {
        let named: Vec<NamedInfo> = self.types.named.clone();
        for (ni, n) in named.iter().enumerate() {
            for (mi, m) in n.methods.iter().enumerate() {
                if self.methods.get(&(ni as u32, mi)).is_some_and(|&linked| !self.redefined(&m.func, linked)) {
                    continue;
                }
                self.method_id(&m.name);
                if let Some(callee) = self.callee_of(&m.func) {
                    self.methods.insert((ni as u32, mi), callee);
                }
            }
        }
    }

    /// Whether a method linked to `linked` is now `f`, another Go function (a method
    /// redefined at the REPL keeps its index in its type's method list).
    fn redefined(&self, f: &FuncRef, linked: Callee) -> bool {
        match f {
            FuncRef::Decl { file, decl } => self.decl_funcs.get(&(*file, *decl)).is_some_and(|&i| Callee::Go(i) != linked),
            FuncRef::Native { .. } => false,
        }
    }

    /// Compiles the bodies of the numbered functions declared in files `first_file..`.
    fn compile_bodies(&mut self, first_func: u32) -> CResult<()> {
        let mut keys: Vec<((usize, usize), u32)> = self.decl_funcs.iter().filter(|(_, &v)| v >= first_func).map(|(k, v)| (*k, *v)).collect();
        keys.sort();
        for ((fi, di), idx) in keys {
            let Decl::Func(fd) = &self.prog.files[fi].ast.decls[di] else { continue };
            self.file = fi;
            let name = self.decl_name(fi, fd);
            let f = self.compile_func_decl(&name, fd)?;
            self.funcs[idx as usize] = Some(f);
        }
        Ok(())
    }

    /// Whether `f` is a generic function or a method of a generic type: the checker gives
    /// those no signature (only their instances, copies with concrete types, have one).
    fn is_generic(&self, f: &FuncDecl) -> bool {
        let sig = self.info.defs.get(&f.name.id).map(|o| self.info.objects[o.0 as usize].ty);
        !sig.is_some_and(|t| matches!(self.types.get(t), Type::Func(_)))
    }

    /// Go's name of a declared function, by its package's import path: `main.f`,
    /// `main.T.M`, `math/rand/v2.(*Rand).IntN`. An instance of a generic function or of a
    /// generic type's method has its generic's name with `[...]` for the type arguments:
    /// `main.Map[...]`, `main.(*List[...]).Push`.
    fn decl_name(&self, fi: usize, fd: &FuncDecl) -> String {
        let pkg = &self.prog.files[fi].pkg;
        match &fd.recv {
            None if self.info.defs.get(&fd.name.id).is_some_and(|o| self.info.func_instances.contains(o)) => format!("{pkg}.{}[...]", fd.name.name),
            None => format!("{pkg}.{}", fd.name.name),
            Some(r) => {
                let ty = self.info.types.get(&r.ty.id).map(|t| t.ty);
                let (ptr, base) = match ty.map(|t| &self.types.types[t.0 as usize]) {
                    Some(Type::Pointer(b)) => (true, Some(*b)),
                    _ => (false, ty),
                };
                let tname = match base.map(|b| &self.types.types[b.0 as usize]) {
                    Some(Type::Named(n)) => {
                        let named = &self.types.named[n.0 as usize];
                        if named.targs.is_empty() { named.name.clone() } else { format!("{}[...]", named.name) }
                    }
                    _ => "?".into(),
                };
                if ptr {
                    format!("{pkg}.(*{tname}).{}", fd.name.name)
                } else {
                    format!("{pkg}.{tname}.{}", fd.name.name)
                }
            }
        }
    }

    /// The implementation of a function reference; `None` for a native missing from the
    /// registry (an error only if it is called: see [`Compiler::require_callee`]).
    pub(crate) fn callee_of(&mut self, f: &FuncRef) -> Option<Callee> {
        match f {
            FuncRef::Decl { file, decl } => self.decl_funcs.get(&(*file, *decl)).map(|i| Callee::Go(*i)),
            FuncRef::Native { pkg, name } => {
                if let Some(&i) = self.native_ids.get(&(pkg.clone(), name.clone())) {
                    return Some(Callee::Native(i));
                }
                let native = self.registry.get(pkg, name)?;
                let i = self.natives.len() as u32;
                self.natives.push(NativeEntry { name: format!("{pkg}.{name}"), native });
                self.native_ids.insert((pkg.clone(), name.clone()), i);
                Some(Callee::Native(i))
            }
        }
    }

    pub(crate) fn require_callee(&mut self, f: &FuncRef) -> CResult<Callee> {
        match self.callee_of(f) {
            Some(c) => Ok(c),
            None => Err(match f {
                FuncRef::Native { pkg, name } => format!("native {pkg}.{name} is not implemented"),
                FuncRef::Decl { .. } => "call of a function without body".into(),
            }),
        }
    }

    /// Registers a VM-internal native (once per name).
    pub(crate) fn native_entry_fn(&mut self, pkg: &str, name: &str, f: crate::native::NativeFn) -> u32 {
        if let Some(&i) = self.native_ids.get(&(pkg.to_string(), name.to_string())) {
            return i;
        }
        let i = self.natives.len() as u32;
        self.natives.push(NativeEntry { name: format!("{pkg}.{name}"), native: crate::native::Native { f, callback: false } });
        self.native_ids.insert((pkg.into(), name.into()), i);
        i
    }

    pub(crate) fn method_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_ids.get(name) {
            return i;
        }
        let i = self.method_names.len() as u32;
        self.method_names.push(name.to_string());
        self.method_ids.insert(name.to_string(), i);
        i
    }

    /// The callee implementing method `mi` of named type `ni`.
    pub(crate) fn method_callee(&mut self, ni: u32, mi: usize) -> CResult<Callee> {
        if let Some(c) = self.methods.get(&(ni, mi)) {
            return Ok(*c);
        }
        let n = &self.types.named[ni as usize];
        let m = &n.methods[mi];
        Err(format!("method {}.{} has no implementation", n.name, m.name))
    }

    /// A fresh object for a variable the compiler adds (range-over-func loop state).
    pub(crate) fn hidden_obj(&mut self) -> ObjId {
        self.last_hidden -= 1;
        ObjId(self.last_hidden)
    }

    /// Reserves a function index (for a closure compiled later).
    pub(crate) fn reserve_func(&mut self) -> u32 {
        self.funcs.push(None);
        (self.funcs.len() - 1) as u32
    }
    pub(crate) fn set_func(&mut self, idx: u32, f: Func) {
        self.funcs[idx as usize] = Some(f);
    }

    /// The entry function: package-level variables in `init_order`, the `init` functions,
    /// then `main.main`.
    fn compile_entry(&mut self) -> CResult<u32> {
        let main_file = self.prog.files.len().saturating_sub(1);
        self.fs.push(FnBuilder::new("runtime.main".into(), main_file as u32, 0));
        let info = self.info;
        self.emit_inits(&info.init_order, &info.inits, main_file)?;
        let main = self.prog.files.get(main_file).and_then(|f| {
            f.ast.decls.iter().enumerate().find_map(|(di, d)| match d {
                Decl::Func(fd) if fd.recv.is_none() && fd.name.name == "main" => Some(di),
                _ => None,
            })
        });
        let Some(di) = main else { return Err("function main is undeclared in the main package".into()) };
        let idx = self.decl_funcs[&(main_file, di)];
        Ok(self.finish_entry(Some(idx)))
    }

    /// Package initialisation in the entry function being built: the package-level
    /// variables of `order` (file, decl, spec), then the `init` functions.
    fn emit_inits(&mut self, order: &[(usize, usize, usize)], inits: &[FuncRef], main_file: usize) -> CResult<()> {
        for &(fi, di, si) in order {
            self.file = fi;
            let Decl::Var(specs) = &self.prog.files[fi].ast.decls[di] else { continue };
            self.global_var_spec(&specs[si])?;
        }
        self.file = main_file;
        for f in inits {
            let callee = self.require_callee(f)?;
            let a = self.f().next;
            match callee {
                Callee::Go(i) => self.emit(Instr::Call { a, func: i }),
                Callee::Native(i) => self.emit(Instr::CallNative { a, native: i, nargs: 0 }),
            };
        }
        Ok(())
    }

    /// Ends the entry function being built with a call of function `then` (if any); its index.
    fn finish_entry(&mut self, then: Option<u32>) -> u32 {
        if let Some(func) = then {
            let a = self.f().next;
            self.f().bump_regs(a + 1);
            self.emit(Instr::Call { a, func });
        }
        self.emit(Instr::Return { start: 0, n: 0 });
        let b = self.fs.pop().expect("entry builder");
        let idx = self.reserve_func();
        self.set_func(idx, b.finish(0));
        idx
    }

    fn finish(self) -> Module {
        let files = self.prog.files.iter().map(source_file).collect();
        Module {
            method_tables: (0..self.types.types.len()).map(|_| OnceLock::new()).collect(),
            types: self.types,
            funcs: self.funcs.into_iter().map(|f| Arc::new(f.unwrap_or_else(empty_func))).collect(),
            natives: self.natives,
            files,
            globals: self.global_list,
            entry: self.entry,
            method_names: self.method_names,
            method_ids: self.method_ids,
            methods: self.methods,
            implements_cache: RwLock::new(HashMap::new()),
            runtime_error_tys: self.runtime_error_tys,
            panic_nil_ty: self.panic_nil_ty,
            basic_ids: self.basic_ids,
        }
    }

    // ---- type helpers ----

    pub(crate) fn under(&self, ty: TypeId) -> &Type {
        self.types.under(ty)
    }
    pub(crate) fn basic_kind(&self, ty: TypeId) -> Option<BasicKind> {
        match self.under(ty) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }
    pub(crate) fn is_iface(&self, ty: TypeId) -> bool {
        matches!(self.under(ty), Type::Interface(_))
    }
    /// Structs and arrays: values copied on assignment.
    pub(crate) fn is_agg(&self, ty: TypeId) -> bool {
        matches!(self.under(ty), Type::Struct(_) | Type::Array { .. })
    }
    pub(crate) fn zero(&self, ty: TypeId) -> Value {
        zero_value(&self.types, ty)
    }
    /// Size in bytes of a value of `ty` in Go's memory layout (for `append` growth).
    pub(crate) fn size_of(&self, ty: TypeId) -> u64 {
        match self.under(ty) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => 1,
                BasicKind::Int16 | BasicKind::Uint16 => 2,
                BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 | BasicKind::UntypedRune => 4,
                BasicKind::String | BasicKind::Complex128 => 16,
                _ => 8,
            },
            Type::Slice(_) => 24,
            Type::Interface(_) => 16,
            Type::Array { len, elem } => len.saturating_mul(self.size_of(*elem)),
            Type::Struct(fields) => {
                let mut size = 0u64;
                let mut max_align = 1;
                for f in fields.clone() {
                    let s = self.size_of(f.ty);
                    let a = self.align_of(f.ty);
                    max_align = max_align.max(a);
                    size = size.div_ceil(a) * a + s;
                }
                size.div_ceil(max_align) * max_align
            }
            _ => 8,
        }
    }
    fn align_of(&self, ty: TypeId) -> u64 {
        match self.under(ty) {
            Type::Basic(_) => self.size_of(ty).clamp(1, 8),
            Type::Array { elem, .. } => self.align_of(*elem),
            Type::Struct(fields) => fields.clone().iter().map(|f| self.align_of(f.ty)).max().unwrap_or(1),
            _ => 8,
        }
    }
}

fn source_file(f: &minigo_types::ParsedFile) -> SourceFile {
    SourceFile { name: absolute_name(&f.name, &f.pkg), lines: f.lines.clone() }
}

/// Go prints stdlib frames under `$GOROOT/src`; user files by absolute path.
fn absolute_name(name: &str, pkg: &str) -> String {
    if pkg != "main" || name.starts_with('/') || name.starts_with('<') {
        return name.to_string();
    }
    let name = name.strip_prefix("./").unwrap_or(name);
    match std::env::current_dir() {
        Ok(d) => d.join(name).to_string_lossy().into_owned(),
        Err(_) => name.to_string(),
    }
}

fn empty_func() -> Func {
    FnBuilder::new("?".into(), 0, 0).finish(0)
}

/// `RuntimeError()`: marks the VM's panic values as `runtime.Error`s.
fn runtime_error_marker(_: &mut NativeCx<'_, '_>, _: &[Value]) -> NativeResult {
    Ok(vec![])
}

/// `runtime.Error.Error()`: the message the value carries.
fn runtime_error_text(_: &mut NativeCx<'_, '_>, args: &[Value]) -> NativeResult {
    Ok(vec![args.first().cloned().unwrap_or_default()])
}

impl Compiler<'_> {
    /// A func value constant for a callee (no environment).
    pub(crate) fn func_value(&self, callee: Callee) -> Value {
        Value::Func(Arc::new(Closure { callee, env: Box::new([]), bound: false }))
    }
    pub(crate) fn obj_kind(&self, o: ObjId) -> &ObjKind {
        &self.info.objects[o.0 as usize].kind
    }
}
