//! Generics: generic declarations, instantiation, function argument type inference and
//! constraint satisfaction (type sets, `comparable`, methods).
//!
//! minigo instantiates by substitution. A generic function, or a method of a generic type,
//! is checked once per distinct list of type arguments, on a copy of its declaration (fresh
//! node ids) in whose scope each type parameter's name denotes its type argument. The copies
//! join the declaring file's declarations (`FuncRef::Decl`), so the compiler sees ordinary
//! functions whose every node has a concrete type and emits typed bytecode for each (see
//! the top of `vm::compile`). An instantiated type is a named type of its own whose name
//! prints with its arguments (`List[int]`). The generic declaration itself is only checked
//! through its instances: an error in a generic body shows where it is instantiated.
//!
//! Inference unifies each parameter's type *as written* with its argument's type, binding
//! the type parameters it names; then a type parameter bound to `S` whose constraint has a
//! single term (`~[]E`, also through an instance of a generic interface) unifies that term
//! with `S`'s underlying type; untyped constant
//! arguments decide last (the largest of their default kinds, as Go 1.21 does).
use std::collections::HashMap;

use minigo_parser::ast::{BinaryOp, Decl, Expr, ExprKind, FuncDecl, Ident, InterfaceElem, NodeId, Span, UnaryOp};
use minigo_parser::visit::{self, VisitMut};

use super::assign::{OpMode, Operand};
use super::{Checker, FuncCtx};
use crate::api::*;

/// How many instances one program may create: a bound on code growth, and the end of an
/// instantiation cycle (`F[T]` calling `F[[]T]`).
const MAX_INSTANCES: usize = 4096;

/// How many generic interfaces inference looks through for a constraint's core term.
const MAX_CORE_DEPTH: u8 = 8;

/// A generic function or type as declared.
#[derive(Clone)]
pub(crate) struct Generic {
    pkg: String,
    file: usize,
    decl: usize,
    /// The spec index of a generic type; `None` for a function.
    spec: Option<usize>,
    /// Each type parameter's declaring identifier and constraint, in order.
    params: Vec<(Ident, Expr)>,
    /// The declarations (file, index) of a generic type's methods.
    methods: Vec<(usize, usize)>,
}

/// The checker's generics state, program-wide.
#[derive(Default)]
pub(crate) struct Generics {
    decls: HashMap<ObjId, Generic>,
    funcs: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    types: HashMap<(ObjId, Vec<TypeId>), TypeId>,
    /// An instantiated type's generic type name and type arguments (for inference).
    origin: HashMap<NamedIdx, (String, Vec<TypeId>)>,
    /// Copies of generic declarations by file; they follow its parsed declarations.
    copies: HashMap<usize, Vec<FuncDecl>>,
    /// The number of declarations each file was parsed with.
    parsed_decls: HashMap<usize, usize>,
    /// Instance bodies still to check: file, copy index, package, type parameter bindings.
    queue: Vec<(usize, usize, String, Vec<(Ident, TypeId)>)>,
    /// Each checked package's file index and import names, to check its instances later.
    pkg_ctx: HashMap<String, (usize, HashMap<String, ObjId>)>,
}

/// The checker's context saved while it works in a generic's package and scope.
pub(crate) struct Saved {
    pkg: String,
    file_idx: usize,
    pkg_scope: Option<HashMap<String, ObjId>>,
    file_scope: Option<HashMap<String, ObjId>>,
    scopes: Vec<HashMap<String, ObjId>>,
    funcs: Vec<FuncCtx>,
    cur_decl: Option<ObjId>,
    iota: Option<u32>,
}

/// Gives every node of a copied declaration a fresh id.
struct Fresh<'a>(&'a mut u32);

impl VisitMut for Fresh<'_> {
    fn node_id(&mut self, id: &mut NodeId) {
        *id = NodeId(*self.0);
        *self.0 += 1;
    }
}

/// The type parameter names of a generic receiver type `*List[K, V]`, if it is one.
fn receiver_params(recv: &Expr) -> Option<(&Ident, Vec<Ident>)> {
    match &recv.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) => receiver_params(x),
        ExprKind::Generic { x, args } => {
            let ExprKind::Ident(name) = &x.kind else { return None };
            let names = args.iter().map(|a| match &a.kind {
                ExprKind::Ident(id) => Some(id.clone()),
                _ => None,
            });
            Some((name, names.collect::<Option<Vec<_>>>()?))
        }
        _ => None,
    }
}

/// Names the blank type parameters of a method's receiver (`func (l *List[_]) Len()`), so
/// that the copy's receiver type can be resolved; `·` keeps the names apart from Go's.
fn name_blank_params(f: &mut FuncDecl) {
    if let Some(recv) = &mut f.recv {
        name_blanks_in(&mut recv.ty);
    }
}

fn name_blanks_in(t: &mut Expr) {
    match &mut t.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) => name_blanks_in(x),
        ExprKind::Generic { args, .. } => {
            for (i, a) in args.iter_mut().enumerate() {
                if let ExprKind::Ident(id) = &mut a.kind {
                    if id.name == "_" {
                        id.name = format!("_·{i}");
                    }
                }
            }
        }
        _ => {}
    }
}

/// Collects the names used as operands or types in a tree.
#[derive(Default)]
struct Names(Vec<String>);

impl VisitMut for Names {
    fn expr(&mut self, e: &mut Expr) {
        if let ExprKind::Ident(id) = &e.kind {
            self.0.push(id.name.clone());
        }
    }
}

/// Whether a constraint as written is a single composite term without `~`
/// (`interface{ *T }`, `[]E`).
fn exact_term(c: &Expr) -> bool {
    match &c.kind {
        ExprKind::InterfaceType(elems) => match elems.as_slice() {
            [InterfaceElem::Embed(x)] => exact_term(x),
            _ => false,
        },
        ExprKind::SliceType(_) | ExprKind::StructType(_) | ExprKind::MapType { .. } | ExprKind::ChanType { .. } | ExprKind::FuncType(_) | ExprKind::Star(_) => true,
        _ => false,
    }
}

