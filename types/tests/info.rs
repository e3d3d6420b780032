//! Facts the compiler relies on: recorded types and constant values (untyped constants
//! converted to their context's type), selections, implicit interface conversions,
//! escaping variables, comma-ok modes, initialisation order, packages and natives.
mod common;

use minigo_parser::ast::*;
use minigo_types::constant::Value;
use minigo_types::*;

/// A checked program plus a way to find expression nodes by their source text.
struct Checked {
    prog: Program,
    src: String,
    exprs: Vec<(String, NodeId)>,
}

fn check_ok(src: &str) -> Checked {
    let std = common::TestStd::load();
    let prog = match check("./prog.go", src, &std) {
        Ok(p) => p,
        Err(ds) => panic!("unexpected errors:\n{}", ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")),
    };
    let main = prog.files.last().expect("main file");
    assert_eq!(main.pkg, "main");
    let mut exprs = Vec::new();
    for d in &main.ast.decls {
        walk_decl(d, main, &mut exprs);
    }
    Checked { src: src.to_string(), prog, exprs }
}

impl Checked {
    /// The id of the (first) expression whose source text is `text`.
    fn node(&self, text: &str) -> NodeId {
        self.nodes(text).first().copied().unwrap_or_else(|| panic!("no expression {text:?} in {}", self.src))
    }
    fn nodes(&self, text: &str) -> Vec<NodeId> {
        self.exprs.iter().filter(|(t, _)| t == text).map(|(_, id)| *id).collect()
    }
    fn tv(&self, text: &str) -> &TypeAndValue {
        let id = self.node(text);
        self.prog.info.types.get(&id).unwrap_or_else(|| panic!("no type recorded for {text:?}"))
    }
    fn type_of(&self, text: &str) -> String {
        self.prog.info.table.type_string(self.tv(text).ty, "main")
    }
    /// The object defined by the first identifier `name` declared in main.
    fn def(&self, name: &str) -> ObjId {
        let mut defs: Vec<(u32, ObjId)> = self
            .prog
            .info
            .defs
            .values()
            .filter(|o| {
                let obj = &self.prog.info.objects[o.0 as usize];
                obj.name == name && obj.span.is_some_and(|s| self.prog.files.last().unwrap().contains(s.lo))
            })
            .map(|o| (self.prog.info.objects[o.0 as usize].span.unwrap().lo, *o))
            .collect();
        defs.sort_by_key(|d| d.0);
        defs.first().map(|d| d.1).unwrap_or_else(|| panic!("no definition of {name}"))
    }
}

fn walk_decl(d: &Decl, f: &ParsedFile, out: &mut Vec<(String, NodeId)>) {
    match d {
        Decl::Var(specs) => specs.iter().for_each(|s| s.values.iter().for_each(|e| walk_expr(e, f, out))),
        Decl::Const(specs) => specs.iter().for_each(|s| s.values.iter().for_each(|e| walk_expr(e, f, out))),
        Decl::Type(_) => {}
        Decl::Func(fd) => {
            if let Some(b) = &fd.body {
                walk_block(b, f, out);
            }
        }
    }
}

fn walk_block(b: &Block, f: &ParsedFile, out: &mut Vec<(String, NodeId)>) {
    b.stmts.iter().for_each(|s| walk_stmt(s, f, out));
}

fn walk_stmt(s: &Stmt, f: &ParsedFile, out: &mut Vec<(String, NodeId)>) {
    let mut e = |x: &Expr| walk_expr(x, f, out);
    match &s.kind {
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(x),
        StmtKind::Send { ch, value } => {
            e(ch);
            e(value);
        }
        StmtKind::IncDec { x, .. } => e(x),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(e),
        StmtKind::Return(xs) => xs.iter().for_each(e),
        StmtKind::Decl(d) => walk_decl(d, f, out),
        StmtKind::Block(b) => walk_block(b, f, out),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                walk_stmt(i, f, out);
            }
            walk_expr(cond, f, out);
            walk_block(then, f, out);
            if let Some(x) = els {
                walk_stmt(x, f, out);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            for s in [init, post].into_iter().flatten() {
                walk_stmt(s, f, out);
            }
            if let Some(c) = cond {
                walk_expr(c, f, out);
            }
            walk_block(body, f, out);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for k in [key, value].into_iter().flatten() {
                walk_expr(k, f, out);
            }
            walk_expr(x, f, out);
            walk_block(body, f, out);
        }
        StmtKind::Switch { init, tag, body, .. } => {
            if let Some(i) = init {
                walk_stmt(i, f, out);
            }
            if let Some(t) = tag {
                walk_expr(t, f, out);
            }
            for c in body {
                c.exprs.iter().for_each(|x| walk_expr(x, f, out));
                c.body.iter().for_each(|s| walk_stmt(s, f, out));
            }
        }
        StmtKind::TypeSwitch { x, body, .. } => {
            walk_expr(x, f, out);
            body.iter().for_each(|c| c.body.iter().for_each(|s| walk_stmt(s, f, out)));
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f, out),
        _ => {}
    }
}

