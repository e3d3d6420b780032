//! Parser unit tests: tree shapes (insta snapshots), ids and spans, const expansion, type
//! switches, and printing expressions back to source.

use super::ast::*;
use super::*;

fn file(src: &str) -> File {
    parse_file(src, 0, 0).unwrap_or_else(|e| panic!("{src}: {e:?}"))
}

/// Errors as `go build` prints them, without the file name: `line:col: message`.
fn located(src: &str, errors: &[SyntaxError]) -> Vec<String> {
    let lines = LineIndex::new(src);
    errors
        .iter()
        .map(|e| {
            let (l, c) = lines.line_col(e.offset);
            format!("{l}:{c}: {}", e.msg)
        })
        .collect()
}

fn body(src: &str) -> Vec<Stmt> {
    let f = file(&format!("package p\nfunc f() {{\n{src}\n}}\n"));
    let Some(Decl::Func(FuncDecl { body: Some(b), .. })) = f.decls.into_iter().next() else {
        panic!()
    };
    b.stmts
}

#[test]
fn snapshot_small_program() {
    insta::assert_debug_snapshot!(file("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1, 2}\n\tfmt.Println(x[0] + 1)\n}\n"));
}

#[test]
fn snapshot_statements() {
    insta::assert_debug_snapshot!(body(
        "for i := 0; i < 3; i++ { if i == 1 { continue } else { break } }\nfor k, v := range m {}\nselect { case v, ok := <-c: _ = v; default: }\nswitch t := x.(type) { case int, nil: }"
    ));
}

#[test]
fn snapshot_types() {
    insta::assert_debug_snapshot!(file(
        "package p\ntype T struct { a, b int `tag`; *E }\ntype I interface { M(x int) (string, error); io.Reader }\nvar c chan<- <-chan func(...int) map[string]*T\n"
    ));
}

#[test]
fn ids_are_unique_and_counted_from_first_node() {
    struct Ids(Vec<u32>);
    impl visit::VisitMut for Ids {
        fn node_id(&mut self, id: &mut NodeId) {
            self.0.push(id.0);
        }
    }
    let mut f = parse_file(
        "package p\nconst (\n\tA = iota * 2\n\tB\n)\nfunc f(a, b int) { g(a + b) }\n",
        100,
        50,
    )
    .unwrap();
    let mut ids = Ids(vec![]);
    visit::file(&mut ids, &mut f);
    let count = ids.0.len();
    ids.0.sort();
    ids.0.dedup();
    assert_eq!(ids.0.len(), count, "no id is used twice");
    assert!(ids.0.iter().all(|&id| (50..f.node_count).contains(&id)));
    assert_eq!(
        f.package.span,
        Span { lo: 108, hi: 109 },
        "spans carry the base"
    );
}

#[test]
fn const_iota_and_implicit_repetition() {
    let f = file("package p\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n\t_, _\n\tE = 7\n\tF\n)\n");
    let Decl::Const(specs) = &f.decls[0] else {
        panic!()
    };
    let iotas: Vec<(u32, bool, usize)> = specs
        .iter()
        .map(|s| (s.iota, s.implicit, s.values.len()))
        .collect();
    assert_eq!(
        iotas,
        [
            (0, false, 2),
            (1, true, 2),
            (2, true, 2),
            (3, false, 1),
            (4, true, 1)
        ]
    );
    assert_eq!(printer::expr_string(&specs[1].values[1]), "iota * 10");
    assert_ne!(
        specs[1].values[1].id, specs[0].values[1].id,
        "cloned values get fresh ids"
    );
    assert_eq!(
        specs[1].values[1].span, specs[0].values[1].span,
        "and keep the source position"
    );
}

#[test]
fn type_switch_binds_a_fresh_ident_per_clause() {
    let stmts = body("switch v := x.(type) {\ncase int:\ncase string, bool:\ndefault:\n}");
    let StmtKind::TypeSwitch {
        bind: Some(bind),
        body,
        ..
    } = &stmts[0].kind
    else {
        panic!("{stmts:?}")
    };
    assert_eq!(bind.name, "v");
    let ids: Vec<NodeId> = body.iter().map(|c| c.bind.as_ref().unwrap().id).collect();
    assert!(ids.iter().all(|id| *id != bind.id));
    assert_eq!(ids.len(), 3);
    assert!(ids[0] != ids[1] && ids[1] != ids[2]);
    assert!(body[2].default);
}