/// Replaces each identifier named `names[i]` in `tree` by `args[i]`, all at once (an
/// argument that itself names one of `names` is left alone): first each such identifier
/// is renamed `·i`, a name Go source cannot spell, then each `·i` is replaced.
fn substitute(tree: &mut Expr, names: &[String], args: &[Expr]) {
    struct Rename<'a>(&'a [String]);
    impl VisitMut for Rename<'_> {
        fn expr(&mut self, e: &mut Expr) {
            if let ExprKind::Ident(id) = &mut e.kind {
                if let Some(i) = self.0.iter().position(|n| *n == id.name) {
                    id.name = format!("·{i}");
                }
            }
        }
    }
    struct Replace<'a>(&'a [Expr]);
    impl VisitMut for Replace<'_> {
        fn expr(&mut self, e: &mut Expr) {
            let ExprKind::Ident(id) = &e.kind else { return };
            let arg = id.name.strip_prefix('·').and_then(|i| i.parse::<usize>().ok()).and_then(|i| self.0.get(i));
            if let Some(arg) = arg {
                *e = arg.clone();
            }
        }
    }
    visit::expr(&mut Rename(names), tree);
    visit::expr(&mut Replace(args), tree);
}

/// The parameter types of a signature as written, one per parameter.
fn param_exprs(ft: &minigo_parser::ast::FuncType) -> Vec<&Expr> {
    ft.params.iter().flat_map(|p| std::iter::repeat(&p.ty).take(p.names.len().max(1))).collect()
}

