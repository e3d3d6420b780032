//! The checker's incremental mode, for the REPL: package `main` grows by one file per input,
//! checked against everything declared by the inputs before it.
//!
//! The checker (with its type table, objects and loaded packages) lives for the whole
//! session. `main`'s package scope is kept here between inputs instead of being frozen as
//! an imported package's is. At the prompt Go is taken leniently: unused variables and
//! imports are not errors, `main.main` is not required, and a name declared by an earlier
//! input may be declared again (the new object replaces the old one for later inputs;
//! code already checked keeps referring to the old one). An input with errors changes
//! nothing visible: its names are dropped, its file is remembered as failed (the compiler
//! skips it), its initialisation entries are removed, and the methods it gave types of
//! earlier inputs are taken back.
//!
//! Methods may be declared in a later input than their type, generic types included (the
//! instances made so far gain them), and a method declared again replaces the earlier one
//! when its signature and receiver kind stay the same (code already compiled against the
//! type's method set stays valid).

use std::collections::HashMap;

use super::{spelling_of, Checker};
use crate::api::{MethodInfo, NamedIdx, ObjId, Object, Type};
use crate::{Diagnostic, Importer, Program};

/// `main`'s package scope between inputs.
#[derive(Default)]
pub(crate) struct MainScope {
    pub names: HashMap<String, ObjId>,
    /// Objects from this id on belong to the input being checked (not redefinable by it).
    first_obj: u32,
    /// The scope as the input being checked left it (committed if it has no errors).
    checked: Option<HashMap<String, ObjId>>,
    /// What the input being checked changed in the methods of earlier types (undone on
    /// errors).
    undo: Vec<MethodUndo>,
    /// Named types from this index on were made by the input being checked.
    first_named: usize,
}

/// A change an input made to the methods of a type.
pub(crate) enum MethodUndo {
    /// A method was appended to the named type.
    Added(NamedIdx),
    /// Method `.1` of the named type replaced this method and object.
    Replaced(NamedIdx, usize, MethodInfo, ObjId),
    /// The method declarations (file, declaration) a generic type had before.
    Generic(ObjId, Vec<(usize, usize)>),
}

/// A checker that checks one file of package `main` at a time (see the module docs).
pub struct Session<'a> {
    c: Checker<'a>,
    failed: Vec<usize>,
}

impl<'a> Session<'a> {
    pub fn new(importer: &'a dyn Importer) -> Session<'a> {
        let mut c = Checker::new(importer);
        c.session = Some(MainScope::default());
        Session { c, failed: Vec::new() }
    }

    /// Checks `src` (a `package main` file, shown as `name` in messages) against the
    /// session so far, loading the standard packages it imports. Returns the index of its
    /// file in the program, or Go's diagnostics (and then the session is unchanged).
    pub fn check(&mut self, name: &str, src: &str) -> Result<usize, Vec<Diagnostic>> {
        let c = &mut self.c;
        if let Some(s) = c.session.as_mut() {
            s.first_obj = c.info.objects.len() as u32;
            s.checked = None;
            s.undo.clear();
            s.first_named = c.info.table.named.len();
        }
        c.spelling = spelling_of(src);
        let files_before = c.files.len();
        c.load_package("main", name, src);
        let file = c.files.len().checked_sub(1).filter(|&f| f >= files_before && c.files[f].pkg == "main");
        match c.take_diagnostics() {
            Some(diags) => {
                if let Some(f) = file {
                    self.failed.push(f);
                    c.info.init_order.retain(|&(fi, _, _)| fi != f);
                    c.info.inits.retain(|r| !matches!(r, crate::FuncRef::Decl { file, .. } if *file == f));
                }
                c.undo_methods();
                Err(diags)
            }
            None => {
                let s = c.session.as_mut().expect("session checker");
                if let Some(scope) = s.checked.take() {
                    s.names = scope;
                }
                c.default_untyped();
                c.append_copies();
                file.ok_or_else(|| vec![Diagnostic { file: name.into(), line: 1, col: 1, msg: "no package main file".into() }])
            }
        }
    }

    /// Files of inputs that had errors: part of the program's file list (so positions and
    /// node ids stay unique) but never to be compiled.
    pub fn failed_files(&self) -> &[usize] {
        &self.failed
    }

    /// The object a package-level name of the session denotes.
    pub fn lookup(&self, name: &str) -> Option<&Object> {
        let s = self.c.session.as_ref()?;
        s.names.get(name).map(|&o| self.c.obj(o))
    }

    /// Every name declared at the prompt so far, and the universe's names.
    pub fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = self.c.session.iter().flat_map(|s| s.names.keys().cloned()).collect();
        out.extend(self.c.universe.keys().cloned());
        out
    }

