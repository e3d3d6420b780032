//! Robustness: `minigo run` on broken input must answer like Go does — exit 0, 1 (compile
//! error) or 2 (panic / fatal error) — within a timeout, never with a Rust panic, a signal
//! (stack overflow, abort) or a hang. Inputs: prefixes of real programs cut at byte granularity
//! (every 7th, so also inside UTF-8 sequences, strings and comments), the same programs with
//! one line deleted (mostly type errors, some runnable), and hand-made garbage.

mod common;

use common::{minigo, parallel_map, repo_root, worker_threads};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// A program with a line deleted may legitimately loop forever (`i++` gone): for those a
/// timeout is no failure, so they get a short one.
const MUTANT_TIMEOUT: Duration = Duration::from_secs(3);

/// Programs whose prefixes are fed to minigo: a spread of syntax (types, methods, closures,
/// switch, literals with escapes, composite literals).
const PROGRAMS: [&str; 5] = [
    "testdata/programs/tokenizer.go",
    "testdata/types/embedding.go",
    "testdata/control/switch_forms.go",
    "testdata/fmt/verbs_general.go",
    "testdata/lexer/string_escapes.go",
];

const PREFIX_STEP: usize = 7;

/// A scratch directory for the inputs, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("minigo-{name}-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Whether an input may run forever.
#[derive(Clone, Copy, PartialEq)]
enum MayHang {
    No,
    Yes,
}

/// Runs minigo on `input`; `Some(problem)` when it misbehaves.
fn check(dir: &Path, label: &str, input: &[u8], index: usize, may_hang: MayHang) -> Option<String> {
    let name = format!("input{index}.go");
    fs::write(dir.join(&name), input).expect("write input");
    let mut cmd = Command::new(minigo());
    cmd.arg("run").arg(&name).current_dir(dir);
    let timeout = if may_hang == MayHang::Yes {
        MUTANT_TIMEOUT
    } else {
        TIMEOUT
    };
    let run = match common::run(cmd, b"", timeout) {
        Ok(run) => run,
        Err(e) => return Some(format!("{label}: cannot run minigo: {e}")),
    };
    if run.timed_out && may_hang == MayHang::Yes {
        return None;
    }
    let problem = if run.timed_out {
        format!("still running after {TIMEOUT:?}")
    } else if let Some(sig) = run.signal {
        format!("killed by signal {sig}")
    } else if run.stderr.contains("panicked at") {
        "Rust panic".to_string()
    } else if !matches!(run.code, Some(0..=2)) {
        format!("exit status {:?}, want 0, 1 or 2", run.code)
    } else {
        return None;
    };
    let shown: String = String::from_utf8_lossy(input)
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let stderr: String = run.stderr.lines().take(6).collect::<Vec<_>>().join("\n");
    Some(format!(
        "{label}: {problem}\n  input ends with: {shown:?}\n  stderr: {stderr}"
    ))
}

fn assert_all_handled(name: &str, inputs: Vec<(String, Vec<u8>)>, may_hang: MayHang) {
    let scratch = Scratch::new(name);
    let indexed: Vec<(usize, (String, Vec<u8>))> = inputs.into_iter().enumerate().collect();
    let problems: Vec<String> = parallel_map(&indexed, worker_threads(), |(i, (label, input))| {
        check(&scratch.0, label, input, *i, may_hang)
    })
    .into_iter()
    .flatten()
    .collect();
    assert!(
        problems.is_empty(),
        "{} of {} inputs mishandled:\n{}",
        problems.len(),
        indexed.len(),
        problems.join("\n")
    );
}

#[test]
fn prefixes_of_programs() {
    let mut inputs = Vec::new();
    for program in PROGRAMS {
        let source = fs::read(repo_root().join(program)).expect("read program");
        for len in (0..source.len()).step_by(PREFIX_STEP) {
            inputs.push((
                format!("{program} cut at byte {len}"),
                source[..len].to_vec(),
            ));
        }
    }
    assert_all_handled("prefixes", inputs, MayHang::No);
}

#[test]
fn programs_with_a_line_deleted() {
    let mut inputs = Vec::new();
    for program in PROGRAMS {
        let source = fs::read_to_string(repo_root().join(program)).expect("read program");
        let lines: Vec<&str> = source.lines().collect();
        for skip in 0..lines.len() {
            let mutant: String = lines
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, l)| format!("{l}\n"))
                .collect();
            inputs.push((
                format!("{program} without line {}", skip + 1),
                mutant.into_bytes(),
            ));
        }
    }
    assert_all_handled("deletions", inputs, MayHang::Yes);
}