impl Checker<'_> {
    /// The generic function or type an expression names, its use recorded.
    pub(crate) fn generic_target(&mut self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.generic_target(x),
            ExprKind::Ident(id) => {
                let o = self.lookup(&id.name)?;
                self.generics.decls.contains_key(&o).then(|| {
                    self.info.uses.insert(id.id, o);
                    self.used.insert(o);
                    o
                })
            }
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pid) = &x.kind else { return None };
                let po = self.lookup(&pid.name)?;
                let ObjKind::PkgName(path) = self.obj(po).kind.clone() else { return None };
                let m = self.package_member(&path, &sel.name)?;
                self.generics.decls.contains_key(&m).then(|| {
                    self.info.uses.insert(pid.id, po);
                    self.used.insert(po);
                    let nv = self.info.table.invalid();
                    self.info.types.insert(x.id, TypeAndValue { mode: Mode::NoValue, ty: nv, value: None });
                    self.info.selections.insert(e.id, Selection::Qualified { pkg: path, name: sel.name.clone() });
                    self.info.uses.insert(sel.id, m);
                    m
                })
            }
            _ => None,
        }
    }

    pub(crate) fn is_generic(&self, o: ObjId) -> bool {
        self.generics.decls.contains_key(&o)
    }

    pub(crate) fn is_generic_func(&self, o: ObjId) -> bool {
        self.generics.decls.get(&o).is_some_and(|g| g.spec.is_none())
    }

    /// Go's error for a generic name used without type arguments.
    pub(crate) fn uninstantiated(&mut self, e: &Expr, o: ObjId) {
        let g = &self.generics.decls[&o];
        let msg = match g.spec {
            None => format!("cannot use generic function {} without instantiation", self.expr_str(e)),
            Some(_) => format!("cannot use generic type {} without instantiation", self.generic_type_string(&self.expr_str(e), g)),
        };
        self.error(e.span, msg);
    }

    /// A generic type as Go's errors name it: `Set[T comparable]`.
    fn generic_type_string(&self, name: &str, g: &Generic) -> String {
        let list: Vec<String> = g.params.iter().map(|(id, c)| format!("{} {}", id.name, self.expr_str(c))).collect();
        format!("{name}[{}]", list.join(", "))
    }

    /// Whether generic type `g` is an alias (`type Set[T comparable] = map[T]struct{}`).
    fn is_alias(&self, g: &Generic) -> bool {
        match (self.decl_of(g.file, g.decl), g.spec) {
            (Decl::Type(specs), Some(s)) => specs.get(s).is_some_and(|s| s.alias),
            _ => false,
        }
    }

    // ------------------------------------------------------------------------------------
    // Declarations

    /// Registers a generic function or type declared in the package being checked.
    pub(crate) fn declare_generic(&mut self, o: ObjId, decl: usize, spec: Option<usize>, tp: &minigo_parser::ast::TypeParams) {
        let params = tp.list.iter().flat_map(|p| p.names.iter().map(|n| (n.clone(), p.ty.clone()))).collect();
        let g = Generic { pkg: self.pkg.clone(), file: self.file_idx, decl, spec, params, methods: vec![] };
        self.generics.decls.insert(o, g);
    }

    /// Attaches the methods declared on generic types (`func (l *List[T]) Push(v T)`) to
    /// them; returns whether declaration `f` is one of them.
    pub(crate) fn generic_method(&mut self, decl: usize, f: &FuncDecl) -> bool {
        let Some(recv) = &f.recv else { return false };
        let Some((name, _)) = receiver_params(&recv.ty) else { return false };
        let Some(o) = self.pkg_scope.get(&name.name).copied().filter(|o| self.is_generic(*o)) else { return false };
        self.info.uses.insert(name.id, o);
        let g = &self.generics.decls[&o];
        if self.is_alias(g) {
            let msg = format!("cannot define new methods on generic alias type {}", self.generic_type_string(&name.name, g));
            self.error(name.span, msg);
            return true;
        }
        self.add_generic_method(o, (self.file_idx, decl), &f.name.name);
        true
    }

    /// Adds method declaration `m` to generic type `o`; it replaces a method of that name
    /// declared by an earlier input of a session (whose instances gain it later:
    /// [`Checker::extend_instances`]).
    fn add_generic_method(&mut self, o: ObjId, m: (usize, usize), name: &str) {
        let before = self.generics.decls[&o].methods.clone();
        let earlier = before.iter().position(|&(file, decl)| file != m.0 && matches!(self.decl_of(file, decl), Decl::Func(f) if f.name.name == name));
        let Some(g) = self.generics.decls.get_mut(&o) else { return };
        match earlier {
            Some(i) => g.methods[i] = m,
            None => g.methods.push(m),
        }
        self.note_method_change(super::session::MethodUndo::Generic(o, before));
    }

    /// Puts back the method declarations generic type `o` had before an input with errors.
    pub(crate) fn restore_generic_methods(&mut self, o: ObjId, methods: Vec<(usize, usize)>) {
        if let Some(g) = self.generics.decls.get_mut(&o) {
            g.methods = methods;
        }
    }

    /// Forgets the instances of generic types numbered from named type `first` on (made by
    /// a REPL input with errors): the next use makes them again.
    pub(crate) fn forget_instances(&mut self, first: usize) {
        let table = &self.info.table;
        self.generics.types.retain(|_, t| table.as_named(*t).is_none_or(|n| (n.0 as usize) < first));
    }

    /// In a session, the instances made by earlier inputs gain the methods the input being
    /// checked declares on their generic types (or their new versions).
    pub(crate) fn extend_instances(&mut self) {
        if self.session.is_none() {
            return;
        }
        let mut todo = Vec::new();
        for ((o, targs), &t) in &self.generics.types {
            let (Some(n), Some(g)) = (self.info.table.as_named(t), self.generics.decls.get(o)) else { continue };
            for &m in g.methods.iter().filter(|m| m.0 == self.file_idx) {
                todo.push((g.clone(), n, m, targs.clone()));
            }
        }
        for (g, n, m, targs) in todo {
            self.instantiate_method(&g, n, m, &targs);
        }
    }

    pub(crate) fn note_parsed_decls(&mut self, n: usize) {
        self.generics.parsed_decls.insert(self.file_idx, n);
    }

    /// The declaration `decl` of file `file` (the file being checked or a checked one).
    fn decl_of(&self, file: usize, decl: usize) -> Decl {
        // The file being checked still has its tree in `self.ast` (its entry in `files` is
        // an empty placeholder until the package is checked).
        match self.files[file].ast.decls.get(decl) {
            Some(d) => d.clone(),
            None => self.ast.decls[decl].clone(),
        }
    }

    /// Adds a copy of a generic function to `file`: its reference.
    fn add_copy(&mut self, file: usize, mut f: FuncDecl) -> (FuncRef, usize, FuncDecl) {
        f.type_params = None;
        let mut d = Decl::Func(f);
        visit::decl(&mut Fresh(&mut self.next_node), &mut d);
        let Decl::Func(f) = d else { unreachable!() };
        let copies = self.generics.copies.entry(file).or_default();
        let idx = copies.len();
        copies.push(f.clone());
        let decl = self.generics.parsed_decls.get(&file).copied().unwrap_or(0) + idx;
        (FuncRef::Decl { file, decl }, idx, f)
    }

    /// Appends the instance copies to their files' declarations (after checking).
    pub(crate) fn append_copies(&mut self) {
        for (file, copies) in std::mem::take(&mut self.generics.copies) {
            let decls = &mut self.files[file].ast.decls;
            decls.extend(copies.into_iter().map(Decl::Func));
            // Copies made later (the REPL's next inputs) are numbered after these.
            self.generics.parsed_decls.insert(file, decls.len());
        }
    }

    /// Counts the imports that the current package's generic declarations name as used
    /// (a generic body is only checked through its instances, if any).
    pub(crate) fn use_generic_imports(&mut self) {
        let mut decls: Vec<(usize, usize)> = Vec::new();
        for g in self.generics.decls.values().filter(|g| g.pkg == self.pkg) {
            decls.push((g.file, g.decl));
            decls.extend(g.methods.iter().copied());
        }
        let mut names = Names::default();
        for (file, decl) in decls {
            visit::decl(&mut names, &mut self.decl_of(file, decl));
        }
        for name in names.0 {
            if let Some(&o) = self.file_scope.get(&name) {
                self.used.insert(o);
            }
        }
    }

    /// Remembers what checking the current package's instances later needs.
    pub(crate) fn save_pkg_ctx(&mut self) {
        self.generics.pkg_ctx.insert(self.pkg.clone(), (self.file_idx, self.file_scope.clone()));
    }

    /// Switches to package `pkg` with the type parameters bound (a scope of their own).
    fn enter(&mut self, pkg: &str, bindings: &[(Ident, TypeId)]) -> Saved {
        let mut saved = Saved {
            pkg: self.pkg.clone(),
            file_idx: self.file_idx,
            pkg_scope: None,
            file_scope: None,
            scopes: std::mem::take(&mut self.scopes),
            funcs: std::mem::take(&mut self.funcs),
            cur_decl: self.cur_decl.take(),
            iota: self.iota.take(),
        };
        if pkg != self.pkg {
            let scope = self.packages.get(pkg).map(|(_, s)| (**s).clone()).unwrap_or_default();
            let (fi, fs) = self.generics.pkg_ctx.get(pkg).cloned().unwrap_or_default();
            saved.pkg_scope = Some(std::mem::replace(&mut self.pkg_scope, scope));
            saved.file_scope = Some(std::mem::replace(&mut self.file_scope, fs));
            self.file_idx = fi;
            self.pkg = pkg.into();
        }
        let mut scope = HashMap::new();
        for (id, t) in bindings.iter().filter(|(id, _)| id.name != "_") {
            let o = self.new_obj(&id.name, ObjKind::TypeName, *t, Some(id.span));
            self.used.insert(o);
            scope.insert(id.name.clone(), o);
        }
        self.scopes.push(scope);
        saved
    }

    fn leave(&mut self, s: Saved) {
        self.pkg = s.pkg;
        self.file_idx = s.file_idx;
        if let Some(p) = s.pkg_scope {
            self.pkg_scope = p;
        }
        if let Some(f) = s.file_scope {
            self.file_scope = f;
        }
        self.scopes = s.scopes;
        self.funcs = s.funcs;
        self.cur_decl = s.cur_decl;
        self.iota = s.iota;
    }

    /// Checks the bodies of the instances created so far (and of those they create).
    pub(crate) fn check_instances(&mut self) {
        while let Some((file, idx, pkg, bindings)) = self.generics.queue.pop() {
            let f = self.generics.copies[&file][idx].clone();
            let saved = self.enter(&pkg, &bindings);
            self.in_instance = true;
            self.check_func_body(&f);
            self.in_instance = false;
            self.leave(saved);
        }
    }

    // ------------------------------------------------------------------------------------
    // Instantiation

    fn bindings(params: &[(Ident, Expr)], targs: &[TypeId]) -> Vec<(Ident, TypeId)> {
        params.iter().map(|p| p.0.clone()).zip(targs.iter().copied()).collect()
    }

    fn too_many_instances(&mut self, at: Span) -> bool {
        let n = self.generics.funcs.len() + self.generics.types.len();
        if n >= MAX_INSTANCES {
            self.error(at, "instantiation cycle");
            return true;
        }
        false
    }

    /// The instance of generic function `o` for `targs`: a function object.
    fn instantiate_func(&mut self, o: ObjId, targs: Vec<TypeId>, at: Span) -> Option<ObjId> {
        if let Some(&inst) = self.generics.funcs.get(&(o, targs.clone())) {
            return Some(inst);
        }
        if self.too_many_instances(at) {
            return None;
        }
        let g = self.generics.decls[&o].clone();
        let Decl::Func(f) = self.decl_of(g.file, g.decl) else { return None };
        let bindings = Self::bindings(&g.params, &targs);
        let (fref, idx, f) = self.add_copy(g.file, f);
        let saved = self.enter(&g.pkg, &bindings);
        let sig = self.func_type(&f.sig);
        self.leave(saved);
        let inst = self.new_obj(&f.name.name, ObjKind::Func(fref), sig, Some(f.name.span));
        self.info.defs.insert(f.name.id, inst);
        self.info.func_instances.insert(inst);
        self.generics.funcs.insert((o, targs), inst);
        self.generics.queue.push((g.file, idx, g.pkg, bindings));
        Some(inst)
    }

    /// The instance of generic type `o` for `targs`: a named type with the instantiated
    /// methods.
    fn instantiate_type(&mut self, o: ObjId, targs: Vec<TypeId>, at: Span) -> TypeId {
        let inv = self.info.table.invalid();
        if let Some(&t) = self.generics.types.get(&(o, targs.clone())) {
            return t;
        }
        if self.too_many_instances(at) {
            return inv;
        }
        let g = self.generics.decls[&o].clone();
        let Decl::Type(specs) = self.decl_of(g.file, g.decl) else { return inv };
        let Some(spec) = g.spec.and_then(|s| specs.get(s)) else { return inv };
        if spec.alias {
            return self.instantiate_alias(o, &g, &spec.ty, targs);
        }
        let t = self.info.table.new_named(&spec.name.name, &g.pkg, inv, Some(spec.name.span));
        let Some(n) = self.info.table.as_named(t) else { return inv };
        self.info.table.named[n.0 as usize].targs = targs.clone();
        self.generics.types.insert((o, targs.clone()), t);
        self.generics.origin.insert(n, (spec.name.name.clone(), targs.clone()));
        let saved = self.enter(&g.pkg, &Self::bindings(&g.params, &targs));
        self.in_constraint = true;
        let rhs = self.type_expr(&spec.ty);
        self.leave(saved);
        let u = self.info.table.underlying(rhs);
        self.info.table.named[n.0 as usize].underlying = u;
        for &m in &g.methods {
            self.instantiate_method(&g, n, m, &targs);
        }
        t
    }

    /// The instance of generic alias `o` (`type Set[T comparable] = map[T]struct{}`): its
    /// right-hand side with the type arguments in place of the parameters, no new type.
    fn instantiate_alias(&mut self, o: ObjId, g: &Generic, rhs: &Expr, targs: Vec<TypeId>) -> TypeId {
        let saved = self.enter(&g.pkg, &Self::bindings(&g.params, &targs));
        self.in_constraint = true;
        let t = self.type_expr(rhs);
        self.leave(saved);
        self.generics.types.insert((o, targs), t);
        t
    }

    /// Adds method `(file, decl)` of generic type `g` to its instance `n`.
    fn instantiate_method(&mut self, g: &Generic, n: NamedIdx, (file, decl): (usize, usize), targs: &[TypeId]) {
        let Decl::Func(mut f) = self.decl_of(file, decl) else { return };
        name_blank_params(&mut f);
        let names = f.recv.as_ref().and_then(|r| receiver_params(&r.ty)).map(|(_, names)| names).unwrap_or_default();
        let bindings: Vec<(Ident, TypeId)> = names.into_iter().zip(targs.iter().copied()).collect();
        let (fref, idx, f) = self.add_copy(file, f);
        let saved = self.enter(&g.pkg, &bindings);
        let sig = self.func_type(&f.sig);
        self.leave(saved);
        let ptr_recv = f.recv.as_ref().is_some_and(|r| matches!(super::expr::unparen(&r.ty).kind, ExprKind::Star(_)));
        let o = self.new_obj(&f.name.name, ObjKind::Func(fref.clone()), sig, Some(f.name.span));
        self.info.defs.insert(f.name.id, o);
        let method = MethodInfo { name: f.name.name.clone(), ptr_recv, sig, func: fref };
        if let Some(prev) = self.method_clash(n, &method) {
            // Redefined at the prompt with another signature (a repeated declaration in
            // one input is reported where the generic type is declared, not per instance).
            if self.redefinable(self.method_objs[&(n, prev)]) {
                let t = self.info.table.named_info(n).name.clone();
                self.error(f.name.span, format!("method {t}.{} redefined with another signature or receiver; declare the type again to change them", f.name.name));
            }
            return;
        }
        self.attach_method(n, method, o);
        self.generics.queue.push((file, idx, g.pkg.clone(), bindings));
    }

    /// `F[A, B]` or `T[A, B]` outside a call: an instance, as a value or a type.
    pub(crate) fn instantiate_operand<'e>(&mut self, e: &'e Expr, x: &Expr, o: ObjId, arg_exprs: &[Expr]) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let Some(targs) = self.type_args(arg_exprs, o) else { return inv };
        let want = self.generics.decls[&o].params.len();
        if targs.len() < want {
            let name = self.expr_str(x);
            match self.generics.decls[&o].spec {
                Some(_) => self.error(e.span, format!("not enough type arguments for type {name}: have {}, want {want}", targs.len())),
                None => self.error(e.span, format!("cannot use generic function {name} without instantiation")),
            }
            return inv;
        }
        let spans: Vec<Span> = arg_exprs.iter().map(|a| a.span).collect();
        if !self.satisfied(o, &targs, &spans) {
            return inv;
        }
        if self.generics.decls[&o].spec.is_some() {
            let t = self.instantiate_type(o, targs, e.span);
            return Operand { mode: OpMode::TypeExpr, ty: t, val: None, expr: Some(e), nth: None };
        }
        let Some(inst) = self.instantiate_func(o, targs, e.span) else { return inv };
        let ty = self.record_instance(x, inst);
        Operand { mode: OpMode::Value, ty, val: None, expr: Some(e), nth: None }
    }

    /// Records that `x` (the generic function's name in a call or instantiation) denotes
    /// instance `inst`; returns the instance's func type.
    fn record_instance(&mut self, x: &Expr, inst: ObjId) -> TypeId {
        let ty = self.obj(inst).ty;
        let id = match &super::expr::unparen(x).kind {
            ExprKind::Ident(id) => id.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return ty,
        };
        self.info.uses.insert(id, inst);
        self.info.types.insert(x.id, TypeAndValue { mode: Mode::Value, ty, value: None });
        ty
    }

    /// Checks explicit type arguments; `None` if one is invalid or there are too many.
    fn type_args(&mut self, arg_exprs: &[Expr], o: ObjId) -> Option<Vec<TypeId>> {
        let targs: Vec<TypeId> = arg_exprs.iter().map(|a| self.type_expr(a)).collect();
        if targs.iter().any(|t| self.info.table.is_invalid(*t)) {
            return None;
        }
        let want = self.generics.decls[&o].params.len();
        if targs.len() > want {
            self.error(arg_exprs[want].span, format!("got {} type arguments but want {want}", targs.len()));
            return None;
        }
        Some(targs)
    }

    // ------------------------------------------------------------------------------------
    // Calls and inference

    /// A call of generic function `o` (`F(x)`, `F[int](x)`, `pkg.F(x)`): infers the missing
    /// type arguments, instantiates, then checks the call as any other.
    pub(crate) fn generic_call<'e>(&mut self, e: &'e Expr, fe: &'e Expr, target: &Expr, o: ObjId, targ_exprs: &[Expr], args: &'e [Expr], ellipsis: bool) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let explicit = self.type_args(targ_exprs, o);
        let xs = self.args(args);
        let Some(explicit) = explicit else { return inv };
        if xs.iter().any(|x| x.is_invalid()) {
            return inv;
        }
        let g = self.generics.decls[&o].clone();
        let Decl::Func(f) = self.decl_of(g.file, g.decl) else { return inv };
        let lparen = Span { lo: fe.span.hi, hi: fe.span.hi + 1 };
        let fname = self.expr_str(target);
        let Some(targs) = self.infer(&g, &f, explicit, &xs, ellipsis, &fname, lparen) else { return inv };
        let mut spans: Vec<Span> = targ_exprs.iter().map(|a| a.span).collect();
        spans.resize(targs.len(), lparen);
        if !self.satisfied(o, &targs, &spans) {
            return inv;
        }
        let Some(inst) = self.instantiate_func(o, targs, lparen) else { return inv };
        let ty = self.record_instance(target, inst);
        if !std::ptr::eq(target, fe) {
            self.info.types.insert(fe.id, TypeAndValue { mode: Mode::Value, ty, value: None });
        }
        let Some(sig) = self.info.table.signature(ty).cloned() else { return inv };
        self.arguments(e, fe, args, &sig, xs, ellipsis);
        self.call_result(e, &sig)
    }

    /// The type arguments of a call: explicit ones first, the rest inferred from the
    /// arguments `xs`; reports Go's inference errors.
    #[allow(clippy::too_many_arguments)] // the call's parts, for the messages
    fn infer(&mut self, g: &Generic, f: &FuncDecl, explicit: Vec<TypeId>, xs: &[Operand], ellipsis: bool, fname: &str, lparen: Span) -> Option<Vec<TypeId>> {
        let names: Vec<String> = g.params.iter().map(|p| p.0.name.clone()).collect();
        // Given every type argument, Go does not infer (the constraints are checked next).
        if explicit.len() == names.len() {
            return Some(explicit);
        }
        let mut bound: Vec<Option<TypeId>> = explicit.into_iter().map(Some).collect();
        bound.resize(names.len(), None);
        let params = param_exprs(&f.sig);
        let mut untyped: Vec<(usize, TypeId)> = Vec::new();
        // Parameter types name generic types of the function's own package (`Seq[V]`).
        let saved = self.enter(&g.pkg, &[]);
        let mut mismatch = None;
        for (i, x) in xs.iter().enumerate() {
            let last = params.len().saturating_sub(1);
            let (p, arg) = match params.get(i) {
                Some(p) if !(f.sig.variadic && i >= last && ellipsis) => (*p, x.ty),
                Some(p) => match self.info.table.under(x.ty) {
                    Type::Slice(e) => (*p, *e),
                    _ => continue,
                },
                None if f.sig.variadic && !params.is_empty() => (params[last], x.ty),
                None => continue,
            };
            if self.info.table.is_untyped(x.ty) {
                if let ExprKind::Ident(id) = &super::expr::unparen(p).kind {
                    if let Some(k) = names.iter().position(|n| *n == id.name) {
                        untyped.push((k, x.ty));
                    }
                }
                continue;
            }
            if let Err(k) = self.unify(p, arg, &names, &mut bound) {
                mismatch = Some((k, x, p, arg));
                break;
            }
        }
        let cores: Vec<Option<Expr>> = g.params.iter().map(|(_, c)| self.constraint_core(c, MAX_CORE_DEPTH)).collect();
        self.leave(saved);
        if let Some((k, x, p, arg)) = mismatch {
            let have = self.type_string(arg);
            let want = bound[k].map(|t| self.type_string(t)).unwrap_or_default();
            let xs_str = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
            let at = x.expr.map(|e| e.span).unwrap_or(lparen);
            self.error(at, format!("in call to {fname}, type {have} of {xs_str} does not match inferred type {want} for {}", self.expr_str(p)));
            return None;
        }
        if !self.cores_fit(g, &cores, &names, &mut bound, fname, lparen) {
            return None;
        }
        for (k, t) in &untyped {
            // Go gives such a parameter its core type (`*T`) first: the constant does not count.
            if bound[*k].is_none() && exact_term(&g.params[*k].1) {
                continue;
            }
            if bound[*k].is_some() && !untyped.iter().any(|(j, u)| j == k && u != t) {
                continue;
            }
            let widest = untyped.iter().filter(|(j, _)| j == k).map(|(_, u)| *u).max_by_key(|u| self.info.table.basic_kind(*u).map(untyped_rank));
            if bound[*k].is_none() {
                bound[*k] = widest.map(|u| self.info.table.default_type(u));
            }
        }
        if !self.cores_fit(g, &cores, &names, &mut bound, fname, lparen) {
            return None;
        }
        self.infer_core_types(g, &names, &mut bound);
        if let Some(k) = bound.iter().position(|b| b.is_none()) {
            let (file, line, col) = self.position(g.params[k].0.span.lo);
            self.error(lparen, format!("in call to {fname}, cannot infer {} (declared at {file}:{line}:{col})", names[k]));
            return None;
        }
        Some(bound.into_iter().flatten().collect())
    }

    /// [`Checker::infer_from_cores`], reporting Go's error for a type argument whose
    /// structure is not its constraint's core (`M (type []int) does not satisfy ~map[K]V`).
    #[allow(clippy::too_many_arguments)] // the call's parts, for the message
    fn cores_fit(&mut self, g: &Generic, cores: &[Option<Expr>], names: &[String], bound: &mut [Option<TypeId>], fname: &str, lparen: Span) -> bool {
        let Some(k) = self.infer_from_cores(cores, names, bound) else { return true };
        let have = bound[k].map(|t| self.type_string(t)).unwrap_or_default();
        let want = self.constraint_text(&g.params[k].1);
        self.error(lparen, format!("in call to {fname}, {} (type {have}) does not satisfy {want}", names[k]));
        false
    }

    /// A constraint as written, in Go's spelling (`~map[K]V`, `interface{~[]int}`).
    fn constraint_text(&self, c: &Expr) -> String {
        match &c.kind {
            ExprKind::Unary { op: UnaryOp::Xor, x } => format!("~{}", self.constraint_text(x)),
            ExprKind::Binary { op: BinaryOp::Or, x, y } => format!("{} | {}", self.constraint_text(x), self.constraint_text(y)),
            ExprKind::InterfaceType(elems) if elems.iter().all(|el| matches!(el, InterfaceElem::Embed(_))) => {
                let elems: Vec<String> = elems.iter().filter_map(|el| match el {
                    InterfaceElem::Embed(x) => Some(self.constraint_text(x)),
                    InterfaceElem::Method { .. } => None,
                }).collect();
                format!("interface{{{}}}", elems.join("; "))
            }
            _ => self.expr_str(c),
        }
    }

    /// Core-type inference: a bound type parameter whose constraint has a single term
    /// (`S ~[]E`; `cores[i]`, from [`Checker::constraint_core`]) binds the parameters of that
    /// term from its type argument. A type argument whose structure cannot be the term's is
    /// `Some(its index)`.
    fn infer_from_cores(&self, cores: &[Option<Expr>], names: &[String], bound: &mut [Option<TypeId>]) -> Option<usize> {
        for _ in 0..names.len() {
            let before = bound.iter().filter(|b| b.is_some()).count();
            for (i, core) in cores.iter().enumerate() {
                let (Some(b), Some(term)) = (bound[i], core) else { continue };
                if !self.fits_shape(term, b, names) {
                    return Some(i);
                }
                let _ = self.unify(term, self.info.table.underlying(b), names, bound);
            }
            if bound.iter().filter(|b| b.is_some()).count() == before {
                return None;
            }
        }
        None
    }

    /// Whether `t`'s underlying type has the structure of type expression `term`: the same
    /// kinds of composite types, level by level. Type parameters (`names`) and other named
    /// types in `term` fit anything here (the constraint check compares those).
    fn fits_shape(&self, term: &Expr, t: TypeId, names: &[String]) -> bool {
        let table = &self.info.table;
        match (&term.kind, table.under(t)) {
            (ExprKind::Paren(x), _) => self.fits_shape(x, t, names),
            (ExprKind::Star(x), Type::Pointer(e)) => self.fits_shape(x, *e, names),
            (ExprKind::SliceType(x) | ExprKind::ArrayType { len: None, elem: x }, Type::Slice(e)) => self.fits_shape(x, *e, names),
            (ExprKind::ArrayType { len: Some(_), elem }, Type::Array { elem: e, .. }) => self.fits_shape(elem, *e, names),
            (ExprKind::MapType { key, value }, Type::Map { key: k, value: v }) => self.fits_shape(key, *k, names) && self.fits_shape(value, *v, names),
            (ExprKind::ChanType { elem, .. }, Type::Chan { elem: e, .. }) => self.fits_shape(elem, *e, names),
            (ExprKind::StructType(fields), Type::Struct(have)) => {
                let written: Vec<&Expr> = fields.iter().flat_map(|f| std::iter::repeat(&f.ty).take(f.names.len().max(1))).collect();
                written.len() == have.len() && written.iter().zip(have).all(|(fx, hf)| self.fits_shape(fx, hf.ty, names))
            }
            (ExprKind::FuncType(_), Type::Func(_)) => true,
            (ExprKind::Star(_) | ExprKind::SliceType(_) | ExprKind::ArrayType { .. } | ExprKind::MapType { .. } | ExprKind::ChanType { .. } | ExprKind::StructType(_) | ExprKind::FuncType(_), _) => false,
            _ => true,
        }
    }

    /// The single term of a constraint as written: `~[]E`, `[]E`, `interface{ ~[]E }`,
    /// also through instances of generic interfaces: `numericAbs[T]`, declared with the
    /// element `~struct{ Value_ T }`, has the term `struct{ Value_ T }` with `T` the
    /// instance's argument. `depth` bounds the interfaces looked through.
    fn constraint_core(&self, c: &Expr, depth: u8) -> Option<Expr> {
        match &c.kind {
            ExprKind::Unary { op: UnaryOp::Xor, x } => Some((**x).clone()),
            ExprKind::InterfaceType(elems) => {
                let mut embeds = elems.iter().filter_map(|el| match el {
                    InterfaceElem::Embed(x) => Some(x),
                    InterfaceElem::Method { .. } => None,
                });
                match (embeds.next(), embeds.next()) {
                    (Some(x), None) => self.constraint_core(x, depth),
                    _ => None,
                }
            }
            ExprKind::SliceType(_) | ExprKind::StructType(_) | ExprKind::MapType { .. } | ExprKind::ChanType { .. } | ExprKind::FuncType(_) | ExprKind::Star(_) => Some(c.clone()),
            ExprKind::Generic { x, args } => self.instance_core(x, args, depth),
            ExprKind::Index { x, index } => self.instance_core(x, std::slice::from_ref(index.as_ref()), depth),
            _ => None,
        }
    }

    /// The core term of the generic interface named `x` instantiated with `args`.
    fn instance_core(&self, x: &Expr, args: &[Expr], depth: u8) -> Option<Expr> {
        let g = self.generic_type_named(x).and_then(|o| self.generics.decls.get(&o))?;
        let Decl::Type(specs) = self.decl_of(g.file, g.decl) else { return None };
        let mut core = self.constraint_core(&specs.get(g.spec?)?.ty, depth.checked_sub(1)?)?;
        let names: Vec<String> = g.params.iter().map(|p| p.0.name.clone()).collect();
        substitute(&mut core, &names, args);
        Some(core)
    }

    /// A type parameter still unbound whose constraint, given the bound ones, has a single
    /// type in its type set (`PT interface{ *T; Set(string) }`) is that type.
    fn infer_core_types(&mut self, g: &Generic, names: &[String], bound: &mut [Option<TypeId>]) {
        for i in 0..names.len() {
            if bound[i].is_some() {
                continue;
            }
            let mut used = Names::default();
            visit::expr(&mut used, &mut g.params[i].1.clone());
            let known = |n: &String| names.iter().position(|p| p == n).is_none_or(|k| bound[k].is_some());
            if !used.0.iter().all(known) {
                continue;
            }
            let bindings: Vec<(Ident, TypeId)> = g.params.iter().zip(bound.iter()).filter_map(|(p, b)| Some((p.0.clone(), (*b)?))).collect();
            let saved = self.enter(&g.pkg, &bindings);
            let c = self.constraint_type(&g.params[i].1);
            self.leave(saved);
            if let Type::Constraint { unions, .. } = self.info.table.under(c) {
                if let [single] = unions.as_slice() {
                    if let [term] = single.as_slice() {
                        bound[i] = Some(term.ty);
                    }
                }
            }
        }
    }

    /// Unifies parameter type `p` as written with argument type `arg`, binding the type
    /// parameters named in `names`. A conflicting binding is `Err(index)`; a structural
    /// mismatch is left to the assignment check.
    fn unify(&self, p: &Expr, arg: TypeId, names: &[String], bound: &mut [Option<TypeId>]) -> Result<(), usize> {
        let table = &self.info.table;
        match &p.kind {
            ExprKind::Ident(id) => {
                let Some(k) = names.iter().position(|n| *n == id.name) else { return Ok(()) };
                match bound[k] {
                    None => bound[k] = Some(arg),
                    Some(b) if b != arg => return Err(k),
                    _ => {}
                }
                Ok(())
            }
            ExprKind::Paren(x) => self.unify(x, arg, names, bound),
            ExprKind::Star(x) => match table.under(arg) {
                Type::Pointer(e) => self.unify(x, *e, names, bound),
                _ => Ok(()),
            },
            ExprKind::SliceType(x) | ExprKind::ArrayType { len: None, elem: x } => match table.under(arg) {
                Type::Slice(e) => self.unify(x, *e, names, bound),
                _ => Ok(()),
            },
            ExprKind::ArrayType { elem, .. } => match table.under(arg) {
                Type::Array { elem: e, .. } => self.unify(elem, *e, names, bound),
                _ => Ok(()),
            },
            ExprKind::MapType { key, value } => match table.under(arg).clone() {
                Type::Map { key: k, value: v } => {
                    self.unify(key, k, names, bound)?;
                    self.unify(value, v, names, bound)
                }
                _ => Ok(()),
            },
            ExprKind::ChanType { elem, .. } => match table.under(arg) {
                Type::Chan { elem: e, .. } => self.unify(elem, *e, names, bound),
                _ => Ok(()),
            },
            ExprKind::FuncType(ft) => {
                let Some(sig) = table.signature(arg).cloned() else { return Ok(()) };
                for (px, &a) in param_exprs(ft).into_iter().zip(&sig.params) {
                    let a = match (ft.variadic, table.get(a)) {
                        (true, Type::Slice(e)) if std::ptr::eq(px, &ft.params[ft.params.len() - 1].ty) => *e,
                        _ => a,
                    };
                    self.unify(px, a, names, bound)?;
                }
                let results = ft.results.iter().flat_map(|r| std::iter::repeat(&r.ty).take(r.names.len().max(1)));
                for (rx, &a) in results.zip(&sig.results) {
                    self.unify(rx, a, names, bound)?;
                }
                Ok(())
            }
            ExprKind::StructType(fields) => {
                let Type::Struct(have) = table.under(arg).clone() else { return Ok(()) };
                let written = fields.iter().flat_map(|f| std::iter::repeat(&f.ty).take(f.names.len().max(1)));
                for (fx, hf) in written.zip(&have) {
                    self.unify(fx, hf.ty, names, bound)?;
                }
                Ok(())
            }
            ExprKind::Generic { x, args } => self.unify_instance(x, args, arg, names, bound),
            ExprKind::Index { x, index } => self.unify_instance(x, std::slice::from_ref(index), arg, names, bound),
            _ => Ok(()),
        }
    }

    /// Unifies `G[args]` as written with `arg`: an instance of the generic type named `G`
    /// (argument by argument), or else a type of `G`'s structure (`Func2[A, B]` against a
    /// func literal's type: `G`'s declared type binds `G`'s parameters, which bind `args`).
    fn unify_instance(&self, x: &Expr, args: &[Expr], arg: TypeId, names: &[String], bound: &mut [Option<TypeId>]) -> Result<(), usize> {
        let gname = match &x.kind {
            ExprKind::Ident(id) => &id.name,
            ExprKind::Selector { sel, .. } => &sel.name,
            _ => return Ok(()),
        };
        let origin = self.info.table.as_named(arg).and_then(|n| self.generics.origin.get(&n));
        if let Some((origin, targs)) = origin {
            if origin == gname {
                for (a, &t) in args.iter().zip(targs) {
                    self.unify(a, t, names, bound)?;
                }
            }
            return Ok(());
        }
        let Some(g) = self.generic_type_named(x).and_then(|o| self.generics.decls.get(&o)) else { return Ok(()) };
        let Decl::Type(specs) = self.decl_of(g.file, g.decl) else { return Ok(()) };
        let Some(spec) = g.spec.and_then(|s| specs.get(s)) else { return Ok(()) };
        let inner_names: Vec<String> = g.params.iter().map(|p| p.0.name.clone()).collect();
        let mut inner = vec![None; inner_names.len()];
        let _ = self.unify(&spec.ty, arg, &inner_names, &mut inner);
        for (a, t) in args.iter().zip(inner) {
            if let Some(t) = t {
                self.unify(a, t, names, bound)?;
            }
        }
        Ok(())
    }

    /// The generic type a type expression names: `Seq` or `iter.Seq`.
    fn generic_type_named(&self, x: &Expr) -> Option<ObjId> {
        match &x.kind {
            ExprKind::Ident(id) => self.lookup(&id.name),
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pkg) = &x.kind else { return None };
                let ObjKind::PkgName(path) = &self.obj(self.lookup(&pkg.name)?).kind else { return None };
                self.package_member(path, &sel.name)
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------------------------------
    // Constraints

    /// Checks that each type argument satisfies its constraint (reported at `spans[i]`).
    fn satisfied(&mut self, o: ObjId, targs: &[TypeId], spans: &[Span]) -> bool {
        let g = self.generics.decls[&o].clone();
        let saved = self.enter(&g.pkg, &Self::bindings(&g.params, targs));
        let constraints: Vec<TypeId> = g.params.iter().map(|(_, c)| self.constraint_type(c)).collect();
        self.leave(saved);
        for (i, (&t, &c)) in targs.iter().zip(&constraints).enumerate() {
            if let Some(cause) = self.unsatisfied(t, c) {
                let at = spans.get(i).copied().unwrap_or_default();
                let ts = self.type_string(t);
                let cs = self.constraint_string(c, &g.params[i].1);
                self.error(at, format!("{ts} does not satisfy {cs}{cause}"));
                return false;
            }
        }
        true
    }

    /// A constraint as Go names it: its name, a lone union written without `interface`
    /// (`[T int | string]`) as that union, else the interface (`interface{~[]int}`).
    fn constraint_string(&self, c: TypeId, written: &Expr) -> String {
        let implicit = !matches!(written.kind, ExprKind::InterfaceType(_));
        if let (true, Type::Constraint { methods, unions, comparable: false }) = (implicit, self.info.table.get(c)) {
            if methods.is_empty() && unions.len() == 1 {
                return self.info.table.union_string(&unions[0], &self.pkg, self.spelling);
            }
        }
        self.type_string(c)
    }

    /// Why `t` does not satisfy constraint `c` (` (missing method M)`, or empty), if it does not.
    fn unsatisfied(&self, t: TypeId, c: TypeId) -> Option<String> {
        let table = &self.info.table;
        let (methods, unions, comparable) = match table.under(c).clone() {
            Type::Interface(methods) => (methods, vec![], false),
            Type::Constraint { methods, unions, comparable } => (methods, unions, comparable),
            _ => return None,
        };
        if comparable && !table.comparable(t) {
            return Some(String::new());
        }
        for u in &unions {
            if !u.iter().any(|term| self.term_holds(*term, t)) {
                let us = table.union_string(u, &self.pkg, self.spelling);
                return Some(format!(" ({} missing in {us})", self.type_string(t)));
            }
        }
        if methods.is_empty() {
            return None;
        }
        let iface = table.intern.get(&Type::Interface(methods)).copied()?;
        self.missing_method(t, iface).map(|cause| format!(" {cause}"))
    }

    fn term_holds(&self, term: Term, t: TypeId) -> bool {
        let table = &self.info.table;
        match table.under(term.ty) {
            Type::Constraint { .. } | Type::Interface(_) => self.unsatisfied(t, term.ty).is_none(),
            _ if term.tilde => table.underlying(t) == table.underlying(term.ty),
            _ => t == term.ty,
        }
    }

    /// The type of a constraint as written after a type parameter's name: an interface, a
    /// union of terms, or a single type (the constraint `interface{ T }`).
    pub(crate) fn constraint_type(&mut self, c: &Expr) -> TypeId {
        let t = match &c.kind {
            ExprKind::Binary { op: BinaryOp::Or, .. } | ExprKind::Unary { op: UnaryOp::Xor, .. } => {
                let terms = self.union_terms(c);
                return self.info.table.intern(Type::Constraint { methods: vec![], unions: vec![terms], comparable: false });
            }
            _ => {
                self.in_constraint = true;
                self.type_expr(c)
            }
        };
        match self.info.table.under(t) {
            Type::Interface(_) | Type::Constraint { .. } => t,
            _ if self.info.table.is_invalid(t) => t,
            _ => self.info.table.intern(Type::Constraint { methods: vec![], unions: vec![vec![Term { tilde: false, ty: t }]], comparable: false }),
        }
    }

    /// The terms of a union `~int | ~float64 | MyType`.
    pub(crate) fn union_terms(&mut self, e: &Expr) -> Vec<Term> {
        match &e.kind {
            ExprKind::Binary { op: BinaryOp::Or, x, y } => {
                let mut terms = self.union_terms(x);
                terms.extend(self.union_terms(y));
                terms
            }
            ExprKind::Unary { op: UnaryOp::Xor, x } => vec![Term { tilde: true, ty: self.type_expr(x) }],
            _ => {
                self.in_constraint = true;
                vec![Term { tilde: false, ty: self.type_expr(e) }]
            }
        }
    }

    /// Reports a constraint interface used as an ordinary type.
    pub(crate) fn check_not_constraint(&mut self, e: &Expr, t: TypeId) {
        if matches!(self.info.table.under(t), Type::Constraint { .. }) {
            let ts = self.type_string(t);
            self.error(e.span, format!("cannot use type {ts} outside a type constraint: interface contains type constraints"));
        }
    }
}

/// Order of the untyped kinds for inference from several untyped constants.
fn untyped_rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}