#[test]
fn spans_of_blocks_and_statements() {
    let src = "package p\nfunc f() {\n\tx, y := 1, 2\n}\n";
    let f = file(src);
    let Decl::Func(FuncDecl { body: Some(b), .. }) = &f.decls[0] else {
        panic!()
    };
    assert_eq!(&src[b.rbrace.lo as usize..b.rbrace.hi as usize], "}");
    assert_eq!(
        &src[b.stmts[0].span.lo as usize..b.stmts[0].span.hi as usize],
        "x, y := 1, 2"
    );
}

#[test]
fn composite_literal_in_statement_headers() {
    body("if x == (T{}) {}\nfor _, v := range []int{1, 2} {}\nswitch (struct{}{}) {}\nif f := func() bool { return true }; f() {}");
}

#[test]
fn receive_channel_types_and_conversions() {
    let e = parse_expr("(<-chan int)(c)", 0, 0).unwrap();
    assert_eq!(printer::expr_string(&e), "(<-chan int)(c)");
    let ExprKind::Call { func, .. } = &e.kind else {
        panic!()
    };
    let ExprKind::Paren(t) = &func.kind else {
        panic!()
    };
    assert!(matches!(
        t.kind,
        ExprKind::ChanType {
            dir: ChanDir::Recv,
            ..
        }
    ));
    assert_eq!(
        printer::expr_string(&parse_expr("chan (<-chan int)", 0, 0).unwrap()),
        "chan (<-chan int)"
    );
    assert_eq!(
        printer::expr_string(&parse_expr("[]byte(s)[1:]", 0, 0).unwrap()),
        "[]byte(s)[1:]"
    );
    assert_eq!(
        printer::expr_string(&parse_expr("make(chan func(), 1)", 0, 0).unwrap()),
        "make(chan func(), 1)"
    );
}

#[test]
fn go_precedence() {
    let show = |s: &str| {
        fn paren(e: &Expr) -> String {
            match &e.kind {
                ExprKind::Binary { op, x, y } => format!("({} {op} {})", paren(x), paren(y)),
                _ => printer::expr_string(e),
            }
        }
        paren(&parse_expr(s, 0, 0).unwrap())
    };
    assert_eq!(
        show("a || b && c == d + e * f"),
        "(a || (b && (c == (d + (e * f)))))"
    );
    assert_eq!(show("a << 1 | b &^ c"), "((a << 1) | (b &^ c))");
    assert_eq!(show("-a * <-c - *p"), "((-a * <-c) - *p)");
}

#[test]
fn printed_expressions_parse_back_to_the_same_tree() {
    struct Forget;
    impl visit::VisitMut for Forget {
        fn node_id(&mut self, id: &mut NodeId) {
            *id = NodeId(0);
        }
        fn span(&mut self, span: &mut Span) {
            *span = Span::default();
        }
    }
    let normalize = |mut e: Expr| {
        visit::expr(&mut Forget, &mut e);
        e
    };
    for src in [
        "a.b[c:d:e].(T)(f, g...)",
        "map[string][]*pkg.T{\"k\": {1, 2}, \"l\": nil}",
        "[...]struct{ x, y int }{{1, 2}, {x: 3}}",
        "func(a, b int, c ...string) (r int, err error)",
        "x.(interface{ M() })",
        "^a + +b - !c",
        "&T{a: [2]int{}}",
        "f()()[0]",
    ] {
        let e = parse_expr(src, 0, 0).unwrap();
        let printed = printer::expr_source(&e);
        let again = parse_expr(&printed, 0, 0).unwrap_or_else(|err| panic!("{printed}: {err:?}"));
        assert_eq!(normalize(again), normalize(e), "{src} printed as {printed}");
    }
}

#[test]
fn go_statement_errors() {
    let err = |src: &str| parse_file(src, 0, 0).unwrap_err()[0].msg.clone();
    assert_eq!(
        err("package p\nfunc f() { switch x = 1 {} }"),
        "syntax error: cannot use assignment x = 1 as value"
    );
    assert_eq!(
        err("package p\nfunc f() { if x := a + b {} }"),
        "syntax error: cannot use x := a + b as value"
    );
    assert_eq!(
        err("package p\nfunc f() { for a = b + c {} }"),
        "syntax error: cannot use assignment a = (b + c) as value"
    );
}

