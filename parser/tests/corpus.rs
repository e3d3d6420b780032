//! Parses the `// run` programs of Go's own test suite (those that don't use generics).

use std::path::Path;

fn run_programs() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for dir in ["/usr/share/go-1.19/test", "/usr/share/go-1.19/test/ken"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") {
                if let Ok(src) = std::fs::read_to_string(&p) {
                    if src.starts_with("// run\n") {
                        files.push(p);
                    }
                }
            }
        }
    }
    files.sort();
    files
}

#[test]
#[ignore = "survey: prints which corpus programs fail to parse"]
fn survey() {
    let (mut ok, mut bad) = (0, 0);
    for p in run_programs() {
        let src = std::fs::read_to_string(&p).unwrap();
        match minigo_parser::parse_file(&src, 0, 0) {
            Ok(_) => ok += 1,
            Err(errs) => {
                bad += 1;
                let idx = minigo_parser::ast::LineIndex::new(&src);
                let (l, c) = idx.line_col(errs[0].offset);
                println!("{}:{l}:{c}: {}", Path::new(&p).display(), errs[0].msg);
            }
        }
    }
    println!("parsed {ok}, failed {bad}");
}

#[test]
#[ignore = "survey: every non-errorcheck Go test file"]
fn survey_all() {
    let (mut ok, mut bad) = (0, 0);
    let mut dirs = vec![std::path::PathBuf::from("/usr/share/go-1.19/test")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
                continue;
            }
            if !p.extension().is_some_and(|x| x == "go") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&p) else { continue };
            if src.contains("errorcheck") || src.contains("// skip") {
                continue;
            }
            match minigo_parser::parse_file(&src, 0, 0) {
                Ok(_) => ok += 1,
                Err(errs) => {
                    bad += 1;
                    let idx = minigo_parser::ast::LineIndex::new(&src);
                    let (l, c) = idx.line_col(errs[0].offset);
                    println!("{}:{l}:{c}: {}", p.display(), errs[0].msg);
                }
            }
        }
    }
    println!("parsed {ok}, failed {bad}");
}
