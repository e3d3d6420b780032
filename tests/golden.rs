//! The golden tests: `minigo run` on every program of `testdata/` and `examples/`, compared with what real Go printed
//! (`<name>.out`, `<name>.err`, `<name>.code`, written by `scripts/golden.sh`).
//!
//! Exit status and stdout must match exactly. Stderr: exactly, except for panics and fatal
//! errors, whose goroutine traces hold addresses and paths: there the lines before the first
//! `goroutine ` line and that header line (its number only when it is 1) must match, and the
//! `main.*` functions of Go's trace (and those of a `trace-frames` directive) must appear in
//! minigo's trace in the same order. Per-program directives (`// golden: ...`,
//! see testdata/README.md) adjust the comparison. `testdata/unsupported/` programs must be
//! rejected as compile errors.
//!
//! `testdata/KNOWN_FAILURES` lists programs allowed to fail; one of them passing fails the test
//! so that the list only shrinks. Environment: `MINIGO_GOLDEN_FILTER=substr` runs the programs
//! whose path contains `substr`; `MINIGO_UPDATE_KNOWN=1` rewrites KNOWN_FAILURES with the
//! failing set; `MINIGO_SLOW_TESTS=1` includes `// golden: slow` programs.

mod common;

use common::{line_diff, minigo, parallel_map, relative, repo_root, worker_threads};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// How long a program without a `timeout=` directive may run before it counts as hung.
/// It only catches hangs: no program is judged by how fast it runs.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The hang guard under GC stress, where a program that builds megabytes of garbage runs
/// hundreds of extra stop-the-world cycles (testdata/gc/ring_cycles.go: 3 s alone, 7 s
/// stressed on an idle machine, over 10 s on a loaded 2-core CI machine).
const STRESS_TIMEOUT: Duration = Duration::from_secs(120);

/// The `// golden: ...` lines at the top of a program.
#[derive(Debug, Default)]
struct Directives {
    sort_lines: bool,
    /// The expected result is "still running after this long" (the runner kills it).
    expect_timeout: Option<Duration>,
    normalize_numbers: bool,
    /// Like `normalize_numbers`, but `0.071` is one number (`N`), as `12` and `0` are.
    normalize_decimals: bool,
    stderr_first_line: bool,
    slow: bool,
    /// The output counts collection cycles (`NumGC`, gctrace lines): not run under GC stress.
    counts_gc: bool,
    /// Run once per value with GOMAXPROCS set; empty: once, unset.
    gomaxprocs: Vec<String>,
    args: Vec<String>,
    env: Vec<(String, String)>,
    timeout: Option<Duration>,
    /// A file beside the program fed to its standard input (without it, stdin is empty).
    stdin: Option<String>,
    /// Functions outside `main` whose frames in Go's trace minigo's must show too
    /// (`math/rand/v2.(*Rand).IntN`), in order with the `main.*` ones.
    trace_frames: Vec<String>,
}

fn parse_duration(s: &str) -> Option<Duration> {
    let secs = s
        .strip_suffix("ms")
        .map(|ms| ms.parse::<f64>().ok().map(|v| v / 1000.0));
    let secs = secs.unwrap_or_else(|| s.strip_suffix('s').unwrap_or(s).parse::<f64>().ok())?;
    (secs.is_finite() && secs > 0.0).then(|| Duration::from_secs_f64(secs))
}

impl Directives {
    fn parse(source: &str) -> Result<Directives, String> {
        let mut d = Directives::default();
        for line in source.lines().take_while(|l| !l.starts_with("package ")) {
            let Some(directive) = line.strip_prefix("// golden: ") else {
                continue;
            };
            let (name, value) = directive.split_once('=').unwrap_or((directive, ""));
            let bad = || format!("bad directive {directive:?}");
            match name.trim() {
                "sort-lines" => d.sort_lines = true,
                "normalize-numbers" => d.normalize_numbers = true,
                "normalize-decimals" => d.normalize_decimals = true,
                "stderr" if value == "first-line" => d.stderr_first_line = true,
                "slow" => d.slow = true,
                "counts-gc" => d.counts_gc = true,
                // How the expected files were made: only scripts/golden.sh acts on these.
                "compile-error" | "minigo-only" => {}
                "expect-timeout" => d.expect_timeout = Some(parse_duration(value).ok_or_else(bad)?),
                "gomaxprocs" => {
                    d.gomaxprocs = value.split(',').map(|v| v.trim().to_string()).collect()
                }
                "args" => d.args = value.split_whitespace().map(String::from).collect(),
                "env" => {
                    let (k, v) = value.split_once('=').ok_or_else(bad)?;
                    d.env.push((k.to_string(), v.to_string()));
                }
                "timeout" => d.timeout = Some(parse_duration(value).ok_or_else(bad)?),
                "stdin" if !value.is_empty() && !value.contains('/') => d.stdin = Some(value.to_string()),
                "trace-frames" => d.trace_frames = value.split_whitespace().map(String::from).collect(),
                _ => return Err(bad()),
            }
        }
        Ok(d)
    }