fn walk_expr(e: &Expr, f: &ParsedFile, out: &mut Vec<(String, NodeId)>) {
    let text = f.src[(e.span.lo - f.base) as usize..(e.span.hi - f.base) as usize].to_string();
    out.push((text, e.id));
    let mut w = |x: &Expr| walk_expr(x, f, out);
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => elts.iter().for_each(|el| {
            if let Some(k) = &el.key {
                walk_expr(k, f, out);
            }
            walk_expr(&el.value, f, out);
        }),
        ExprKind::FuncLit { body, .. } => walk_block(body, f, out),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => w(x),
        ExprKind::Selector { x, .. } => w(x),
        ExprKind::Index { x, index } => {
            w(x);
            w(index);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            w(x);
            for b in [lo, hi, max].into_iter().flatten() {
                walk_expr(b, f, out);
            }
        }
        ExprKind::TypeAssert { x, .. } => w(x),
        ExprKind::Call { func, args, .. } => {
            w(func);
            args.iter().for_each(|a| walk_expr(a, f, out));
        }
        ExprKind::Binary { x, y, .. } => {
            w(x);
            w(y);
        }
        _ => {}
    }
}

#[test]
fn untyped_constants_take_their_context_type() {
    let c = check_ok(
        "package main

func main() {
	var f float64 = 1
	x := 1 << 3
	var b byte = 'a' + 1
	println(f, x, b, 2.5)
}
",
    );
    assert_eq!(c.type_of("1"), "float64");
    assert_eq!(c.tv("1").value.as_ref().and_then(|v| v.to_f64()), Some(1.0));
    assert!(matches!(c.tv("1").value, Some(Value::Float(_))));
    assert_eq!(c.type_of("1 << 3"), "int");
    assert_eq!(c.tv("1 << 3").mode, Mode::Constant);
    assert_eq!(c.tv("1 << 3").value, Some(Value::int(8)));
    assert_eq!(c.type_of("'a' + 1"), "uint8");
    assert_eq!(c.type_of("'a'"), "uint8");
    // println's untyped argument gets its default type.
    assert_eq!(c.type_of("2.5"), "float64");
    assert_eq!(c.type_of("x"), "int");
}

#[test]
fn constant_folding_is_exact() {
    let c = check_ok(
        "package main

const big = 1 << 100
const small = big >> 98
const s = \"go\" + \"lang\"

func main() {
	var a [5]int
	println(small, len(s), len(a), big/big)
}
",
    );
    assert_eq!(c.tv("small").value, Some(Value::int(4)));
    assert_eq!(c.tv("len(s)").value, Some(Value::int(6)));
    assert_eq!(c.tv("len(a)").mode, Mode::Constant);
    assert_eq!(c.tv("len(a)").value, Some(Value::int(5)));
    assert_eq!(c.tv("big/big").value, Some(Value::int(1)));
    assert_eq!(c.type_of("big/big"), "int");
}

