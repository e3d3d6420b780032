//! Shared by the integration tests that drive the `minigo` binary (golden, conformance,
//! robustness): running a child process under a wall-clock timeout, spreading work over a few
//! threads, and a readable line diff. Each test binary uses a different part of it.
#![allow(dead_code)]

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The `minigo` binary built by Cargo for this test run.
pub fn minigo() -> &'static str {
    env!("CARGO_BIN_EXE_minigo")
}

/// The repository root (the root crate's manifest directory).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path relative to the repository root, with `/` separators, for messages and lists.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(repo_root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// What a finished (or killed) child process did.
#[derive(Debug)]
pub struct Outcome {
    /// The exit status, `None` when the process was killed by a signal or by the timeout.
    pub code: Option<i32>,
    /// The signal that ended the process, if any (not counting our own kill on timeout).
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

/// Output kept per stream; a runaway program's further output is read and dropped.
const MAX_CAPTURE: usize = 8 << 20;

/// Reads a stream to its end on a thread; the result arrives on the returned channel.
fn drain(mut stream: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 64 * 1024];
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = MAX_CAPTURE.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
        let _ = tx.send(kept);
    });
    rx
}

/// How long to wait for the rest of the output once the process has exited (a leftover
/// grandchild could keep the pipe open forever).
const DRAIN_GRACE: Duration = Duration::from_secs(2);

/// Kills the child's whole process group (it was spawned as a group leader), so that nothing
/// it started survives a timeout.
fn kill_group(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
}

fn wait_with_timeout(
    child: &mut Child,
    timeout: Duration,
) -> (Option<std::process::ExitStatus>, bool) {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) if Instant::now() >= deadline => {
                kill_group(child);
                return (child.wait().ok(), true);
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(_) => return (None, false),
        }
    }
}

/// Runs `cmd` with `stdin` as its standard input, killing it after `timeout`.
pub fn run(cmd: Command, stdin: &[u8], timeout: Duration) -> std::io::Result<Outcome> {
    run_capturing(cmd, stdin, timeout, false)
}

/// Like [`run`], but stdout and stderr go to one pipe, interleaved as written (as Go's test
/// driver reads them); the result is in `stdout`, `stderr` is empty.
pub fn run_combined(cmd: Command, stdin: &[u8], timeout: Duration) -> std::io::Result<Outcome> {
    run_capturing(cmd, stdin, timeout, true)
}

fn run_capturing(
    mut cmd: Command,
    stdin: &[u8],
    timeout: Duration,
    combined: bool,
) -> std::io::Result<Outcome> {
    let start = Instant::now();
    cmd.stdin(Stdio::piped()).process_group(0);
    let combined_reader = if combined {
        let (reader, writer) = std::io::pipe()?;
        cmd.stdout(writer.try_clone()?).stderr(writer);
        Some(reader)
    } else {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        None
    };
    let spawned = cmd.spawn();
    // The command holds our copies of the pipe's write ends: drop them so reads see EOF.
    drop(cmd);
    let mut child = spawned?;
    let (out, err) = match combined_reader {
        Some(reader) => (drain(reader), None),
        None => (
            drain(child.stdout.take().expect("piped stdout")),
            Some(drain(child.stderr.take().expect("piped stderr"))),
        ),
    };
    let mut input = child.stdin.take().expect("piped stdin");
    let stdin = stdin.to_vec();
    // A child that never reads its input must not block us: write from a thread.
    let feeder = thread::spawn(move || {
        use std::io::Write;
        let _ = input.write_all(&stdin);
    });
    let (status, timed_out) = wait_with_timeout(&mut child, timeout);
    let elapsed = start.elapsed();
    drop(feeder); // detached: it ends when the pipe closes
    let text = |rx: mpsc::Receiver<Vec<u8>>| {
        String::from_utf8_lossy(&rx.recv_timeout(DRAIN_GRACE).unwrap_or_default()).into_owned()
    };
    let stdout = text(out);
    let stderr = err.map(text).unwrap_or_default();
    let (code, signal) = match status {
        Some(s) if !timed_out => (s.code(), s.signal()),
        _ => (None, None),
    };
    Ok(Outcome {
        code,
        signal,
        timed_out,
        stdout,
        stderr,
        elapsed,
    })
}

/// Threads for running programs: a few, whatever the machine.
pub fn worker_threads() -> usize {
    thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4)
}

/// Applies `f` to every item on `threads` threads; results keep the items' order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every item was processed"))
        .collect()
}

/// A line diff of `expected` against `actual` (`-` expected only, `+` actual only), showing
/// unchanged lines only around changes. Long inputs fall back to the first differing line.
pub fn line_diff(expected: &str, actual: &str) -> String {
    const CONTEXT: usize = 2;
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        let i = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        out += &format!("  (long output: first difference at line {})\n", i + 1);
        out += &format!(
            "- {}\n+ {}\n",
            a.get(i).unwrap_or(&"<end>"),
            b.get(i).unwrap_or(&"<end>")
        );
        return out;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, o)| o.0 != ' ')
        .map(|(k, _)| k)
        .collect();
    let mut last_shown: Option<usize> = None;
    for (k, (tag, line)) in ops.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(k) <= CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 != k) {
            out += "  ...\n";
        }
        out += &format!("{tag} {line}\n");
        last_shown = Some(k);
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out += &format!(
            "  (expected {} with a newline, actual {})\n",
            if expected.ends_with('\n') {
                "ends"
            } else {
                "does not end"
            },
            if actual.ends_with('\n') {
                "does"
            } else {
                "does not"
            }
        );
    }
    out
}
