//! Incremental compilation for the REPL: the program grows by the files each input adds,
//! and every compile yields a module that extends the previous one.
//!
//! Indices are append-only: functions, natives, package-level variables, types and named
//! types keep their index from one module to the next (code already running, closures and
//! interface values made by earlier inputs stay valid in later modules). Compiled functions
//! are shared between modules (`Arc<Func>`), so a new module costs the new code plus the
//! tables' copies. The compiler's own types are given back to the checker's table, so the
//! checker's next types are numbered after them.

use std::sync::Arc;

use minigo_parser::ast::Decl;
use minigo_types::{BasicKind, Program, TypeId, TypeTable};
use std::collections::HashMap;

use super::{CResult, Compiler};
use crate::bytecode::{Func, Module, NativeEntry};
use crate::native::NativeRegistry;
use crate::value::{Callee, Value};
use minigo_types::ObjId;

/// What the compiler keeps between inputs.
struct Parts {
    types: TypeTable,
    decl_funcs: HashMap<(usize, usize), u32>,
    natives: Vec<NativeEntry>,
    native_ids: HashMap<(String, String), u32>,
    globals: HashMap<ObjId, u32>,
    global_list: Vec<(String, Value)>,
    method_names: Vec<String>,
    method_ids: HashMap<String, u32>,
    methods: HashMap<(u32, usize), Callee>,
    runtime_error_tys: [TypeId; 4],
    panic_nil_ty: TypeId,
    basic_ids: HashMap<BasicKind, TypeId>,
}

/// A program compiled piece by piece (see the module docs).
#[derive(Default)]
pub struct Linker {
    parts: Option<Parts>,
    /// Every function compiled so far, by index.
    done: Vec<Arc<Func>>,
    /// Files before this one are compiled (or skipped).
    files_done: usize,
    /// Files of steps that failed to compile: never compiled again.
    failed: Vec<usize>,
    /// Entries of `init_order` and `inits` already run by an earlier entry function.
    init_order_done: usize,
    inits_done: usize,
}

/// One step of a growing program.
pub struct Step {
    pub module: Module,
    /// The function that initialises the packages the step added, then calls the input.
    pub entry: u32,
}

impl Linker {
    pub fn new() -> Linker {
        Linker::default()
    }

    /// Compiles the files added to `prog` since the last call (except `skip`, inputs that
    /// did not check) and an entry function that runs the new packages' initialisation,
    /// then `then` (the name of a function of the last file), if given. The program's
    /// type table is replaced by the compiler's (a superset of it).
    pub fn compile_more(&mut self, prog: &mut Program, natives: &NativeRegistry, skip: &[usize], then: Option<&str>) -> Result<Step, String> {
        let (step, parts) = {
            let mut c = match self.parts.take() {
                Some(parts) => Compiler::resume(prog, natives, parts, self.done.len()),
                None => Compiler::new(prog, natives),
            };
            let globals = c.global_list.len();
            let step = self.extend(&mut c, skip, then);
            let mut parts = c.into_parts();
            if step.is_err() {
                self.forget_failed(&mut parts, globals);
            }
            (step, parts)
        };
        prog.info.table = parts.types.clone();
        self.parts = Some(parts);
        // A step that failed is not retried: its files count as done (their functions are
        // missing, an error for whoever calls them).
        if step.is_err() {
            self.failed.extend(self.files_done..prog.files.len());
        }
        self.files_done = prog.files.len();
        self.init_order_done = prog.info.init_order.len();
        self.inits_done = prog.info.inits.len();
        step
    }

    /// Drops what a failed step numbered (functions past the compiled ones, variables past
    /// the first `globals`), so later steps do not refer to it.
    fn forget_failed(&self, parts: &mut Parts, globals: usize) {
        let compiled = self.done.len() as u32;
        parts.decl_funcs.retain(|_, f| *f < compiled);
        parts.methods.retain(|_, callee| !matches!(callee, Callee::Go(f) if *f >= compiled));
        parts.globals.retain(|_, g| (*g as usize) < globals);
        parts.global_list.truncate(globals);
    }