#[test]
fn selections_through_embedding_and_pointers() {
    let c = check_ok(
        "package main

type Inner struct{ X int }

func (i *Inner) Inc() { i.X++ }

type Outer struct {
	name string
	Inner
}

type Shape interface{ Area() float64 }

func main() {
	var o Outer
	p := &o
	o.X = 1
	p.Inc()
	var s Shape
	if s != nil {
		println(s.Area())
	}
	f := (*Inner).Inc
	f(&o.Inner)
}
",
    );
    let info = &c.prog.info;
    match &info.selections[&c.node("o.X")] {
        Selection::Field { path, indirect } => {
            assert_eq!(path, &vec![1, 0]);
            assert!(!indirect);
        }
        s => panic!("o.X: {s:?}"),
    }
    match &info.selections[&c.node("p.Inc")] {
        Selection::Method { path, ptr_recv, indirect, recv_named, method } => {
            assert_eq!(path, &vec![1]);
            assert!(*ptr_recv && *indirect);
            let named = info.table.named_info(*recv_named);
            assert_eq!(named.name, "Inner");
            assert_eq!(named.methods[*method].name, "Inc");
            assert!(matches!(named.methods[*method].func, FuncRef::Decl { .. }));
        }
        s => panic!("p.Inc: {s:?}"),
    }
    assert!(matches!(&info.selections[&c.node("s.Area")], Selection::IfaceMethod { index: 0, name, .. } if name == "Area"));
    assert!(matches!(&info.selections[&c.node("(*Inner).Inc")], Selection::MethodExpr { ptr_recv: true, .. }));
    assert_eq!(c.type_of("(*Inner).Inc"), "func(*Inner)");
    assert_eq!(c.tv("o.X").mode, Mode::Variable);
}

