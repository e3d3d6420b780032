//! The checker's driver: loading packages through the [`Importer`](crate::Importer) in
//! dependency order, the universe, scopes and objects, package-level declarations (resolved
//! lazily, so they may be used before they are declared), initialisation order, and error
//! collection.
//!
//! Expressions are in `expr.rs`, calls/conversions/builtins in `call.rs`, statements in
//! `stmt.rs`, type expressions in `typexpr.rs`, selectors and method sets in `lookup.rs`,
//! assignability and operand descriptions in `assign.rs`.

mod assign;
mod call;
mod complex;
mod expr;
pub(crate) mod session;
mod generic;
mod stmt;
mod typexpr;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use minigo_parser::ast::{self, Decl, File, Ident, LineIndex, NodeId, Span};

use crate::api::*;
use crate::constant::Value;
use crate::{Diagnostic, Importer, ParsedFile, Program, Spelling};


/// A package-level declaration not yet checked (checked on first use or in source order).
#[derive(Clone, Copy, Debug)]
enum Pending {
    /// `decls[decl]` is a const decl; `spec`, name index `name`.
    Const { decl: usize, spec: usize, name: usize },
    /// `decls[decl]` is a var decl; all names of `spec` are resolved together.
    Var { decl: usize, spec: usize },
    Type { decl: usize, spec: usize },
    Func { decl: usize },
}

/// An enclosing function (declaration or literal) while checking its body.
#[derive(Clone)]
pub(crate) struct FuncCtx {
    sig: Signature,
    /// Named result objects (for bare `return`), empty when results are unnamed.
    named_results: Vec<ObjId>,
}

/// A local variable declared in the function being checked, for `declared and not used`.
struct LocalVar {
    obj: ObjId,
    span: Span,
}

pub(crate) struct Checker<'a> {
    importer: &'a dyn Importer,
    pub(crate) info: Info,
    files: Vec<ParsedFile>,
    /// `(program-wide offset, message)`.
    errors: Vec<(u32, String)>,
    syntax_errors: Vec<Diagnostic>,
    /// Imports of packages the importer does not have (reported alone, as `go build` does).
    import_errors: Vec<(u32, String)>,
    /// Errors Go reports only when type checking succeeded (`missing function body`).
    late_errors: Vec<(u32, String)>,
    next_base: u32,
    next_node: u32,
    universe: HashMap<String, ObjId>,
    /// Checked packages: import path -> (package name, package scope).
    packages: HashMap<String, (String, Rc<HashMap<String, ObjId>>)>,
    /// Packages being loaded (import cycle guard).
    loading: Vec<String>,

    // The package being checked.
    pkg: String,
    file_idx: usize,
    ast: Rc<File>,
    pkg_scope: HashMap<String, ObjId>,
    /// Import names of the current file: name -> (object, import span, used).
    file_scope: HashMap<String, ObjId>,
    pending: HashMap<ObjId, Pending>,
    resolving: Vec<ObjId>,
    /// Local scopes, innermost last; each records its names.
    scopes: Vec<HashMap<String, ObjId>>,
    funcs: Vec<FuncCtx>,
    /// Function nesting depth at which each local variable was declared.
    var_depth: HashMap<ObjId, usize>,
    locals: Vec<LocalVar>,
    used: HashSet<ObjId>,
    /// The package-level object whose declaration is being checked, and what it refers to.
    cur_decl: Option<ObjId>,
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// Package-level var objects -> their `(decl, spec)` (for the init order).
    var_specs: HashMap<ObjId, (usize, usize)>,
    /// Value of `iota` inside a const spec.
    iota: Option<u32>,
    /// Methods' objects, by declaring named type and index.
    method_objs: HashMap<(NamedIdx, usize), ObjId>,
    labels: stmt::Labels,
    /// Variables of a declaration whose scope starts after the declaration.
    pending_locals: Vec<(Ident, ObjId)>,
    /// Whether messages say `byte`/`rune` for `uint8`/`int32` (the main file's spelling).
    spelling: Spelling,
    /// A REPL session (`session.rs`): package main grows one file per input.
    session: Option<session::MainScope>,
    generics: generic::Generics,
    /// The next type expression may be a constraint interface (a constraint, an embedded
    /// interface element, the right side of a type declaration).
    in_constraint: bool,
    /// Checking the body of an instance of a generic function: the checks Go makes on a
    /// type parameter (duplicate or impossible cases) do not apply to its type argument.
    in_instance: bool,
}

const MAX_ERRORS: usize = 10;

impl Checker<'_> {
    /// An expression as cmd/compile prints it in messages (the parser's short form).
    pub(crate) fn expr_str(&self, e: &minigo_parser::ast::Expr) -> String {
        minigo_parser::printer::expr_string(e)
    }
}

/// Go names types as the source wrote them; our table cannot tell `byte` from `uint8`, so a
/// program that writes `byte` (`rune`) and never `uint8` (`int32`) gets that spelling.
fn spelling_of(src: &str) -> Spelling {
    let words: HashSet<&str> = src.split(|c: char| !(c.is_alphanumeric() || c == '_')).collect();
    Spelling {
        byte: words.contains("byte") && !words.contains("uint8"),
        rune: !words.contains("int32"),
        runtime: false,
    }
}

/// minigo's own error for a generic type declared inside a function.
pub(crate) const GENERICS: &str = "generic types inside functions are not supported by minigo";