    fn extend(&mut self, c: &mut Compiler<'_>, skip: &[usize], then: Option<&str>) -> CResult<Step> {
        let files = c.prog.files.len();
        // Every file: an earlier one may have gained instances of its generic functions.
        for fi in (0..files).filter(|fi| !skip.contains(fi) && !self.failed.contains(fi)) {
            c.number_file(fi);
        }
        c.link_methods();
        c.compile_bodies(self.done.len() as u32)?;
        let last = files.saturating_sub(1);
        let then = match then {
            Some(name) => Some(c.decl_func_named(last, name).ok_or_else(|| format!("function {name} is undeclared"))?),
            None => None,
        };
        c.fs.push(super::func::FnBuilder::new("main.input".into(), last as u32, 0));
        let info = c.info;
        c.emit_inits(&info.init_order[self.init_order_done..], &info.inits[self.inits_done..], last)?;
        let entry = c.finish_entry(then);
        c.entry = entry;
        Ok(Step { module: c.module_sharing(&mut self.done), entry })
    }
}

impl<'p> Compiler<'p> {
    /// A compiler continuing from `parts`, with `nfuncs` functions already compiled.
    fn resume(prog: &'p Program, registry: &'p NativeRegistry, p: Parts, nfuncs: usize) -> Compiler<'p> {
        let mut c = Compiler::new(prog, registry);
        c.types = prog.info.table.clone();
        c.funcs = (0..nfuncs).map(|_| None).collect();
        c.decl_funcs = p.decl_funcs;
        c.natives = p.natives;
        c.native_ids = p.native_ids;
        c.globals = p.globals;
        c.global_list = p.global_list;
        c.method_names = p.method_names;
        c.method_ids = p.method_ids;
        c.methods = p.methods;
        c.runtime_error_tys = p.runtime_error_tys;
        c.panic_nil_ty = p.panic_nil_ty;
        c.basic_ids = p.basic_ids;
        c
    }

    fn into_parts(self) -> Parts {
        Parts {
            types: self.types,
            decl_funcs: self.decl_funcs,
            natives: self.natives,
            native_ids: self.native_ids,
            globals: self.globals,
            global_list: self.global_list,
            method_names: self.method_names,
            method_ids: self.method_ids,
            methods: self.methods,
            runtime_error_tys: self.runtime_error_tys,
            panic_nil_ty: self.panic_nil_ty,
            basic_ids: self.basic_ids,
        }
    }

    /// The index of the function `name` declared (with a body) in file `fi`.
    fn decl_func_named(&self, fi: usize, name: &str) -> Option<u32> {
        let decls = &self.prog.files.get(fi)?.ast.decls;
        let di = decls.iter().position(|d| matches!(d, Decl::Func(fd) if fd.recv.is_none() && fd.name.name == name))?;
        self.decl_funcs.get(&(fi, di)).copied()
    }

    /// The module so far; functions compiled by earlier steps are shared through `done`,
    /// which receives this step's.
    fn module_sharing(&mut self, done: &mut Vec<Arc<Func>>) -> Module {
        for f in self.funcs.drain(done.len()..) {
            done.push(Arc::new(f.unwrap_or_else(super::empty_func)));
        }
        self.funcs = (0..done.len()).map(|_| None).collect();
        Module {
            method_tables: (0..self.types.types.len()).map(|_| std::sync::OnceLock::new()).collect(),
            types: self.types.clone(),
            funcs: done.clone(),
            natives: self.natives.clone(),
            files: self.prog.files.iter().map(|f| super::source_file(f)).collect(),
            globals: self.global_list.clone(),
            entry: self.entry,
            method_names: self.method_names.clone(),
            method_ids: self.method_ids.clone(),
            methods: self.methods.clone(),
            implements_cache: parking_lot::RwLock::new(HashMap::new()),
            runtime_error_tys: self.runtime_error_tys,
            panic_nil_ty: self.panic_nil_ty,
            basic_ids: self.basic_ids.clone(),
        }
    }
}