/// A deterministic xorshift generator: the same garbage on every run.
fn pseudo_random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn in_main(body: &str) -> Vec<u8> {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n").into_bytes()
}

/// A type nested 100,000 deep: a clean error (the parser's nesting limit), not a Rust stack
/// overflow (once crashed after parsing; the front end now also runs on a large stack).
#[test]
fn deep_slice_type() {
    let input = in_main(&format!("var x {}int\n_ = x", "[]".repeat(100_000)));
    assert_all_handled(
        "deep-type",
        vec![("deep slice type".into(), input)],
        MayHang::No,
    );
}

#[test]
fn garbage() {
    const DEEP: usize = 100_000;
    let mut inputs: Vec<(String, Vec<u8>)> = vec![
        ("empty file".into(), Vec::new()),
        ("no package clause".into(), b"func main() {}\n".to_vec()),
        ("package only".into(), b"package main\n".to_vec()),
        (
            "wrong package".into(),
            b"package foo\n\nfunc main() {}\n".to_vec(),
        ),
        (
            "NUL bytes".into(),
            b"package main\x00\x00\nfunc main() {\x00}\n".to_vec(),
        ),
        (
            "invalid UTF-8".into(),
            b"package main\n\nfunc main() { x := \"\xff\xfe\"; _ = x \xc3 }\n".to_vec(),
        ),
        (
            "BOM in the middle".into(),
            "package main\n\u{feff}func main() {}\n".as_bytes().to_vec(),
        ),
        (
            "unterminated string".into(),
            in_main("s := \"never closed\n_ = s"),
        ),
        (
            "unterminated raw string".into(),
            in_main("s := `never closed"),
        ),
        ("unterminated comment".into(), in_main("/* never closed")),
        ("unterminated rune".into(), in_main("r := 'a")),
        (
            "huge integer literal".into(),
            in_main(&format!("x := {}\n_ = x", "9".repeat(10_000))),
        ),
        (
            "huge float exponent".into(),
            in_main("x := 1e999999999999\n_ = x"),
        ),
        (
            "constant shift overflow".into(),
            in_main("const c = 1 << 100000000\n_ = c"),
        ),
        (
            "deep parentheses".into(),
            in_main(&format!(
                "x := {}1{}\n_ = x",
                "(".repeat(DEEP),
                ")".repeat(DEEP)
            )),
        ),
        (
            "deep unclosed parentheses".into(),
            in_main(&"(".repeat(DEEP)),
        ),
        (
            "deep blocks".into(),
            in_main(&format!("{}{}", "{".repeat(DEEP), "}".repeat(DEEP))),
        ),
        (
            "deep unary minus".into(),
            in_main(&format!("x := {}1\n_ = x", "- ".repeat(DEEP))),
        ),
        (
            "long binary chain".into(),
            in_main(&format!("x := 1{}\n_ = x", " + 1".repeat(DEEP))),
        ),
        (
            "deep composite literal".into(),
            in_main(&format!(
                "x := []any{{{}}}\n_ = x",
                "[]any{".repeat(DEEP / 10) + &"}".repeat(DEEP / 10)
            )),
        ),
        (
            "deep if nesting".into(),
            in_main(&format!(
                "{}{}",
                "if true {\n".repeat(DEEP / 10),
                "}\n".repeat(DEEP / 10)
            )),
        ),
        (
            "deep func literals".into(),
            in_main(&format!(
                "{}{}",
                "func() {\n".repeat(DEEP / 10),
                "}()\n".repeat(DEEP / 10)
            )),
        ),
        (
            "infinite recursion".into(),
            b"package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n"
                .to_vec(),
        ),
        (
            "recursive type".into(),
            b"package main\n\ntype T struct{ t T }\n\nfunc main() { var t T; _ = t }\n".to_vec(),
        ),
        (
            "recursive const".into(),
            b"package main\n\nconst a = b\nconst b = a\n\nfunc main() {}\n".to_vec(),
        ),
        (
            "recursive init".into(),
            b"package main\n\nvar a = f()\n\nfunc f() int { return a }\n\nfunc main() {}\n"
                .to_vec(),
        ),
        (
            "many errors".into(),
            in_main(&"undefined_name\n".repeat(1000)),
        ),
        (
            "only punctuation".into(),
            b"package main\n\n}{)(][;;,,..::==!!\n".to_vec(),
        ),
    ];
    const ALPHABET: &[u8] = b"{}()[];:=+-*/ \nfuncmainvarx1\"'`";
    for seed in 1..=20u64 {
        inputs.push((
            format!("random bytes, seed {seed}"),
            pseudo_random_bytes(seed, 400),
        ));
        let mut after_package = b"package main\n\n".to_vec();
        let tokens = pseudo_random_bytes(seed * 7919, 400)
            .into_iter()
            .map(|b| ALPHABET[b as usize % ALPHABET.len()]);
        after_package.extend(tokens);
        inputs.push((format!("random Go-ish tokens, seed {seed}"), after_package));
    }
    assert_all_handled("garbage", inputs, MayHang::No);
}