    /// `s` with the numbers masked as the normalize directives ask (unchanged without them).
    fn normalize(&self, s: &str) -> String {
        if self.normalize_numbers || self.normalize_decimals {
            normalize_numbers(s, self.normalize_decimals)
        } else {
            s.to_string()
        }
    }
}

/// What Go did, from the checked-in files.
struct Expected {
    stdout: String,
    stderr: String,
    code: i32,
}

fn read_expected(program: &Path) -> Result<Expected, String> {
    let read = |ext: &str| {
        let p = program.with_extension(ext);
        fs::read_to_string(&p)
            .map_err(|e| format!("cannot read {}: {e} (run scripts/golden.sh)", relative(&p)))
    };
    let code = read("code")?;
    let code = code
        .trim()
        .parse()
        .map_err(|_| format!("bad exit status {code:?} in .code file"))?;
    Ok(Expected {
        stdout: read("out")?,
        stderr: read("err")?,
        code,
    })
}

/// Every run of ASCII digits becomes `N`; with `decimals`, so does a run of digits, a `.` and
/// a further run of digits (`0.071`), so that a number printed sometimes with a fraction and
/// sometimes without (`0`, `12`) masks the same.
fn normalize_numbers(s: &str, decimals: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        out.push('N');
        while chars.next_if(char::is_ascii_digit).is_some() {}
        if decimals && chars.peek() == Some(&'.') {
            let mut rest = chars.clone();
            rest.next();
            if rest.peek().is_some_and(char::is_ascii_digit) {
                chars = rest;
                while chars.next_if(char::is_ascii_digit).is_some() {}
            }
        }
    }
    out
}

fn sorted_lines(s: &str) -> String {
    let mut lines: Vec<&str> = s.lines().collect();
    lines.sort_unstable();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// The parts of a goroutine trace that minigo must reproduce.
struct Trace<'a> {
    /// Lines before the first `goroutine ` line (the panic message and a blank line), with the
    /// addresses of a `[signal SIGSEGV: ... addr=0x0 pc=0x...]` line masked.
    head: Vec<String>,
    /// The first `goroutine N [state]:` line.
    header: Option<&'a str>,
    /// The `main.*` functions of the frames and those named in `extra`, innermost first,
    /// arguments stripped.
    functions: Vec<&'a str>,
}

fn parse_trace<'a>(stderr: &'a str, extra: &[String]) -> Trace<'a> {
    let mut lines = stderr.lines();
    let head = lines
        .by_ref()
        .take_while(|l| !l.starts_with("goroutine "))
        .map(|l| match l.find(" pc=0x") {
            Some(i) if l.starts_with("[signal ") => format!("{} pc=0x?]", &l[..i]),
            _ => l.to_string(),
        })
        .collect();
    let header = stderr.lines().find(|l| l.starts_with("goroutine "));
    let functions = lines
        .filter(|l| {
            !l.starts_with('\t') && !l.starts_with("created by ") && !l.starts_with("goroutine ")
        })
        .filter_map(|l| l.rfind('(').map(|i| &l[..i]))
        .filter(|f| f.starts_with("main.") || extra.iter().any(|x| x == f))
        .collect();
    Trace {
        head,
        header,
        functions,
    }
}

fn is_trace(expected: &Expected) -> bool {
    expected.code == 2 && expected.stderr.lines().any(|l| l.starts_with("goroutine "))
}

