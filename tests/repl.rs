//! The REPL driven through a pipe: each input is checked and run as part of the session's
//! program, output already shown is not repeated, and a bad input is reported and dropped.

use std::io::Write;
use std::process::{Command, Stdio};

fn repl(input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minigo repl");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "repl exited with {:?}", out.status);
    String::from_utf8(out.stdout).unwrap()
}

/// The output lines after the banner.
fn answers(out: &str) -> Vec<&str> {
    out.lines().skip(1).collect()
}

#[test]
fn expressions_statements_and_declarations() {
    let out = repl("x := 3\nx * 2\nfunc sq(n int) int {\n\treturn n * n\n}\nsq(x) + 1\nfmt.Println(\"hi\")\nimport \"strings\"\nstrings.ToUpper(\"go\")\n");
    assert_eq!(answers(&out), ["6", "10", "hi", "GO"]);
}

#[test]
fn compile_errors_are_reported_and_dropped() {
    let out = repl("y := \"a\" + 1\nz := 2\nz\n");
    let lines = answers(&out);
    assert!(lines[0].starts_with("repl.go:") && lines[0].contains("mismatched types"), "{out}");
    assert_eq!(lines.last(), Some(&"2"), "{out}");
}

#[test]
fn earlier_output_is_not_repeated() {
    let out = repl("for i := range 3 {\n\tfmt.Println(i)\n}\n\"done\"\n");
    assert_eq!(answers(&out), ["0", "1", "2", "done"]);
}