#[test]
fn implicit_interface_conversions() {
    let c = check_ok(
        "package main

import \"fmt\"

type T struct{}

func (T) String() string { return \"T\" }

func main() {
	var e any = 5
	var s fmt.Stringer = T{}
	fmt.Println(\"x\", 3, s)
	_ = e == 5
}
",
    );
    let info = &c.prog.info;
    let any = info.table.intern.get(&Type::Interface(vec![])).copied().unwrap();
    let fives = c.nodes("5");
    assert_eq!(info.to_iface.get(&fives[0]), Some(&any));
    assert_eq!(c.type_of("5"), "int");
    assert!(info.to_iface.contains_key(&c.node("T{}")));
    assert!(info.to_iface.contains_key(&c.node("\"x\"")));
    assert!(info.to_iface.contains_key(&c.node("3")));
    // Already an interface: no boxing.
    let s_uses = c.nodes("s");
    assert!(!info.to_iface.contains_key(s_uses.last().unwrap()));
    // Comparison of an interface with a constant boxes the constant.
    assert_eq!(info.to_iface.get(&fives[1]), Some(&any));
}

#[test]
fn escaping_variables() {
    let c = check_ok(
        "package main

func main() {
	captured := 1
	addressed := 2
	plain := 3
	f := func() { captured++ }
	p := &addressed
	for i := 0; i < 3; i++ {
		defer func() { println(i) }()
	}
	arr := [3]int{}
	s := arr[:]
	f()
	println(*p, plain, s[0])
}
",
    );
    let esc = &c.prog.info.escapes;
    assert!(esc.contains(&c.def("captured")));
    assert!(esc.contains(&c.def("addressed")));
    assert!(esc.contains(&c.def("i")));
    assert!(esc.contains(&c.def("arr")));
    assert!(!esc.contains(&c.def("plain")));
    assert!(!esc.contains(&c.def("f")));
}

#[test]
fn comma_ok_forms() {
    let c = check_ok(
        "package main

func main() {
	m := map[string]int{}
	v, ok := m[\"a\"]
	var x any = 1
	n, isInt := x.(int)
	ch := make(chan int, 1)
	r, open := <-ch
	w := m[\"b\"]
	println(v, ok, n, isInt, r, open, w)
}
",
    );
    assert_eq!(c.tv("m[\"a\"]").mode, Mode::CommaOk);
    assert_eq!(c.tv("x.(int)").mode, Mode::CommaOk);
    assert_eq!(c.tv("<-ch").mode, Mode::CommaOk);
    assert_eq!(c.tv("m[\"b\"]").mode, Mode::MapIndex);
    assert_eq!(c.type_of("x.(int)"), "int");
    let ok = c.def("ok");
    assert_eq!(c.prog.info.table.type_string(c.prog.info.objects[ok.0 as usize].ty, "main"), "bool");
}

#[test]
fn package_var_initialisation_order() {
    let c = check_ok(
        "package main

var a = b + 1
var b = f()

func f() int { return c }

var c = 1
var d int

func init() {}

func main() { println(a, d) }
",
    );
    let info = &c.prog.info;
    let main = c.prog.files.len() - 1;
    let file = &c.prog.files[main].ast;
    let names: Vec<String> = info
        .init_order
        .iter()
        .map(|&(fi, di, si)| {
            assert_eq!(fi, main);
            match &file.decls[di] {
                Decl::Var(specs) => specs[si].names[0].name.clone(),
                _ => panic!("not a var decl"),
            }
        })
        .collect();
    assert_eq!(names, ["c", "b", "a"]);
    assert_eq!(info.inits.len(), 1);
}

#[test]
fn packages_in_dependency_order_with_natives() {
    let c = check_ok(
        "package main

import (
	\"fmt\"
	\"strings\"
)

func main() {
	var b strings.Builder
	b.WriteString(strings.Repeat(\"a\", 2))
	fmt.Println(strings.ToUpper(b.String()))
}
",
    );
    let pkgs: Vec<&str> = c.prog.files.iter().map(|f| f.pkg.as_str()).collect();
    assert_eq!(pkgs, ["strings", "fmt", "main"]);
    let info = &c.prog.info;
    assert!(matches!(&info.selections[&c.node("strings.ToUpper")], Selection::Qualified { pkg, name } if pkg == "strings" && name == "ToUpper"));
    let func_of = |text: &str| {
        let ExprKind::Selector { sel, .. } = &find_expr(&c, text).kind else { panic!() };
        info.objects[info.uses[&sel.id].0 as usize].kind.clone()
    };
    assert!(matches!(func_of("strings.ToUpper"), ObjKind::Func(FuncRef::Native { pkg, name }) if pkg == "strings" && name == "ToUpper"));
    assert!(matches!(func_of("strings.Repeat"), ObjKind::Func(FuncRef::Decl { file: 0, .. })));
    match &info.selections[&c.node("b.WriteString")] {
        Selection::Method { recv_named, method, .. } => {
            let m = &info.table.named_info(*recv_named).methods[*method];
            assert_eq!(m.func, FuncRef::Native { pkg: "strings".into(), name: "Builder.WriteString".into() });
        }
        s => panic!("{s:?}"),
    }
    assert_eq!(c.type_of("b"), "strings.Builder");
}

fn find_expr<'a>(c: &'a Checked, text: &str) -> &'a Expr {
    fn find<'a>(e: &'a Expr, id: NodeId) -> Option<&'a Expr> {
        if e.id == id {
            return Some(e);
        }
        match &e.kind {
            ExprKind::Call { func, args, .. } => find(func, id).or_else(|| args.iter().find_map(|a| find(a, id))),
            ExprKind::Selector { x, .. } | ExprKind::Paren(x) => find(x, id),
            _ => None,
        }
    }
    let id = c.node(text);
    let main = &c.prog.files.last().unwrap().ast;
    for d in &main.decls {
        if let Decl::Func(f) = d {
            for s in &f.body.as_ref().unwrap().stmts {
                if let StmtKind::Expr(e) = &s.kind {
                    if let Some(found) = find(e, id) {
                        return found;
                    }
                }
            }
        }
    }
    panic!("{text} not found")
}

#[test]
fn defs_and_uses_of_every_identifier() {
    let c = check_ok(
        "package main

func add(a, b int) int { return a + b }

func main() {
	x := add(1, 2)
	x = x + 1
	println(x)
}
",
    );
    let info = &c.prog.info;
    let x = c.def("x");
    let uses = info.uses.values().filter(|o| **o == x).count();
    assert_eq!(uses, 3, "x is used three times after its definition");
    let add = c.def("add");
    assert!(matches!(info.objects[add.0 as usize].kind, ObjKind::Func(FuncRef::Decl { decl: 0, .. })));
    assert_eq!(c.type_of("add"), "func(int, int) int");
}
