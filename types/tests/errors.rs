//! Go's compile errors: every `testdata/errors/NAME.go` is checked as `./prog.go` and the
//! diagnostics must equal `NAME.err`, which real Go printed (`testdata/gen.sh`).
mod common;

use std::path::Path;

/// The go command prints the GOROOT directory it searched for an unknown import; that part
/// cannot match and is dropped from both sides.
fn normalize(s: &str) -> String {
    s.lines()
        .map(|l| match l.find(" is not in std (") {
            Some(i) => &l[..i + " is not in std".len()],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn go_error_messages() {
    let std = common::TestStd::load();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/errors");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "go").then(|| p.file_stem().unwrap().to_string_lossy().to_string())
        })
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let src = std::fs::read_to_string(dir.join(format!("{name}.go"))).unwrap();
        let want = std::fs::read_to_string(dir.join(format!("{name}.err"))).unwrap();
        let got = match minigo_types::check("./prog.go", &src, &std) {
            Ok(_) => String::new(),
            Err(ds) => ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"),
        };
        if normalize(&got) != normalize(want.trim_end()) {
            failures.push(format!("=== {name}\n--- want\n{}\n--- got\n{got}", want.trim_end()));
        }
    }
    assert!(names.len() >= 40, "expected the error table, found {} cases", names.len());
    assert!(failures.is_empty(), "{} of {} cases differ from Go:\n{}", failures.len(), names.len(), failures.join("\n"));
}
