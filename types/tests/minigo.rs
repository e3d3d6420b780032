//! minigo's own diagnostics (features it rejects on purpose) and robustness: these have no
//! Go output to compare with, so the expected texts are minigo's documented messages.
mod common;

fn errors(src: &str) -> Vec<String> {
    match minigo_types::check("./prog.go", src, &common::TestStd::load()) {
        Ok(_) => vec![],
        Err(ds) => ds.iter().map(|d| d.to_string()).collect(),
    }
}

#[test]
fn local_generic_types_are_rejected() {
    let errs = errors("package main\n\nfunc main() {\n\ttype Box[T any] struct{ v T }\n}\n");
    assert_eq!(errs, ["./prog.go:4:10: generic types inside functions are not supported by minigo"]);
}

#[test]
fn an_endless_instantiation_stops() {
    // Each instance calls the next one with a longer type argument: the checker stops at
    // its instance limit instead of running out of memory.
    let errs = errors("package main\n\nfunc F[T any](n int) {\n\tif n > 0 {\n\t\tF[[]T](n - 1)\n\t}\n}\n\nfunc main() { F[int](3) }\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].ends_with(": instantiation cycle"), "{errs:?}");
}

#[test]
fn unsupported_packages_are_reported_alone() {
    let errs = errors("package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() { x := 1 }\n");
    assert_eq!(errs, ["./prog.go:5:2: package net/http is not supported by minigo"]);
}

#[test]
fn syntax_errors_come_back_as_diagnostics() {
    let errs = errors("package main\n\nfunc main() {\n\tx := \n}\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("./prog.go:5:1: syntax error:"), "{errs:?}");
}

#[test]
fn too_many_errors_stops_at_ten() {
    let body: String = (0..12).map(|i| format!("\tvar v{i} int = \"s\"\n\t_ = v{i}\n")).collect();
    let errs = errors(&format!("package main\n\nfunc main() {{\n{body}}}\n"));
    assert_eq!(errs.len(), 11);
    assert_eq!(errs[10], errs[9].replace(errs[9].split(": ").nth(1).unwrap(), "too many errors").split(": ").take(2).collect::<Vec<_>>().join(": "));
}

#[test]
fn deeply_nested_types_and_long_chains_do_not_crash() {
    let deep_type = format!("package main\n\ntype T {}int\n\nfunc main() {{ var t T; _ = t }}\n", "[]".repeat(2000));
    assert!(errors(&deep_type).is_empty());
    let chain = format!("package main\n\nfunc main() {{\n\tx := 1\n\tprintln({})\n}}\n", vec!["x"; 400].join(" + "));
    assert!(errors(&chain).is_empty());
}

#[test]
fn shared_component_types_are_checked_in_linear_time() {
    // T0 contains 2^40 paths to T40: comparability must not walk them all. (The message
    // is what Go prints for the same program with 4 levels.)
    let mut src = String::from("package main\n\n");
    for i in 0..40 {
        src.push_str(&format!("type T{i} struct{{ a, b T{} }}\n", i + 1));
    }
    src.push_str("type T40 struct{ x []int }\n\nfunc main() { var a, b T0; println(a == b) }\n");
    let errs = errors(&src);
    assert_eq!(errs, ["./prog.go:45:36: invalid operation: a == b (struct containing T1 cannot be compared)"]);
}