/// Compares stderr; `None` when it matches.
fn compare_stderr(expected: &Expected, actual: &str, d: &Directives) -> Option<String> {
    if d.stderr_first_line {
        let (e, a) = (expected.stderr.lines().next(), actual.lines().next());
        return (e != a).then(|| {
            format!(
                "stderr first line:\n- {}\n+ {}\n",
                e.unwrap_or(""),
                a.unwrap_or("")
            )
        });
    }
    if !is_trace(expected) {
        let (e, a) = (d.normalize(&expected.stderr), d.normalize(actual));
        return (e != a).then(|| format!("stderr:\n{}", line_diff(&e, &a)));
    }
    let (want, got) = (parse_trace(&expected.stderr, &d.trace_frames), parse_trace(actual, &d.trace_frames));
    let mut report = String::new();
    // Go numbers goroutines in creation order, which varies from run to run for any but the
    // main goroutine: only `goroutine 1` is compared with its number.
    let header = |h: Option<&str>| match h {
        Some(h) if !h.starts_with("goroutine 1 [") => h
            .trim_start_matches("goroutine ")
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .to_string(),
        h => h.unwrap_or("").to_string(),
    };
    if want.head != got.head || header(want.header) != header(got.header) {
        let w = want
            .head
            .iter()
            .map(String::as_str)
            .chain(want.header)
            .map(|l| format!("{l}\n"))
            .collect::<String>();
        let g = got
            .head
            .iter()
            .map(String::as_str)
            .chain(got.header)
            .map(|l| format!("{l}\n"))
            .collect::<String>();
        report += &format!(
            "stderr (up to the goroutine header):\n{}",
            line_diff(&w, &g)
        );
    }
    let mut rest = got.functions.iter();
    if let Some(missing) = want.functions.iter().find(|f| !rest.any(|g| g == *f)) {
        report += &format!(
            "goroutine trace: Go's frames {:?} must appear in this order; {missing} is missing from minigo's {:?}\n",
            want.functions, got.functions
        );
    }
    (!report.is_empty()).then_some(report)
}

/// What minigo must do with a program.
enum Expectation {
    /// What Go did, from the checked-in files.
    Golden(Expected),
    /// `testdata/unsupported/`: reject it as a compile error (`./name.go:L:C: msg`, exit 1).
    Rejected,
    /// `expect-timeout=`: still be running when the time is up.
    StillRunning,
}

/// Compares a finished run with Go's results; the report is empty when they match.
fn compare_golden(want: &Expected, run: &common::Outcome, d: &Directives) -> String {
    let mut report = String::new();
    if run.code != Some(want.code) {
        report += &format!("exit status: want {}, got {:?}\n", want.code, run.code);
    }
    let (mut e, mut a) = (d.normalize(&want.stdout), d.normalize(&run.stdout));
    if d.sort_lines {
        (e, a) = (sorted_lines(&e), sorted_lines(&a));
    }
    if e != a {
        report += &format!("stdout:\n{}", line_diff(&e, &a));
    }
    if let Some(r) = compare_stderr(want, &run.stderr, d) {
        report += &r;
    }
    report
}

/// Judges one run; the report is empty when it is right.
fn judge(expectation: &Expectation, run: &common::Outcome, d: &Directives, name: &str) -> String {
    let mut report = String::new();
    match expectation {
        Expectation::StillRunning if run.timed_out => {}
        Expectation::StillRunning => {
            report += &format!(
                "expected to still be running, but it exited with {:?}; stderr:\n{}",
                run.code, run.stderr
            );
        }
        _ if run.timed_out => report += &format!("timed out after {:.1?}\n", run.elapsed),
        _ if run.signal.is_some() => report += &format!("killed by signal {:?}\n", run.signal),
        Expectation::Rejected => {
            let position = format!("./{name}:");
            if run.code != Some(1) || !run.stderr.starts_with(&position) {
                report += &format!(
                    "unsupported program: want exit status 1 and a `{position}L:C: msg` error, got {:?} with stderr:\n{}",
                    run.code, run.stderr
                );
            }
        }
        Expectation::Golden(want) => report += &compare_golden(want, run, d),
    }
    if !report.is_empty() && run.stderr.contains("panicked at") {
        report += &format!("minigo itself panicked:\n{}\n", run.stderr.trim_end());
    }
    report
}