/// Running out of memory is Go's fatal error (`fatal error: out of memory`, exit status 2),
/// not Rust's abort: the address space is capped with `ulimit -v` so that allocation fails.
#[test]
fn out_of_memory_is_a_go_fatal_error() {
    let dir = std::env::temp_dir().join(format!("minigo-oom-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("oom.go");
    fs::write(&prog, "package main\n\nfunc main() {\n\tvar keep [][]int\n\tfor {\n\t\tkeep = append(keep, make([]int, 1<<20))\n\t}\n}\n").unwrap();
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(format!("ulimit -v 2000000 && exec {} run {}", minigo(), prog.display()));
    let out = common::run(cmd, b"", Duration::from_secs(60)).expect("run sh");
    let _ = fs::remove_dir_all(&dir);
    assert!(!out.timed_out, "out-of-memory program hung");
    assert_eq!(out.code, Some(2), "stderr: {}", out.stderr);
    assert!(out.stderr.contains("fatal error: out of memory"), "stderr: {}", out.stderr);
}

/// Go does not buffer `os.Stdout`: a line printed before the program blocks is readable
/// while it runs, and still there after `kill -INT` (minigo used to hold it in a buffer
/// flushed only at a normal end). The only time limit is a hang guard.
#[test]
fn stdout_is_not_buffered() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let scratch = Scratch::new("unbuffered");
    let prog = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Print(\"no newline, \")\n\tfmt.Println(\"ready\")\n\ttime.Sleep(time.Hour)\n}\n";
    fs::write(scratch.0.join("main.go"), prog).expect("write program");
    let mut child = Command::new(minigo())
        .arg("run")
        .arg("main.go")
        .current_dir(&scratch.0)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start minigo");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(60));
    let _ = Command::new("kill").arg("-INT").arg(child.id().to_string()).status();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(line.as_deref(), Ok("no newline, ready\n"), "the printed line must be readable while the program blocks");
}

/// A goroutine blocked reading standard input is in a system call, not asleep: while main
/// waits on a channel for what it reads, the program is no deadlock, even with one P. The
/// input is written only after the program said it is waiting (causality, no timing); the
/// only time limit is a hang guard.
#[test]
fn a_read_in_progress_is_no_deadlock() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::Stdio;
    let scratch = Scratch::new("blocked-read");
    let prog = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tch := make(chan string)\n\tgo func() {\n\t\tbuf := make([]byte, 16)\n\t\tn, err := os.Stdin.Read(buf)\n\t\tch <- fmt.Sprintf(\"%q %v\", buf[:n], err)\n\t}()\n\tfmt.Println(\"waiting\")\n\tfmt.Println(<-ch)\n}\n";
    fs::write(scratch.0.join("main.go"), prog).expect("write program");
    let mut child = Command::new(minigo())
        .arg("run")
        .arg("main.go")
        .current_dir(&scratch.0)
        .env("GOMAXPROCS", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minigo");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut out = BufReader::new(stdout);
        let mut first = String::new();
        let _ = out.read_line(&mut first);
        let _ = tx.send(first);
        let mut rest = String::new();
        let _ = out.read_to_string(&mut rest);
        let _ = tx.send(rest);
    });
    let first = rx.recv_timeout(Duration::from_secs(60));
    let _ = stdin.write_all(b"hi\n");
    drop(stdin);
    let rest = rx.recv_timeout(Duration::from_secs(60));
    let _ = child.kill();
    let status = child.wait().expect("wait for minigo");
    let mut stderr = String::new();
    let _ = child.stderr.take().expect("piped stderr").read_to_string(&mut stderr);
    assert_eq!(first.as_deref(), Ok("waiting\n"), "stderr: {stderr}");
    assert_eq!(rest.as_deref(), Ok("\"hi\\n\" <nil>\n"), "stderr: {stderr}");
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
}
