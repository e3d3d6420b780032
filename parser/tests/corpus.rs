//! Real Go programs must parse: Go 1.19's own `// run` tests (the list in
//! `go119_run_parses.txt`; the suite comes with `apt-get install golang-1.19-src`), and every Go
//! program of this repository (golden tests, standard-library sources).

use std::path::{Path, PathBuf};

const GO119_TEST: &str = "/usr/share/go-1.19/test";

fn first_error(path: &Path) -> Option<String> {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let errors = minigo_parser::parse_file(&src, 0, 0).err()?;
    let (line, col) = minigo_parser::ast::LineIndex::new(&src).line_col(errors[0].offset);
    Some(format!(
        "{}:{line}:{col}: {}",
        path.display(),
        errors[0].msg
    ))
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            go_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "go") {
            out.push(path);
        }
    }
}

/// Resets ids and positions, to compare trees as to their shape and contents.
struct Forget;

impl minigo_parser::visit::VisitMut for Forget {
    fn node_id(&mut self, id: &mut minigo_parser::ast::NodeId) {
        *id = minigo_parser::ast::NodeId(0);
    }
    fn span(&mut self, span: &mut minigo_parser::ast::Span) {
        *span = minigo_parser::ast::Span::default();
    }
}

#[test]
fn go119_run_programs_parse() {
    let root = Path::new(GO119_TEST);
    assert!(
        root.is_dir(),
        "{GO119_TEST} is missing: apt-get install -y golang-1.19-src"
    );
    let list = include_str!("go119_run_parses.txt");
    let failures: Vec<String> = list
        .lines()
        .filter_map(|name| first_error(&root.join(name)))
        .collect();
    assert!(list.lines().count() >= 160);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn repository_programs_parse() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    go_files(&repo.join("testdata"), &mut files);
    go_files(&repo.join("stdlib/go"), &mut files);
    go_files(&repo.join("examples"), &mut files);
    // Programs whose expected output is a syntax error may not parse, nor may the malformed
    // literals of `compile_errors/lex_*`. (The generic programs of `unsupported/` do: the
    // checker rejects them.)
    files.retain(|p| {
        let malformed_literals = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("lex_"));
        let syntax_error = std::fs::read_to_string(p.with_extension("err"))
            .unwrap_or_default()
            .contains("syntax error");
        !malformed_literals && !syntax_error
    });
    let failures: Vec<String> = files.iter().filter_map(|p| first_error(p)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Prints which files of Go's whole test tree do not parse (generic code, mostly).
#[test]
#[ignore = "survey, prints its findings: cargo test -p minigo-parser --test corpus -- --ignored --nocapture"]
fn survey_go119_test_tree() {
    let mut files = Vec::new();
    go_files(Path::new(GO119_TEST), &mut files);
    files.sort();
    let mut parsed = 0;
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        if src.contains("// errorcheck") || src.contains("// skip") {
            continue;
        }
        match first_error(path) {
            Some(e) => println!("{e}"),
            None => parsed += 1,
        }
    }
    println!("parsed {parsed} files");
}

/// Every expression of Go's `// run` programs, printed back to source, parses to the same
/// tree (ids and positions aside). Composite literals of elided type (`{1, 2}` inside an
/// outer literal) are no expressions of their own and are skipped.
#[test]
fn corpus_expressions_round_trip() {
    use minigo_parser::ast::Expr;
    use minigo_parser::{printer, visit};
    struct Collect(Vec<Expr>);
    impl visit::VisitMut for Collect {
        fn expr(&mut self, e: &mut Expr) {
            self.0.push(e.clone());
        }
    }
    let root = Path::new(GO119_TEST);
    assert!(
        root.is_dir(),
        "{GO119_TEST} is missing: apt-get install -y golang-1.19-src"
    );
    let mut checked = 0;
    for name in include_str!("go119_run_parses.txt").lines() {
        let src = std::fs::read_to_string(root.join(name)).unwrap();
        let mut file = minigo_parser::parse_file(&src, 0, 0).unwrap();
        let mut all = Collect(Vec::new());
        visit::file(&mut all, &mut file);
        for mut e in all.0 {
            let printed = printer::expr_source(&e);
            let elided_type = matches!(
                e.kind,
                minigo_parser::ast::ExprKind::CompositeLit { ty: None, .. }
            );
            if elided_type {
                continue;
            }
            let mut again = minigo_parser::parse_expr(&printed, 0, 0)
                .unwrap_or_else(|err| panic!("{name}: {printed}: {err:?}"));
            visit::expr(&mut Forget, &mut e);
            visit::expr(&mut Forget, &mut again);
            assert_eq!(again, e, "{name}: {printed}");
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} expressions");
}

/// Every `// run` program of Go's suite, printed back to source, parses to the same tree
/// (ids and positions aside).
#[test]
fn corpus_files_round_trip() {
    use minigo_parser::{printer, visit};
    let root = Path::new(GO119_TEST);
    assert!(
        root.is_dir(),
        "{GO119_TEST} is missing: apt-get install -y golang-1.19-src"
    );
    for name in include_str!("go119_run_parses.txt").lines() {
        let src = std::fs::read_to_string(root.join(name)).unwrap();
        let mut file = minigo_parser::parse_file(&src, 0, 0).unwrap();
        let printed = printer::file_source(&file);
        let mut again = minigo_parser::parse_file(&printed, 0, 0)
            .unwrap_or_else(|err| panic!("{name}: {err:?}\n{printed}"));
        visit::file(&mut Forget, &mut file);
        visit::file(&mut Forget, &mut again);
        file.node_count = 0;
        again.node_count = 0;
        assert!(again == file, "{name} printed as\n{printed}");
    }
}