/// Runs one program (once per GOMAXPROCS value) and compares; `Err` holds the report.
fn check_program(program: &Path, slow_ok: bool, hang_guard: Duration, extra_env: &[(&str, &str)]) -> Result<(), String> {
    let source = fs::read_to_string(program).map_err(|e| e.to_string())?;
    let d = Directives::parse(&source)?;
    if d.slow && !slow_ok {
        return Ok(());
    }
    let dir = program.parent().expect("program in a directory");
    let name = program
        .file_name()
        .expect("program file name")
        .to_string_lossy();
    let expectation = if relative(program).starts_with("testdata/unsupported/") {
        Expectation::Rejected
    } else if d.expect_timeout.is_some() {
        Expectation::StillRunning
    } else {
        Expectation::Golden(read_expected(program)?)
    };
    let timeout = d.expect_timeout.or(d.timeout).unwrap_or(hang_guard);
    let stdin = match &d.stdin {
        Some(file) => fs::read(dir.join(file)).map_err(|e| format!("cannot read stdin file {file}: {e}"))?,
        None => Vec::new(),
    };
    let procs: Vec<Option<&str>> = if d.gomaxprocs.is_empty() {
        vec![None]
    } else {
        d.gomaxprocs.iter().map(|p| Some(p.as_str())).collect()
    };
    for p in procs {
        let mut cmd = Command::new(minigo());
        cmd.arg("run")
            .arg(name.as_ref())
            .args(&d.args)
            .current_dir(dir)
            .env_remove("GOMAXPROCS")
            .envs(d.env.iter().map(|(k, v)| (k, v)))
            .envs(extra_env.iter().copied());
        if let Some(p) = p {
            cmd.env("GOMAXPROCS", p);
        }
        let run = common::run(cmd, &stdin, timeout).map_err(|e| format!("cannot run minigo: {e}"))?;
        let report = judge(&expectation, &run, &d, &name);
        if !report.is_empty() {
            let label = p.map(|p| format!("[GOMAXPROCS={p}] ")).unwrap_or_default();
            return Err(format!("{label}{report}"));
        }
    }
    Ok(())
}

fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

const KNOWN_FAILURES: &str = "testdata/KNOWN_FAILURES";