    /// The fields and methods selectable on session variable `name` (`x.` then Tab): of its
    /// type, through one pointer, with the methods of an interface type.
    pub fn selectors(&self, name: &str) -> Vec<String> {
        let Some(obj) = self.lookup(name).filter(|o| matches!(o.kind, crate::ObjKind::Var { .. })) else { return Vec::new() };
        let table = &self.c.info.table;
        let t = match table.types.get(obj.ty.0 as usize) {
            Some(Type::Pointer(elem)) => *elem,
            _ => obj.ty,
        };
        let mut out: Vec<String> = match table.under(t) {
            Type::Struct(fields) => fields.iter().map(|f| f.name.clone()).collect(),
            Type::Interface(methods) => methods.iter().map(|m| m.name.clone()).collect(),
            _ => Vec::new(),
        };
        if let Some(Type::Named(n)) = table.types.get(t.0 as usize) {
            out.extend(table.named[n.0 as usize].methods.iter().map(|m| m.name.clone()));
        }
        out
    }

    /// The exported members of a loaded package (`None` if it is not loaded).
    pub fn members(&self, path: &str) -> Option<Vec<(String, &Object)>> {
        let (_, scope) = self.c.packages.get(path)?;
        let exported = scope.iter().filter(|(n, _)| n.starts_with(|c: char| c.is_uppercase()));
        Some(exported.map(|(n, &o)| (n.clone(), self.c.obj(o))).collect())
    }

    /// Lends the checked program (for the compiler); give it back with [`Session::restore`]
    /// before the next check.
    pub fn take_program(&mut self) -> Program {
        Program { files: std::mem::take(&mut self.c.files), info: std::mem::take(&mut self.c.info) }
    }

    /// Takes the program back; its type table may have grown (the compiler's own types),
    /// and later checks add to it.
    pub fn restore(&mut self, prog: Program) {
        self.c.files = prog.files;
        self.c.info = prog.info;
    }
}

impl Checker<'_> {
    /// In a session, a name declared by an earlier input may be declared again.
    pub(super) fn redefinable(&self, prev: ObjId) -> bool {
        matches!(&self.session, Some(s) if self.pkg == "main" && prev.0 < s.first_obj)
    }

    /// The index of a method of named type `n` that `m` may not be added beside: one of the
    /// same name, unless an earlier input declared it and `m` keeps its signature and
    /// receiver kind (then `m` replaces it).
    pub(super) fn method_clash(&self, n: NamedIdx, m: &MethodInfo) -> Option<usize> {
        let methods = &self.info.table.named[n.0 as usize].methods;
        let mi = methods.iter().position(|x| x.name == m.name)?;
        let same = methods[mi].sig == m.sig && methods[mi].ptr_recv == m.ptr_recv;
        match same && self.redefinable(self.method_objs[&(n, mi)]) {
            true => None,
            false => Some(mi),
        }
    }

    /// Gives named type `n` method `m` (object `o`), replacing the one of that name if any
    /// (see [`Checker::method_clash`]).
    pub(super) fn attach_method(&mut self, n: NamedIdx, m: MethodInfo, o: ObjId) {
        let methods = &mut self.info.table.named[n.0 as usize].methods;
        let change = match methods.iter().position(|x| x.name == m.name) {
            Some(mi) => {
                let old = std::mem::replace(&mut methods[mi], m);
                let old_obj = self.method_objs.insert((n, mi), o).expect("a method's object");
                MethodUndo::Replaced(n, mi, old, old_obj)
            }
            None => {
                methods.push(m);
                self.method_objs.insert((n, methods.len() - 1), o);
                MethodUndo::Added(n)
            }
        };
        self.note_method_change(change);
    }

    /// Remembers a change to the methods of `main`'s types of earlier inputs, to undo if the
    /// input has errors (a standard package the input loaded stays loaded, methods and all;
    /// the types the input made are dropped with it).
    pub(super) fn note_method_change(&mut self, change: MethodUndo) {
        let main = self.pkg == "main";
        let Some(s) = self.session.as_mut().filter(|_| main) else { return };
        let earlier = match &change {
            MethodUndo::Added(n) | MethodUndo::Replaced(n, ..) => (n.0 as usize) < s.first_named,
            MethodUndo::Generic(..) => true,
        };
        if earlier {
            s.undo.push(change);
        }
    }

    /// Takes back what the input being checked changed in methods, newest change first, and
    /// forgets the instances of generic types it made (they may have its methods).
    fn undo_methods(&mut self) {
        let Some(s) = self.session.as_mut() else { return };
        let (undo, first_named) = (std::mem::take(&mut s.undo), s.first_named);
        self.forget_instances(first_named);
        for change in undo.into_iter().rev() {
            match change {
                MethodUndo::Added(n) => {
                    let methods = &mut self.info.table.named[n.0 as usize].methods;
                    methods.pop();
                    self.method_objs.remove(&(n, methods.len()));
                }
                MethodUndo::Replaced(n, mi, m, o) => {
                    self.info.table.named[n.0 as usize].methods[mi] = m;
                    self.method_objs.insert((n, mi), o);
                }
                MethodUndo::Generic(o, methods) => self.restore_generic_methods(o, methods),
            }
        }
    }

    /// `main`'s scope after checking an input (committed by [`Session::check`] if clean).
    pub(super) fn session_checked(&mut self, scope: HashMap<String, ObjId>) {
        if let Some(s) = self.session.as_mut() {
            s.checked = Some(scope);
        }
    }
}
