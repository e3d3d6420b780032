//! Golden syntax errors: each `syntax_errors/NAME.go` has in `NAME.err` the first diagnostic
//! `go build` printed for it (`line:col: message`, file name stripped). The parser's first
//! error must match it exactly.

use std::path::Path;

fn first_error(src: &str) -> String {
    match minigo_parser::parse_file(src, 0, 0) {
        Ok(_) => "no error".to_string(),
        Err(errors) => {
            let index = minigo_parser::ast::LineIndex::new(src);
            let (line, col) = index.line_col(errors[0].offset);
            format!("{line}:{col}: {}", errors[0].msg)
        }
    }
}

#[test]
fn first_error_matches_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut cases: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    cases.retain(|p| p.extension().is_some_and(|x| x == "go"));
    cases.sort();
    let mut failures = Vec::new();
    for path in &cases {
        let src = std::fs::read_to_string(path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("err")).unwrap();
        let got = first_error(&src);
        if got != want.trim_end() {
            failures.push(format!("{}:\n   go: {}\n  got: {got}", path.file_name().unwrap().to_string_lossy(), want.trim_end()));
        }
    }
    assert!(cases.len() >= 40, "corpus went missing: {} cases", cases.len());
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