/// KNOWN_FAILURES: relative path → reason (the `# ...` comment).
fn read_known() -> BTreeMap<String, String> {
    let text = fs::read_to_string(repo_root().join(KNOWN_FAILURES)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let (path, reason) = l.split_once('#').unwrap_or((l, ""));
            (path.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

fn write_known(known: &BTreeMap<String, String>) {
    let mut text = String::from(
        "# Golden programs minigo does not pass yet (tests/golden.rs): one path per line, `# reason`.\n\
         # A listed program that passes fails the test: remove it. MINIGO_UPDATE_KNOWN=1 rewrites this file.\n",
    );
    for (path, reason) in known {
        text += &format!(
            "{path} # {}\n",
            if reason.is_empty() { "fails" } else { reason }
        );
    }
    fs::write(repo_root().join(KNOWN_FAILURES), text).expect("write KNOWN_FAILURES");
}

/// What differs, from the start of a failure report, as the reason recorded in KNOWN_FAILURES:
/// its first line, and for a diff the first changed line.
fn short_reason(report: &str) -> String {
    let mut lines = report.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("fails");
    let reason = match lines.find(|l| l.starts_with("- ") || l.starts_with("+ ")) {
        Some(changed) if first.ends_with(':') => format!("{first} {changed}"),
        _ => first.to_string(),
    };
    reason.chars().take(120).collect()
}

/// The two corpus runs take turns: each already keeps every core busy.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn golden() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let filter = std::env::var("MINIGO_GOLDEN_FILTER").unwrap_or_default();
    let slow_ok = std::env::var("MINIGO_SLOW_TESTS").is_ok_and(|v| v == "1");
    let update = std::env::var("MINIGO_UPDATE_KNOWN").is_ok_and(|v| v == "1");
    let mut programs = Vec::new();
    collect_programs(&repo_root().join("testdata"), &mut programs);
    collect_programs(&repo_root().join("examples"), &mut programs);
    programs.retain(|p| relative(p).contains(&filter));
    assert!(
        !programs.is_empty(),
        "no golden program matches MINIGO_GOLDEN_FILTER={filter:?}"
    );

    let results = parallel_map(&programs, worker_threads(), |p| check_program(p, slow_ok, DEFAULT_TIMEOUT, &[]));
    let mut known = read_known();
    let mut report = String::new();
    let (mut passed, mut failed, mut known_failed) = (0, 0, 0);
    let mut failing = BTreeMap::new();
    for (program, result) in programs.iter().zip(&results) {
        let rel = relative(program);
        match (result, known.contains_key(&rel)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                failed += 1;
                report += &format!("=== {rel}: passes now: remove it from {KNOWN_FAILURES}\n\n");
            }
            (Err(_), true) => known_failed += 1,
            (Err(r), false) => {
                failed += 1;
                report += &format!("=== {rel}\n{r}\n");
            }
        }
        if let Err(r) = result {
            failing.insert(rel, short_reason(r));
        }
    }
    let ran: Vec<String> = programs.iter().map(|p| relative(p)).collect();
    for stale in known
        .keys()
        .filter(|k| k.contains(&filter) && !ran.contains(k))
    {
        failed += 1;
        report += &format!("=== {stale}: listed in {KNOWN_FAILURES} but no such program\n\n");
    }
    if update {
        known.retain(|k, _| !k.contains(&filter));
        known.extend(failing);
        write_known(&known);
    }
    let summary = format!("{passed} passed, {failed} failed, {known_failed} known failures");
    // Straight to the process's stderr: libtest captures print!-family output.
    let _ = writeln!(std::io::stderr(), "{report}golden: {summary}");
    assert!(update || failed == 0, "golden tests: {summary}");
}

/// The collector must never change what a program does: a representative part of the
/// corpus (goroutines and channels, whole programs) runs again with a cycle after every 64 KB allocated (`MINIGO_GCSTRESS`), so that cycles
/// stop the world at every kind of safepoint, park and syscall; the collector's own
/// programs, which build megabytes of cyclic garbage, run with a cycle every megabyte.
/// Known failures, programs with time limits or long run times (`timeout=`) and programs
/// whose output counts cycles (`counts-gc`: stress adds cycles) are left out.
#[test]
fn golden_under_gc_stress() {
    let mut programs = Vec::new();
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    for (dir, bytes) in [("testdata/gc", "1048576"), ("testdata/concurrency", "65536"), ("testdata/programs", "65536")] {
        let mut found = Vec::new();
        collect_programs(&repo_root().join(dir), &mut found);
        programs.extend(found.into_iter().map(|p| (p, bytes)));
    }
    let known = read_known();
    programs.retain(|(p, _)| {
        let timed = fs::read_to_string(p)
            .ok()
            .and_then(|src| Directives::parse(&src).ok())
            .is_none_or(|d| d.expect_timeout.is_some() || d.timeout.is_some() || d.counts_gc);
        !timed && !known.contains_key(&relative(p))
    });
    let results = parallel_map(&programs, worker_threads(), |(p, bytes)| check_program(p, false, STRESS_TIMEOUT, &[("MINIGO_GCSTRESS", bytes)]));
    let mut report = String::new();
    for ((program, bytes), result) in programs.iter().zip(&results) {
        if let Err(r) = result {
            report += &format!("=== {} (MINIGO_GCSTRESS={bytes})\n{r}\n", relative(program));
        }
    }
    let failed = results.iter().filter(|r| r.is_err()).count();
    let _ = writeln!(std::io::stderr(), "{report}golden under GC stress: {} passed, {failed} failed", programs.len() - failed);
    assert_eq!(failed, 0, "golden programs fail under MINIGO_GCSTRESS");
}

/// The runner's own comparison rules, on traces Go really printed.
mod rules {
    use super::*;

    fn expected(program: &str) -> Expected {
        read_expected(&repo_root().join(program)).expect("golden files")
    }

    #[test]
    fn trace_keeps_main_frames_in_order() {
        let want = expected("testdata/panics/call_chain_trace.go");
        let trace = parse_trace(&want.stderr, &[]);
        assert_eq!(
            trace.head,
            [
                "panic: runtime error: index out of range [10] with length 1",
                ""
            ]
        );
        assert_eq!(trace.header, Some("goroutine 1 [running]:"));
        assert_eq!(
            trace.functions,
            [
                "main.(*T).At",
                "main.level3",
                "main.level2",
                "main.level1",
                "main.main"
            ]
        );
    }

    #[test]
    fn trace_comparison_ignores_addresses_but_not_order() {
        let want = expected("testdata/panics/call_chain_trace.go");
        let d = Directives::default();
        let frames = |names: &[&str]| {
            names
                .iter()
                .map(|n| format!("{n}(...)\n\tprog.go:1\n"))
                .collect::<String>()
        };
        let head = "panic: runtime error: index out of range [10] with length 1\n\ngoroutine 1 [running]:\n";
        let good = format!(
            "{head}{}",
            frames(&[
                "main.(*T).At",
                "main.level3",
                "runtime.x",
                "main.level2",
                "main.level1",
                "main.main"
            ])
        );
        assert_eq!(compare_stderr(&want, &good, &d), None);
        let swapped = format!(
            "{head}{}",
            frames(&[
                "main.level3",
                "main.(*T).At",
                "main.level2",
                "main.level1",
                "main.main"
            ])
        );
        assert!(compare_stderr(&want, &swapped, &d).is_some());
        let other_message = good.replace("[10]", "[11]");
        assert!(compare_stderr(&want, &other_message, &d).is_some());
        let stdlib = expected("testdata/panics/stdlib_callback_trace.go");
        let with_library = Directives::parse("// golden: trace-frames=math/rand/v2.(*Rand).IntN slices.SortFunc[...]\npackage main\n").unwrap();
        let head = "panic: invalid argument to IntN\n\ngoroutine 1 [running]:\n";
        let inner = ["main.main.func1.func1.1", "strings.Map", "main.main.func1.func1"];
        let outer = ["main.main.func1", "main.main"];
        let short = format!("{head}{}", frames(&[&inner[..], &outer[..]].concat()));
        assert_eq!(compare_stderr(&stdlib, &short, &d), None);
        assert!(compare_stderr(&stdlib, &short, &with_library).is_some());
        let full = format!("{head}{}", frames(&[&["math/rand/v2.(*Rand).IntN"][..], &inner[..], &["slices.SortFunc[...]"][..], &outer[..]].concat()));
        assert_eq!(compare_stderr(&stdlib, &full, &with_library), None);
        let segv = expected("testdata/panics/nil_value_method.go");
        let minigo_segv = "panic: runtime error: invalid memory address or nil pointer dereference\n\
            [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\nmain.main()\n";
        assert_eq!(compare_stderr(&segv, minigo_segv, &d), None);
    }

    #[test]
    fn directives_and_normalisation() {
        let d = Directives::parse("// golden: sort-lines\n// golden: gomaxprocs=1,2\n// golden: args=a b\n// golden: env=K=v=w\n// golden: timeout=5s\n// golden: stdin=in.txt\npackage main\n// golden: slow\n").unwrap();
        assert!(d.sort_lines && !d.slow);
        assert_eq!(d.gomaxprocs, ["1", "2"]);
        assert_eq!(d.args, ["a", "b"]);
        assert_eq!(d.env, [("K".to_string(), "v=w".to_string())]);
        assert_eq!(d.timeout, Some(Duration::from_secs(5)));
        assert_eq!(d.stdin.as_deref(), Some("in.txt"));
        let t = Directives::parse("// golden: trace-frames=strings.Map slices.Sort[...]\npackage main\n").unwrap();
        assert_eq!(t.trace_frames, ["strings.Map", "slices.Sort[...]"]);
        assert!(Directives::parse("// golden: sortlines\npackage main\n").is_err());
        assert!(Directives::parse("// golden: stdin=../x.in\npackage main\n").is_err());
        assert_eq!(normalize_numbers("x = 123, y = 4.5", false), "x = N, y = N.N");
        assert_eq!(
            normalize_numbers("@0.005s 2%: 0.018+0+12 ms, 4->4 MB. 1.x", true),
            "@Ns N%: N+N+N ms, N->N MB. N.x"
        );
        assert_eq!(sorted_lines("b\na\n"), "a\nb\n");
        assert_eq!(
            short_reason("stdout:\n  same\n- want\n+ got\n"),
            "stdout: - want"
        );
        assert_eq!(
            short_reason("exit status: want 0, got Some(1)\n"),
            "exit status: want 0, got Some(1)"
        );
    }
}
