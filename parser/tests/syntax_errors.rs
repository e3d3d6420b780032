//! Golden syntax errors: each `syntax_errors/NAME.go` has in `NAME.err` the diagnostics
//! `go build` printed for it (`line:col: message`, file name stripped). The parser's errors
//! must match them exactly.

use std::path::Path;

fn errors(src: &str) -> String {
    match minigo_parser::parse_file(src, 0, 0) {
        Ok(_) => "no error".to_string(),
        Err(errors) => {
            let index = minigo_parser::ast::LineIndex::new(src);
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let (line, col) = index.line_col(e.offset);
                    format!("{line}:{col}: {}", e.msg)
                })
                .collect();
            lines.join("\n")
        }
    }
}

/// Cases where only Go's first error is reproduced: Go's recovery inside a function body
/// (skipping tokens from the error on) is not followed, see `errors::resume`.
const FIRST_ERROR_ONLY: [&str; 1] = ["func_no_body_call.go"];

/// The `.go` files of a directory, sorted.
fn go_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "go"));
    files.sort();
    files
}

#[test]
fn errors_match_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let cases = go_files(Path::new(&dir));
    let mut failures = Vec::new();
    for path in &cases {
        let src = std::fs::read_to_string(path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("err")).unwrap();
        let mut got = errors(&src);
        let mut want = want.trim_end().to_string();
        if FIRST_ERROR_ONLY.iter().any(|name| path.ends_with(name)) {
            got = got.lines().next().unwrap_or_default().to_string();
            want = want.lines().next().unwrap_or_default().to_string();
        }
        if got != want {
            failures.push(format!(
                "{}:\n   go: {}\n  got: {got}",
                path.file_name().unwrap().to_string_lossy(),
                want.trim_end()
            ));
        }
    }
    assert!(
        cases.len() >= 40,
        "corpus went missing: {} cases",
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Compares the errors with Go's for every `NAME.go`/`NAME.err` pair of the directory
/// in `MINIGO_SURVEY_DIR` (e.g. Go's errorcheck tests run through `go build`) and prints
/// the differences.
#[test]
#[ignore = "survey: MINIGO_SURVEY_DIR=dir cargo test -p minigo-parser --test syntax_errors -- --ignored --nocapture"]
fn survey_errors() {
    let Ok(dir) = std::env::var("MINIGO_SURVEY_DIR") else {
        return;
    };
    let cases = go_files(Path::new(&dir));
    let (mut same, mut differ) = (0, 0);
    for path in &cases {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let want = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
        let want: Vec<&str> = want
            .lines()
            .map(|l| {
                l.strip_prefix("./")
                    .map_or(l, |l| l.split_once(".go:").map_or(l, |(_, rest)| rest))
            })
            .collect();
        let want = if want.is_empty() {
            "no error".to_string()
        } else {
            want.join("\n")
        };
        let got = errors(&src);
        if got == want {
            same += 1;
        } else {
            differ += 1;
            println!("{}\n   go: {want}\n  got: {got}", path.display());
        }
    }
    println!("same {same}, differ {differ}");
}
