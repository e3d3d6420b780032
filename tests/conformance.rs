//! Go 1.19's own `// run` tests, read where Debian's `golang-1.19-src` installs them
//! (`/usr/share/go-1.19/test`; never copied into this repository): every program listed in
//! `tests/conformance/passing.txt` and `tests/conformance/typeparam_passing.txt` (Go's
//! generics programs, `typeparam/*.go`; names relative to that directory) must still pass, run in
//! its own directory and judged as Go's test driver does — exit status 0 and stdout+stderr
//! (interleaved) equal to its `.out` file, or empty when it has none. The list is written by
//! scripts/conformance.sh and only grows.

mod common;

use common::{line_diff, minigo, parallel_map, repo_root, worker_threads};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// Where Debian's `golang-1.19-src` puts Go 1.19's test suite.
const SUITE: &str = "/usr/share/go-1.19/test";

fn check(rel: &str) -> Result<(), String> {
    let program = Path::new(SUITE).join(rel);
    if !program.is_file() {
        return Err(format!("{} does not exist", program.display()));
    }
    let expected = fs::read_to_string(program.with_extension("out")).unwrap_or_default();
    let dir = program.parent().ok_or("no directory")?;
    let name = program.file_name().ok_or("no file name")?;
    let mut cmd = Command::new(minigo());
    cmd.arg("run").arg(name).current_dir(dir);
    let run =
        common::run_combined(cmd, b"", TIMEOUT).map_err(|e| format!("cannot run minigo: {e}"))?;
    if run.timed_out {
        return Err(format!("timed out after {TIMEOUT:?}"));
    }
    let mut report = String::new();
    if run.code != Some(0) {
        report += &format!(
            "exit status {:?} (signal {:?}), want 0\n",
            run.code, run.signal
        );
    }
    if run.stdout != expected {
        report += &format!("output:\n{}", line_diff(&expected, &run.stdout));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// Runs every program of list `list` (under `tests/conformance/`) and fails on any failure.
fn run_list(list: &str) {
    assert!(
        Path::new(SUITE).is_dir(),
        "Go 1.19's test suite is not installed at {SUITE}: apt-get install -y golang-1.19-src \
         (or run bash .ci/run, which installs it)"
    );
    let text = fs::read_to_string(repo_root().join("tests/conformance").join(list)).unwrap_or_default();
    let programs: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let results = parallel_map(&programs, worker_threads(), |rel| check(rel));
    let mut report = String::new();
    let mut failed = 0;
    for (rel, result) in programs.iter().zip(&results) {
        if let Err(r) = result {
            failed += 1;
            report += &format!("=== {SUITE}/{rel}\n{r}\n");
        }
    }
    let summary = format!("{} passed, {failed} failed", programs.len() - failed);
    // Straight to the process's stderr: libtest captures print!-family output.
    let _ = writeln!(std::io::stderr(), "{report}conformance ({list}): {summary}");
    assert_eq!(failed, 0, "Go 1.19 programs listed in tests/conformance/{list} fail: {summary}");
}

#[test]
fn go119_passing_programs() {
    run_list("passing.txt");
}

#[test]
fn go119_typeparam_passing_programs() {
    run_list("typeparam_passing.txt");
}