pub(crate) fn check_program(main_name: &str, main_src: &str, importer: &dyn Importer) -> Result<Program, Vec<Diagnostic>> {
    let mut c = Checker::new(importer);
    c.spelling = spelling_of(main_src);
    c.load_package("main", main_name, main_src);
    let main_file = c.files.iter().find(|f| f.pkg == "main");
    if main_file.is_some_and(|f| f.ast.package.name != "main") {
        // `go run` refuses a file of another package before compiling anything.
        let msg = "package command-line-arguments is not a main package".to_string();
        return Err(vec![Diagnostic { file: main_name.to_string(), line: 0, col: 0, msg }]);
    }
    c.finish()
}

impl<'a> Checker<'a> {
    fn new(importer: &'a dyn Importer) -> Checker<'a> {
        let mut c = Checker {
            importer,
            info: Info { table: TypeTable::new(), ..Info::default() },
            files: vec![],
            errors: vec![],
            syntax_errors: vec![],
            import_errors: vec![],
            late_errors: vec![],
            next_base: 0,
            next_node: 0,
            universe: HashMap::new(),
            packages: HashMap::new(),
            loading: vec![],
            pkg: String::new(),
            file_idx: 0,
            ast: Rc::new(File {
                package: Ident { id: NodeId(0), name: String::new(), span: Span::default() },
                imports: vec![],
                decls: vec![],
                node_count: 0,
            }),
            pkg_scope: HashMap::new(),
            file_scope: HashMap::new(),
            pending: HashMap::new(),
            resolving: vec![],
            scopes: vec![],
            funcs: vec![],
            var_depth: HashMap::new(),
            locals: vec![],
            used: HashSet::new(),
            cur_decl: None,
            deps: HashMap::new(),
            var_specs: HashMap::new(),
            iota: None,
            method_objs: HashMap::new(),
            labels: stmt::Labels::default(),
            pending_locals: vec![],
            spelling: Spelling::default(),
            session: None,
            generics: generic::Generics::default(),
            in_constraint: false,
            in_instance: false,
        };
        c.declare_universe();
        c
    }

    fn declare_universe(&mut self) {
        use BasicKind::*;
        let t = &self.info.table;
        let mut types: Vec<(&str, TypeId)> = [
            Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64,
            Complex64, Complex128, String,
        ]
        .iter()
        .map(|&k| (k.name(), t.basic(k)))
        .collect();
        types.push(("byte", t.basic(Uint8)));
        types.push(("rune", t.basic(Int32)));
        types.push(("error", t.error()));
        let any = self.info.table.intern(Type::Interface(vec![]));
        types.push(("any", any));
        let set = self.info.table.intern(Type::Constraint { methods: vec![], unions: vec![], comparable: true });
        types.push(("comparable", self.info.table.new_named("comparable", "", set, None)));
        for (name, ty) in types {
            let o = self.new_obj(name, ObjKind::TypeName, ty, None);
            self.universe.insert(name.into(), o);
        }
        let ub = self.info.table.basic(UntypedBool);
        for (name, v) in [("true", true), ("false", false)] {
            let o = self.new_obj(name, ObjKind::Const(Value::Bool(v)), ub, None);
            self.universe.insert(name.into(), o);
        }
        let ui = self.info.table.basic(UntypedInt);
        let o = self.new_obj("iota", ObjKind::Const(Value::int(0)), ui, None);
        self.universe.insert("iota".into(), o);
        let un = self.info.table.basic(UntypedNil);
        let o = self.new_obj("nil", ObjKind::Nil, un, None);
        self.universe.insert("nil".into(), o);
        use Builtin as B;
        for (name, b) in [
            ("append", B::Append),
            ("cap", B::Cap),
            ("clear", B::Clear),
            ("close", B::Close),
            ("complex", B::Complex),
            ("copy", B::Copy),
            ("delete", B::Delete),
            ("imag", B::Imag),
            ("len", B::Len),
            ("make", B::Make),
            ("max", B::Max),
            ("min", B::Min),
            ("new", B::New),
            ("panic", B::Panic),
            ("print", B::Print),
            ("println", B::Println),
            ("real", B::Real),
            ("recover", B::Recover),
        ] {
            let inv = self.info.table.invalid();
            let o = self.new_obj(name, ObjKind::Builtin(b), inv, None);
            self.universe.insert(name.into(), o);
        }
    }

    pub(crate) fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Option<Span>) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        self.info.objects.push(Object { name: name.into(), kind, ty, span });
        id
    }

    pub(crate) fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    // ------------------------------------------------------------------------------------
    // Errors

    pub(crate) fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push((span.lo, msg.into()));
    }

    /// `(file, line, col)` of a program-wide offset.
    pub(crate) fn position(&self, offset: u32) -> (String, u32, u32) {
        let d = self.diagnostic(offset, String::new());
        (d.file, d.line, d.col)
    }

    pub(crate) fn type_string(&self, t: TypeId) -> String {
        self.info.table.type_string_spelled(t, &self.pkg, self.spelling)
    }

    fn finish(mut self) -> Result<Program, Vec<Diagnostic>> {
        if let Some(diags) = self.take_diagnostics() {
            return Err(diags);
        }
        self.default_untyped();
        self.append_copies();
        Ok(Program { files: self.files, info: self.info })
    }

    /// The errors found so far, as `go build` reports them (`None` if there are none);
    /// the checker is left without errors.
    fn take_diagnostics(&mut self) -> Option<Vec<Diagnostic>> {
        if !self.syntax_errors.is_empty() {
            return Some(std::mem::take(&mut self.syntax_errors));
        }
        if !self.import_errors.is_empty() {
            // Reported alone, before type checking (as the go command does for packages
            // missing from the standard library).
            let out = self.import_errors.iter().map(|(off, msg)| self.diagnostic(*off, msg.clone())).collect();
            self.import_errors.clear();
            return Some(out);
        }
        if self.errors.is_empty() {
            self.errors = std::mem::take(&mut self.late_errors);
        }
        self.late_errors.clear();
        if !self.errors.is_empty() {
            self.errors.sort_by_key(|e| e.0);
            self.errors.dedup();
            let mut out: Vec<Diagnostic> = Vec::new();
            for (off, msg) in &self.errors {
                let d = self.diagnostic(*off, msg.clone());
                if out.len() == MAX_ERRORS {
                    let last = out[MAX_ERRORS - 1].clone();
                    out.push(Diagnostic { msg: "too many errors".into(), ..last });
                    break;
                }
                out.push(d);
            }
            self.errors.clear();
            return Some(out);
        }
        None
    }

    fn diagnostic(&self, offset: u32, msg: String) -> Diagnostic {
        match self.files.iter().rev().find(|f| f.contains(offset)) {
            Some(f) => {
                let (line, col) = f.line_col(offset);
                Diagnostic { file: f.name.clone(), line, col, msg }
            }
            None => Diagnostic { file: String::new(), line: 0, col: 0, msg },
        }
    }

    /// Untyped values whose context fixed no type get their default type (`println(1<<3)`,
    /// comparison results), so every recorded type is one the compiler can materialise.
    fn default_untyped(&mut self) {
        let table = &self.info.table;
        for tv in self.info.types.values_mut() {
            if table.is_untyped(tv.ty) {
                tv.ty = table.default_type(tv.ty);
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Packages

    /// Parses `src` as the file of package `path` (loading its imports first) and checks
    /// it. `import_span` is the importing spec, for errors.
    fn load_package(&mut self, path: &str, name: &str, src: &str) {
        let base = self.next_base;
        let first = self.next_node;
        self.next_base = base + src.len() as u32 + 1;
        let file = match minigo_parser::parse_file(src, base, first) {
            Ok(f) => f,
            Err(errs) => {
                let lines = LineIndex::new(src);
                for e in errs {
                    let (line, col) = lines.line_col(e.offset.saturating_sub(base));
                    self.syntax_errors.push(Diagnostic { file: name.into(), line, col, msg: e.msg });
                }
                return;
            }
        };
        self.next_node = file.node_count.max(first);
        // Imports first, so packages come in dependency order.
        self.loading.push(path.to_string());
        for imp in &file.imports {
            if self.packages.contains_key(&imp.path) {
                continue;
            }
            if self.loading.contains(&imp.path) {
                self.errors.push((imp.span.lo, "import cycle not allowed".to_string()));
                continue;
            }
            match self.importer.source(&imp.path) {
                Some(isrc) => {
                    let iname = format!("$GOROOT/src/{}/{}.go", imp.path, crate::api::package_name(&imp.path));
                    let isrc = isrc.to_string();
                    self.load_package(&imp.path, &iname, &isrc);
                }
                None => {
                    // The import path string starts one byte after the spec's name (if any).
                    let lo = imp.span.hi.saturating_sub(imp.path.len() as u32 + 2);
                    self.import_errors.push((lo, format!("package {} is not supported by minigo", imp.path)));
                }
            }
        }
        self.loading.pop();
        let file_idx = self.files.len();
        let ast = Rc::new(file);
        self.files.push(ParsedFile {
            pkg: path.into(),
            name: name.into(),
            ast: File { package: ast.package.clone(), imports: vec![], decls: vec![], node_count: 0 },
            src: src.into(),
            base,
            lines: LineIndex::new(src),
        });
        if !self.syntax_errors.is_empty() {
            return;
        }
        self.check_package(path, file_idx, ast);
        // Hand the tree over to the program (the checker keeps only an empty placeholder).
        let checked = std::mem::replace(&mut self.ast, Rc::new(self.files[file_idx].ast.clone()));
        self.files[file_idx].ast = Rc::try_unwrap(checked).unwrap_or_else(|shared| (*shared).clone());
    }

    fn check_package(&mut self, path: &str, file_idx: usize, ast: Rc<File>) {
        self.pkg = path.into();
        self.file_idx = file_idx;
        self.ast = ast;
        self.pkg_scope = match (&self.session, path) {
            (Some(s), "main") => s.names.clone(),
            _ => HashMap::new(),
        };
        self.file_scope = HashMap::new();
        self.pending.clear();
        self.var_specs.clear();
        self.deps.clear();
        let ast = self.ast.clone();

        if ast.package.name == "_" {
            self.error(ast.package.span, "invalid package name _");
        }
        // Import names (file scope).
        let mut imports: Vec<(ObjId, &ast::ImportSpec)> = Vec::new();
        for imp in &ast.imports {
            let Some((pkg_name, _)) = self.packages.get(&imp.path).cloned() else {
                continue;
            };
            let name = imp.name.as_ref().map(|n| n.name.clone()).unwrap_or(pkg_name.clone());
            if name == "_" {
                continue;
            }
            if name == "." {
                self.error(imp.span, "dot imports are not supported by minigo");
                continue;
            }
            let inv = self.info.table.invalid();
            let o = self.new_obj(&name, ObjKind::PkgName(imp.path.clone()), inv, Some(imp.span));
            if let Some(n) = &imp.name {
                self.info.defs.insert(n.id, o);
            }
            if let Some(prev) = self.file_scope.insert(name.clone(), o) {
                let msg = self.redeclared_msg(&name, prev);
                self.error(imp.span, msg);
            }
            imports.push((o, imp));
        }

        self.note_parsed_decls(ast.decls.len());
        self.collect_decls(&ast);
        // Types first (methods need them), then methods, then everything else in source order.
        let mut order: Vec<ObjId> = self.pending.keys().copied().collect();
        order.sort_by_key(|o| self.obj(*o).span.map(|s| s.lo));
        for &o in &order {
            if matches!(self.pending.get(&o), Some(Pending::Type { .. })) {
                self.resolve(o);
            }
        }
        for &o in &order {
            if matches!(self.obj(o).kind, ObjKind::TypeName) {
                self.check_type_cycle(o);
            }
        }
        self.collect_methods(&ast);
        self.extend_instances();
        for &o in &order {
            self.resolve(o);
        }
        // Function bodies.
        for d in &ast.decls {
            if let Decl::Func(f) = d {
                self.check_func_body(f);
            }
        }
        self.check_instances();
        self.use_generic_imports();
        // Locals of function literals in package-level initialisers.
        self.report_unused();
        self.compute_init_order(&ast);
        let lenient = self.session.is_some() && path == "main";
        for (o, imp) in imports {
            if !self.used.contains(&o) && !lenient {
                let msg = match &imp.name {
                    Some(n) => format!("{:?} imported as {} and not used", imp.path, n.name),
                    None => format!("{:?} imported and not used", imp.path),
                };
                self.error(imp.span, msg);
            }
        }
        if path == "main" && !lenient && !self.pkg_scope.contains_key("main") && ast.package.name == "main" {
            // A link error in Go: no position, and only when compiling succeeded.
            self.late_errors.push((u32::MAX, "function main is undeclared in the main package".into()));
        }
        self.save_pkg_ctx();
        let scope = std::mem::take(&mut self.pkg_scope);
        if lenient {
            self.session_checked(scope);
            return;
        }
        self.packages.insert(path.into(), (ast.package.name.clone(), Rc::new(scope)));
    }

    /// Declares every package-level name (unresolved) in the package scope.
    fn collect_decls(&mut self, ast: &File) {
        let inv = self.info.table.invalid();
        for (di, d) in ast.decls.iter().enumerate() {
            match d {
                Decl::Const(specs) => {
                    for (si, s) in specs.iter().enumerate() {
                        for (ni, n) in s.names.iter().enumerate() {
                            let o = self.new_obj(&n.name, ObjKind::Const(Value::int(0)), inv, Some(n.span));
                            self.declare_pkg(n, o);
                            self.pending.insert(o, Pending::Const { decl: di, spec: si, name: ni });
                        }
                    }
                }
                Decl::Var(specs) => {
                    for (si, s) in specs.iter().enumerate() {
                        for n in &s.names {
                            let o = self.new_obj(&n.name, ObjKind::Var { global: true }, inv, Some(n.span));
                            self.declare_pkg(n, o);
                            self.pending.insert(o, Pending::Var { decl: di, spec: si });
                            self.var_specs.insert(o, (di, si));
                        }
                    }
                }
                Decl::Type(specs) => {
                    for (si, s) in specs.iter().enumerate() {
                        if let Some(tp) = &s.type_params {
                            let o = self.new_obj(&s.name.name, ObjKind::TypeName, inv, Some(s.name.span));
                            self.declare_pkg(&s.name, o);
                            self.declare_generic(o, di, Some(si), tp);
                            continue;
                        }
                        let ty = if s.alias { inv } else { self.info.table.new_named(&s.name.name, &self.pkg.clone(), inv, Some(s.name.span)) };
                        let o = self.new_obj(&s.name.name, ObjKind::TypeName, ty, Some(s.name.span));
                        self.declare_pkg(&s.name, o);
                        self.pending.insert(o, Pending::Type { decl: di, spec: si });
                    }
                }
                Decl::Func(f) => {
                    if f.recv.is_some() {
                        continue;
                    }
                    let fref = self.func_ref(di, None, &f.name.name, f.body.is_some());
                    let o = self.new_obj(&f.name.name, ObjKind::Func(fref.clone()), inv, Some(f.name.span));
                    self.info.defs.insert(f.name.id, o);
                    if let Some(tp) = &f.type_params {
                        self.declare_generic(o, di, None, tp);
                        self.declare_pkg(&f.name, o);
                        continue;
                    }
                    if f.name.name == "init" {
                        if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                            self.error(f.name.span, "func init must have no arguments and no return values");
                        }
                        self.info.inits.push(fref);
                        self.pending.insert(o, Pending::Func { decl: di });
                        continue;
                    }
                    if f.name.name == "main" && self.pkg == "main" && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
                        self.error(f.name.span, "func main must have no arguments and no return values");
                    }
                    if f.body.is_none() && self.pkg == "main" {
                        self.late_errors.push((f.name.span.lo, "missing function body".into()));
                    }
                    self.declare_pkg(&f.name, o);
                    self.pending.insert(o, Pending::Func { decl: di });
                }
            }
        }
        // Methods of generic types, before any instantiation needs them.
        for (di, d) in ast.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                self.generic_method(di, f);
            }
        }
    }

    fn func_ref(&self, decl: usize, recv: Option<&str>, name: &str, has_body: bool) -> FuncRef {
        if has_body {
            FuncRef::Decl { file: self.file_idx, decl }
        } else {
            let name = match recv {
                Some(r) => format!("{r}.{name}"),
                None => name.to_string(),
            };
            FuncRef::Native { pkg: self.pkg.clone(), name }
        }
    }

    fn declare_pkg(&mut self, n: &Ident, o: ObjId) {
        self.info.defs.insert(n.id, o);
        if n.name == "_" {
            return;
        }
        if let Some(&prev) = self.pkg_scope.get(&n.name).filter(|&&prev| !self.redefinable(prev)) {
            let msg = self.redeclared_msg(&n.name, prev);
            self.error(n.span, msg);
            return;
        }
        if self.file_scope.contains_key(&n.name) {
            self.error(n.span, format!("{} already declared through import of package", n.name));
        }
        self.pkg_scope.insert(n.name.clone(), o);
    }

    pub(crate) fn redeclared_msg(&self, name: &str, prev: ObjId) -> String {
        match self.obj(prev).span {
            Some(sp) => {
                let (file, line, col) = self.position(sp.lo);
                format!("{name} redeclared in this block\n\t{file}:{line}:{col}: other declaration of {name}")
            }
            None => format!("{name} redeclared in this block"),
        }
    }

    /// Attaches the methods declared in the file to their receiver types.
    fn collect_methods(&mut self, ast: &File) {
        for (di, d) in ast.decls.iter().enumerate() {
            let Decl::Func(f) = d else { continue };
            let Some(recv) = &f.recv else { continue };
            if let Some(tp) = &f.type_params {
                self.error(tp.span, "syntax error: method must have no type parameters");
                continue;
            }
            let mut rt = &recv.ty;
            let mut ptr = false;
            loop {
                match &rt.kind {
                    ast::ExprKind::Paren(x) => rt = x,
                    ast::ExprKind::Star(x) if !ptr => {
                        ptr = true;
                        rt = x;
                    }
                    _ => break,
                }
            }
            let named = match &rt.kind {
                ast::ExprKind::Ident(id) => match self.lookup(&id.name) {
                    Some(o) if matches!(self.obj(o).kind, ObjKind::TypeName) => {
                        self.info.uses.insert(id.id, o);
                        let ty = self.obj(o).ty;
                        match self.info.table.as_named(ty) {
                            Some(n) if self.info.table.named_info(n).pkg == self.pkg => {
                                let u = self.info.table.underlying(ty);
                                if matches!(self.info.table.get(u), Type::Pointer(_) | Type::Interface(_)) {
                                    self.error(rt.span, format!("invalid receiver type {} (pointer or interface type)", id.name));
                                    None
                                } else {
                                    Some((n, ty))
                                }
                            }
                            _ => {
                                self.error(rt.span, format!("cannot define new methods on non-local type {}", id.name));
                                None
                            }
                        }
                    }
                    Some(_) => {
                        self.error(rt.span, format!("{} is not a type", id.name));
                        None
                    }
                    None => {
                        self.error(rt.span, format!("undefined: {}", id.name));
                        None
                    }
                },
                ast::ExprKind::Generic { x, .. } => {
                    // Methods of generic types are attached by `generic_method`.
                    if !self.generic_target(x).is_some_and(|o| self.is_generic(o)) {
                        self.error(x.span, format!("{} is not a generic type", self.expr_str(x)));
                    }
                    None
                }
                _ => {
                    self.error(rt.span, "invalid receiver type");
                    None
                }
            };
            let Some((n, _)) = named else { continue };
            let full_sig = self.func_type(&f.sig);
            // The receiver shares the block of the parameters and results.
            for rn in recv.names.iter().filter(|n| n.name != "_") {
                if let Some(dup) = f.sig.params.iter().chain(&f.sig.results).flat_map(|p| &p.names).find(|n| n.name == rn.name) {
                    let (file, line, col) = self.position(rn.span.lo);
                    self.error(dup.span, format!("{} redeclared in this block\n\t{file}:{line}:{col}: other declaration of {}", rn.name, rn.name));
                }
            }
            let recv_name = self.info.table.named_info(n).name.clone();
            let fref = self.func_ref(di, Some(&recv_name), &f.name.name, f.body.is_some());
            if f.body.is_none() && self.pkg == "main" {
                self.late_errors.push((f.name.span.lo, "missing function body".into()));
            }
            let o = self.new_obj(&f.name.name, ObjKind::Func(fref.clone()), full_sig, Some(f.name.span));
            self.info.defs.insert(f.name.id, o);
            if f.name.name == "_" {
                continue;
            }
            let method = MethodInfo { name: f.name.name.clone(), ptr_recv: ptr, sig: full_sig, func: fref };
            if let Some(prev) = self.method_clash(n, &method) {
                let prev_obj = self.method_objs[&(n, prev)];
                let sp = self.obj(prev_obj).span.unwrap_or_default();
                let d = self.diagnostic(sp.lo, String::new());
                let mut msg = format!("method {}.{} already declared at {}:{}:{}", recv_name, f.name.name, d.file, d.line, d.col);
                if self.redefinable(prev_obj) {
                    msg += &format!(" (a method is redefined with its signature and receiver unchanged; declare {recv_name} again to change them)");
                }
                self.error(f.name.span, msg);
                continue;
            }
            let u = self.info.table.named[n.0 as usize].underlying;
            if let Type::Struct(fields) = self.info.table.get(u) {
                if fields.iter().any(|fl| fl.name == f.name.name) {
                    let other = self.field_decl_pos(rt, &f.name.name);
                    self.error(f.name.span, format!("field and method with the same name {}{other}", f.name.name));
                    continue;
                }
            }
            self.attach_method(n, method, o);
        }
    }

    /// `\n\tfile:line:col: other declaration of f` for field `name` of the struct type
    /// named by receiver type expression `rt` (empty if not found).
    fn field_decl_pos(&self, rt: &ast::Expr, name: &str) -> String {
        let ast::ExprKind::Ident(tn) = &rt.kind else { return String::new() };
        for d in &self.ast.decls {
            let Decl::Type(specs) = d else { continue };
            for s in specs.iter().filter(|s| s.name.name == tn.name) {
                if let ast::ExprKind::StructType(fields) = &s.ty.kind {
                    for f in fields {
                        if let Some(n) = f.names.iter().find(|n| n.name == name) {
                            let (file, line, col) = self.position(n.span.lo);
                            return format!("\n\t{file}:{line}:{col}: other declaration of {name}");
                        }
                    }
                }
            }
        }
        String::new()
    }

    // ------------------------------------------------------------------------------------
    // Lazy resolution of package-level objects

    /// Checks a package-level object's declaration if it has not been checked yet.
    pub(crate) fn resolve(&mut self, o: ObjId) {
        let Some(p) = self.pending.get(&o).copied() else { return };
        if let Some(start) = self.resolving.iter().position(|&r| r == o) {
            if let Pending::Const { .. } = p {
                self.report_const_cycle(&self.resolving[start..].to_vec());
            }
            return;
        }
        self.resolving.push(o);
        // Package-level declarations see only the package and universe scopes.
        let scopes = std::mem::take(&mut self.scopes);
        let funcs = std::mem::take(&mut self.funcs);
        let cur_decl = self.cur_decl.replace(o);
        let iota = self.iota.take();
        let ast = self.ast.clone();
        match p {
            Pending::Const { decl, spec, name } => {
                if let Decl::Const(specs) = &ast.decls[decl] {
                    self.const_spec_name(&specs[spec], name, o);
                }
            }
            Pending::Var { decl, spec } => {
                if let Decl::Var(specs) = &ast.decls[decl] {
                    let objs: Vec<ObjId> = specs[spec].names.iter().map(|n| self.info.defs[&n.id]).collect();
                    for &v in &objs {
                        self.pending.remove(&v);
                    }
                    self.var_spec(&specs[spec], &objs);
                    for &v in &objs {
                        self.deps.entry(v).or_default();
                    }
                    // All names of a spec share the spec's dependencies.
                    let d = self.deps.get(&o).cloned().unwrap_or_default();
                    for &v in &objs {
                        self.deps.insert(v, d.clone());
                    }
                }
            }
            Pending::Type { decl, spec } => {
                if let Decl::Type(specs) = &ast.decls[decl] {
                    self.type_spec(&specs[spec], o);
                }
            }
            Pending::Func { decl } => {
                if let Decl::Func(f) = &ast.decls[decl] {
                    let t = self.func_type(&f.sig);
                    self.info.objects[o.0 as usize].ty = t;
                }
            }
        }
        self.pending.remove(&o);
        self.iota = iota;
        self.cur_decl = cur_decl;
        self.funcs = funcs;
        self.scopes = scopes;
        self.resolving.pop();
    }

    fn type_spec(&mut self, s: &ast::TypeSpec, o: ObjId) {
        if s.alias {
            self.in_constraint = true;
            let t = self.type_expr(&s.ty);
            self.info.objects[o.0 as usize].ty = t;
            return;
        }
        let named_ty = self.obj(o).ty;
        let Some(n) = self.info.table.as_named(named_ty) else { return };
        // A direct self-reference (`type T T`) is an invalid recursive type.
        if let ast::ExprKind::Ident(id) = &s.ty.kind {
            if id.name == s.name.name {
                self.error(s.name.span, format!("invalid recursive type: {} refers to itself", s.name.name));
                self.info.uses.insert(id.id, o);
                return;
            }
        }
        self.in_constraint = true;
        let rhs = self.type_expr(&s.ty);
        let u = self.info.table.underlying(rhs);
        self.info.table.named[n.0 as usize].underlying = u;
    }

    /// Reports a defined type that contains itself by value (`type T struct{ next T }`)
    /// and makes its underlying type invalid, so later walks over types terminate.
    pub(crate) fn check_type_cycle(&mut self, o: ObjId) {
        let ty = self.obj(o).ty;
        let Some(start) = self.info.table.as_named(ty) else { return };
        if self.info.table.named_info(start).pkg != self.pkg {
            return;
        }
        let mut path: Vec<NamedIdx> = Vec::new();
        let mut seen: HashSet<NamedIdx> = HashSet::new();
        if !self.contains_by_value(ty, start, &mut path, &mut seen, 0) {
            return;
        }
        let name = |c: &Self, n: NamedIdx| c.info.table.named_info(n).name.clone();
        let span = self.info.table.named_info(start).span.unwrap_or_default();
        let msg = if path.len() <= 1 {
            format!("invalid recursive type: {} refers to itself", name(self, start))
        } else {
            let mut m = format!("invalid recursive type {}", name(self, start));
            for (i, &n) in path.iter().enumerate() {
                let next = path[(i + 1) % path.len()];
                let sp = self.info.table.named_info(n).span.unwrap_or_default();
                let (file, line, col) = self.position(sp.lo);
                m.push_str(&format!("\n\t{file}:{line}:{col}: {} refers to {}", name(self, n), name(self, next)));
            }
            m
        };
        self.error(span, msg);
        let inv = self.info.table.invalid();
        self.info.table.named[start.0 as usize].underlying = inv;
    }

    /// Whether `t` contains the named type `target` by value; `path` holds the named types
    /// on the way (starting with `target`).
    fn contains_by_value(&self, t: TypeId, target: NamedIdx, path: &mut Vec<NamedIdx>, seen: &mut HashSet<NamedIdx>, depth: u32) -> bool {
        if depth > 100 {
            return false;
        }
        let table = &self.info.table;
        match table.get(t) {
            Type::Named(n) => {
                if *n == target && !path.is_empty() {
                    return true;
                }
                if !seen.insert(*n) {
                    return false;
                }
                path.push(*n);
                if self.contains_by_value(table.named_info(*n).underlying, target, path, seen, depth + 1) {
                    return true;
                }
                path.pop();
                false
            }
            Type::Struct(fields) => fields.iter().any(|f| self.contains_by_value(f.ty, target, path, seen, depth + 1)),
            Type::Array { elem, .. } => self.contains_by_value(*elem, target, path, seen, depth + 1),
            _ => false,
        }
    }

    /// Records a package-level dependency of the declaration being checked (init order).
    pub(crate) fn record_dep(&mut self, o: ObjId) {
        if let Some(cur) = self.cur_decl {
            let d = self.deps.entry(cur).or_default();
            if !d.contains(&o) {
                d.push(o);
            }
        }
    }

    /// Go's initialisation order: repeatedly the earliest variable (in declaration order)
    /// whose dependencies (through functions, transitively) are all initialised.
    fn compute_init_order(&mut self, ast: &File) {
        let mut vars: Vec<(ObjId, (usize, usize))> = self.var_specs.iter().map(|(o, s)| (*o, *s)).collect();
        vars.sort_by_key(|(o, s)| (*s, o.0));
        self.report_init_cycles(&vars.iter().map(|v| v.0).collect::<Vec<_>>());
        // Transitive variable dependencies of each variable (through functions/methods).
        let var_set: HashSet<ObjId> = vars.iter().map(|v| v.0).collect();
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &(v, _) in &vars {
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            let mut out = HashSet::new();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                if var_set.contains(&d) {
                    out.insert(d);
                } else if let Some(more) = self.deps.get(&d) {
                    stack.extend(more.iter().copied());
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: HashSet<(usize, usize)> = HashSet::new();
        let mut specs: Vec<(usize, usize)> = vars.iter().map(|v| v.1).collect();
        specs.dedup();
        let spec_vars = |s: (usize, usize)| -> Vec<ObjId> { vars.iter().filter(|v| v.1 == s).map(|v| v.0).collect() };
        let mut remaining = specs.clone();
        while !remaining.is_empty() {
            let pick = remaining.iter().position(|&s| {
                spec_vars(s).iter().all(|v| {
                    var_deps[v].iter().all(|d| {
                        let ds = self.var_specs[d];
                        ds == s || done.contains(&ds)
                    })
                })
            });
            // No variable ready: a cycle (reported below); continue in source order.
            let i = pick.unwrap_or(0);
            let s = remaining.remove(i);
            done.insert(s);
            if let Decl::Var(vs) = &ast.decls[s.0] {
                if !vs[s.1].values.is_empty() {
                    self.info.init_order.push((self.file_idx, s.0, s.1));
                }
            }
        }
    }

    /// Go's `initialization cycle for a` errors: a variable whose initialiser depends on
    /// itself through variables and functions. Each cycle is reported once, at its first
    /// variable in source order.
    fn report_init_cycles(&mut self, vars: &[ObjId]) {
        let mut reported: HashSet<ObjId> = HashSet::new();
        for &v in vars {
            if reported.contains(&v) {
                continue;
            }
            let mut path = vec![v];
            let mut seen = HashSet::new();
            if !self.dep_path_to(v, v, &mut path, &mut seen) {
                continue;
            }
            path.pop(); // the closing `v`
            reported.extend(path.iter().copied());
            let name = |c: &Self, o: ObjId| c.obj(o).name.clone();
            let sp = self.obj(v).span.unwrap_or_default();
            let msg = if path.len() == 1 {
                format!("initialization cycle: {} refers to itself", name(self, v))
            } else {
                let mut m = format!("initialization cycle for {}", name(self, v));
                for (i, &o) in path.iter().enumerate() {
                    let next = path[(i + 1) % path.len()];
                    let (file, line, col) = self.position(self.obj(o).span.unwrap_or_default().lo);
                    m.push_str(&format!("\n\t{file}:{line}:{col}: {} refers to {}", name(self, o), name(self, next)));
                }
                m
            };
            self.error(sp, msg);
        }
    }

    /// Constants whose values depend on each other (`cycle`: the declarations being
    /// resolved, from the one referred to again).
    fn report_const_cycle(&mut self, cycle: &[ObjId]) {
        let name = |c: &Self, o: ObjId| c.obj(o).name.clone();
        if cycle.len() == 1 {
            let sp = self.obj(cycle[0]).span.unwrap_or_default();
            let n = name(self, cycle[0]);
            self.error(sp, format!("initialization cycle: {n} refers to itself"));
            return;
        }
        let mut m = format!("initialization cycle for {}", name(self, cycle[0]));
        for (i, &o) in cycle.iter().enumerate() {
            let next = cycle[(i + 1) % cycle.len()];
            let (file, line, col) = self.position(self.obj(o).span.unwrap_or_default().lo);
            m.push_str(&format!("\n\t{file}:{line}:{col}: {} refers to {}", name(self, o), name(self, next)));
        }
        let sp = self.obj(cycle[0]).span.unwrap_or_default();
        self.error(sp, m);
    }

    /// Depth-first search of the dependency graph for a path from `from` to `to`
    /// (appended to `path`).
    fn dep_path_to(&self, from: ObjId, to: ObjId, path: &mut Vec<ObjId>, seen: &mut HashSet<ObjId>) -> bool {
        if path.len() > 1000 {
            return false;
        }
        let Some(deps) = self.deps.get(&from) else { return false };
        for &d in deps {
            if d == to {
                path.push(d);
                return true;
            }
            if !seen.insert(d) {
                continue;
            }
            path.push(d);
            if self.dep_path_to(d, to, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }

    // ------------------------------------------------------------------------------------
    // Scopes

    pub(crate) fn open_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    /// Closes the innermost scope.
    pub(crate) fn close_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares a local object in the innermost scope (`_` is never declared).
    pub(crate) fn declare_local(&mut self, n: &Ident, o: ObjId) {
        self.info.defs.insert(n.id, o);
        if n.name == "_" {
            return;
        }
        if let Some(&prev) = self.scopes.last().and_then(|s| s.get(&n.name)) {
            let msg = self.redeclared_msg(&n.name, prev);
            self.error(n.span, msg);
            // No follow-on `declared and not used` for the rejected declaration.
            self.used.insert(o);
            return;
        }
        if let Some(s) = self.scopes.last_mut() {
            s.insert(n.name.clone(), o);
        }
    }

    /// Tracks a new local variable for `declared and not used` and closure capture.
    pub(crate) fn note_local(&mut self, o: ObjId, span: Span) {
        self.note_var_depth(o);
        self.locals.push(LocalVar { obj: o, span });
    }

    pub(crate) fn note_var_depth(&mut self, o: ObjId) {
        self.var_depth.insert(o, self.funcs.len());
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.get(name) {
                return Some(o);
            }
        }
        self.pkg_scope.get(name).or_else(|| self.file_scope.get(name)).or_else(|| self.universe.get(name)).copied()
    }

    /// Marks a use of object `o` by identifier `id`: records it, counts it as used, records
    /// package-level dependencies and closure captures.
    pub(crate) fn use_obj(&mut self, id: &Ident, o: ObjId) {
        self.info.uses.insert(id.id, o);
        self.used.insert(o);
        self.resolve(o);
        match self.obj(o).kind {
            ObjKind::Var { global: true } | ObjKind::Func(_) => {
                if self.var_specs.contains_key(&o) || self.pkg_scope.get(&self.obj(o).name) == Some(&o) {
                    self.record_dep(o);
                }
            }
            ObjKind::Var { global: false } => {
                if let Some(&d) = self.var_depth.get(&o) {
                    if d < self.funcs.len() {
                        self.info.escapes.insert(o);
                    }
                }
            }
            _ => {}
        }
    }

    /// The package scope of an imported package.
    pub(crate) fn package_member(&self, path: &str, name: &str) -> Option<ObjId> {
        self.packages.get(path).and_then(|(_, s)| s.get(name).copied())
    }

    pub(crate) fn current_pkg(&self) -> &str {
        &self.pkg
    }

    // ------------------------------------------------------------------------------------
    // Functions

    fn check_func_body(&mut self, f: &ast::FuncDecl) {
        let Some(body) = &f.body else { return };
        if f.type_params.is_some() {
            return;
        }
        let obj = self.info.defs.get(&f.name.id).copied();
        let sig_ty = match obj {
            Some(o) => self.obj(o).ty,
            None => return,
        };
        let Some(sig) = self.info.table.signature(sig_ty).cloned() else { return };
        self.cur_decl = obj;
        self.open_scope();
        self.funcs.push(FuncCtx { sig: sig.clone(), named_results: vec![] });
        if let Some(recv) = &f.recv {
            let rt = self.type_expr(&recv.ty);
            for n in &recv.names {
                self.declare_param(n, rt);
            }
        }
        self.declare_params(&f.sig, &sig);
        self.func_body(body, &sig);
        self.funcs.pop();
        self.close_scope();
        self.cur_decl = None;
        self.report_unused();
    }

    fn declare_param(&mut self, n: &Ident, ty: TypeId) -> ObjId {
        let o = self.new_obj(&n.name, ObjKind::Var { global: false }, ty, Some(n.span));
        self.var_depth.insert(o, self.funcs.len());
        if self.scopes.last().is_some_and(|s| s.contains_key(&n.name)) {
            // A duplicate parameter name, reported with the signature.
            self.info.defs.insert(n.id, o);
        } else {
            self.declare_local(n, o);
        }
        o
    }

    /// Declares parameters and named results of a function whose body is being checked.
    pub(crate) fn declare_params(&mut self, ft: &ast::FuncType, sig: &Signature) {
        let mut i = 0;
        for p in &ft.params {
            if p.names.is_empty() {
                i += 1;
            }
            for n in &p.names {
                let t = sig.params.get(i).copied().unwrap_or(self.info.table.invalid());
                self.declare_param(n, t);
                i += 1;
            }
        }
        let mut i = 0;
        let mut named = vec![];
        for p in &ft.results {
            if p.names.is_empty() {
                i += 1;
            }
            for n in &p.names {
                let t = sig.results.get(i).copied().unwrap_or(self.info.table.invalid());
                named.push(self.declare_param(n, t));
                i += 1;
            }
        }
        if let Some(f) = self.funcs.last_mut() {
            f.named_results = named;
        }
    }

    /// Reports `declared and not used` for the locals of the function just checked.
    pub(crate) fn report_unused(&mut self) {
        let locals = std::mem::take(&mut self.locals);
        for l in locals {
            if !self.used.contains(&l.obj) && self.obj(l.obj).name != "_" && self.session.is_none() {
                let name = self.obj(l.obj).name.clone();
                self.error(l.span, format!("declared and not used: {name}"));
            }
        }
    }

    pub(crate) fn func_depth(&self) -> usize {
        self.funcs.len()
    }

    pub(crate) fn cur_results(&self) -> Option<(Vec<TypeId>, Vec<ObjId>)> {
        self.funcs.last().map(|f| (f.sig.results.clone(), f.named_results.clone()))
    }

    /// Checks a function literal's body in a nested function context.
    pub(crate) fn func_lit_body(&mut self, ft: &ast::FuncType, body: &ast::Block, sig: &Signature) {
        self.open_scope();
        self.funcs.push(FuncCtx { sig: sig.clone(), named_results: vec![] });
        self.declare_params(ft, sig);
        self.func_body(body, sig);
        self.funcs.pop();
        self.close_scope();
    }

    pub(crate) fn iota(&self) -> Option<u32> {
        self.iota
    }
    pub(crate) fn set_iota(&mut self, v: Option<u32>) -> Option<u32> {
        std::mem::replace(&mut self.iota, v)
    }
    pub(crate) fn method_obj(&self, n: NamedIdx, idx: usize) -> Option<ObjId> {
        self.method_objs.get(&(n, idx)).copied()
    }
}