#[test]
fn generic_syntax_is_recorded_for_the_checker() {
    let f = file(
        "package p\ntype Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) {}\nfunc Map[T, U any](xs []T, f func(T) U) []U { return nil }\nvar s Stack[int]\ntype Num interface{ ~int | ~float64 | string }\nfunc g(Pair[K, V], List[T]) {}\nfunc h(a [2]int) {}\n",
    );
    let Decl::Type(specs) = &f.decls[0] else {
        panic!()
    };
    assert!(specs[0].type_params.is_some());
    let Decl::Func(push) = &f.decls[1] else {
        panic!()
    };
    let recv = &push.recv.as_ref().unwrap().ty;
    assert_eq!(printer::expr_string(recv), "*Stack[T]");
    let Decl::Func(map) = &f.decls[2] else {
        panic!()
    };
    assert!(map.type_params.is_some());
    let Decl::Var(vars) = &f.decls[3] else {
        panic!()
    };
    assert!(matches!(
        vars[0].ty.as_ref().unwrap().kind,
        ExprKind::Generic { .. }
    ));
    let Decl::Type(num) = &f.decls[4] else {
        panic!()
    };
    assert_eq!(
        printer::expr_string(&num[0].ty),
        "interface{^int | ^float64 | string}"
    );
}

#[test]
fn lexical_errors_do_not_stop_checking() {
    let (file, errors) = parse_file_checkable(
        "package p\nfunc f() {\n\tx := 0b\n\ty := a[1:2:]\n}\n",
        0,
        0,
    );
    let msgs: Vec<&str> = errors.iter().map(|e| e.msg.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "binary literal has no digits",
            "final index required in 3-index slice"
        ]
    );
    let file = file.expect("Go type-checks the file despite these errors");
    let Decl::Func(FuncDecl { body: Some(b), .. }) = &file.decls[0] else {
        panic!()
    };
    let StmtKind::Assign { rhs, .. } = &b.stmts[0].kind else {
        panic!()
    };
    assert!(
        matches!(rhs[0].kind, ExprKind::Bad),
        "the malformed literal is Bad"
    );

    let (file, errors) =
        parse_file_checkable("package p\nvar s = \"abc\nfunc f() { x := }\n", 0, 0);
    assert!(file.is_none(), "a syntax error stops Go");
    let msgs: Vec<&str> = errors.iter().map(|e| e.msg.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "newline in string",
            "syntax error: unexpected }, expected expression"
        ]
    );
    assert!(
        parse_file("package p\nvar x = 0b\n", 0, 0).is_err(),
        "parse_file wants a clean file"
    );
}

#[test]
fn receiver_errors_are_left_to_the_checker_wording() {
    // Positions and words from go build: both at the method name.
    let src =
        "package main\n\ntype T int\n\nfunc (a, b T) m() {}\nfunc () n() {}\n\nfunc main() {}\n";
    let (file, errors) = parse_file_checkable(src, 0, 0);
    assert!(file.is_some());
    let got = located(src, &errors);
    assert_eq!(
        got,
        [
            "5:15: method has multiple receivers",
            "6:9: method has no receiver"
        ]
    );
}

#[test]
fn parenthesized_go_and_defer() {
    // Go's parser words these, and type checking goes on (positions from go build).
    let src = "package main\n\nfunc f() {}\n\nfunc main() {\n\tdefer (f())\n\tgo (f())\n}\n";
    let (file, errors) = parse_file_checkable(src, 0, 0);
    let got = located(src, &errors);
    assert_eq!(
        got,
        [
            "6:8: expression in defer must not be parenthesized",
            "7:5: expression in go must not be parenthesized"
        ]
    );
    let Some(Decl::Func(main)) = file.unwrap().decls.pop() else {
        panic!()
    };
    let StmtKind::Defer(call) = &main.body.unwrap().stmts[0].kind else {
        panic!()
    };
    assert!(
        matches!(call.kind, ExprKind::Call { .. }),
        "parentheses are dropped"
    );
}
