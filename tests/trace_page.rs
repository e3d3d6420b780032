//! `minigo trace` end to end: real programs run traced (same output and exit status as
//! `minigo run`), and their pages are rendered by a real browser (Debian's `chromium`, in
//! headless mode; `.ci/run` installs it) whose DOM, after the page's script ran, must show
//! no script error, the lanes, the goroutines and the marks the program's events call for.
//! The legend's count of each kind of mark must match the events in `--json`'s file.
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{minigo, repo_root};

/// What one traced run left behind.
struct Traced {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// The page's DOM after its script ran.
    dom: String,
    json: String,
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minigo-trace-page-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// `minigo trace` of `prog` (relative to the repository) with `env`, then the page in chromium.
fn trace(name: &str, prog: &str, env: &[(&str, &str)], flags: &[&str]) -> Traced {
    let dir = scratch(name);
    let mut cmd = Command::new(minigo());
    cmd.current_dir(&dir).arg("trace").args(["--json", "t.json"]).args(flags);
    cmd.arg(repo_root().join(prog));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = common::run(cmd, b"", Duration::from_secs(60)).expect("run minigo trace");
    let stem = Path::new(prog).file_stem().unwrap().to_string_lossy().into_owned();
    let page = dir.join(format!("{stem}.trace.html"));
    assert!(page.exists(), "no page written; stderr:\n{}", out.stderr);
    let dom = render(&page, &dir);
    let json = std::fs::read_to_string(dir.join("t.json")).expect("--json file");
    let _ = std::fs::remove_dir_all(&dir);
    Traced { code: out.code, stdout: out.stdout, stderr: out.stderr, dom, json }
}

/// The DOM of `page` after its scripts ran, from headless chromium.
fn render(page: &Path, dir: &Path) -> String {
    let mut cmd = Command::new("chromium");
    cmd.args(["--headless", "--disable-gpu", "--no-sandbox", "--window-size=1400,900", "--dump-dom"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("file://{}", page.display()));
    let out = common::run(cmd, b"", Duration::from_secs(120))
        .expect("chromium is needed by this test (.ci/run installs it: apt-get install chromium)");
    assert_eq!(out.code, Some(0), "chromium failed:\n{}", out.stderr);
    out.stdout
}

/// The legend's count for mark kind `kind`.
fn legend_count(dom: &str, kind: &str) -> usize {
    let key = format!("data-kind=\"{kind}\" data-count=\"");
    let at = dom.find(&key).unwrap_or_else(|| panic!("no legend entry for {kind}")) + key.len();
    dom[at..].split('"').next().unwrap().parse().expect("a count")
}

/// Checks what every page must show; returns the legend counts by kind.
fn check_page(t: &Traced, lanes: &[&str]) -> std::collections::HashMap<&'static str, usize> {
    assert!(t.dom.contains("<body data-ok=\"1\""), "the page's script did not finish:\n{}", t.dom);
    assert!(t.dom.contains("<pre id=\"errors\"></pre>"), "script errors in the page");
    for lane in lanes {
        assert!(t.dom.contains(&format!("data-lane=\"{lane}\">{lane}</text>")), "no lane {lane}");
    }
    assert!(t.stderr.lines().last().unwrap_or("").starts_with("minigo trace: wrote "), "{}", t.stderr);
    let mut counts = std::collections::HashMap::new();
    for kind in KINDS {
        let n = legend_count(&t.dom, kind);
        let in_json = t.json.matches(&format!("{{\"name\":\"{kind}\",\"ph\":\"i\"")).count();
        assert_eq!(n, in_json, "legend and --json disagree on {kind}");
        counts.insert(kind, n);
    }
    counts
}

/// The goroutines with a run drawn on a P lane (`<rect ... data-gspan="i" data-g="g">`).
fn goroutines_drawn_on_ps(dom: &str) -> std::collections::BTreeSet<u64> {
    dom.split("data-gspan=\"")
        .skip(1)
        .filter_map(|rest| {
            let after = rest.split_once("\" data-g=\"")?.1;
            after.split('"').next()?.parse().ok()
        })
        .collect()
}

const KINDS: [&str; 15] = [
    "create", "block", "unblock", "preempt-request", "preempt", "gosched", "stw-stop", "end",
    "syscall", "sysexit", "handoff", "steal", "global-check", "gomaxprocs", "gc",
];

fn golden(prog: &str, ext: &str) -> String {
    std::fs::read_to_string(repo_root().join(prog).with_extension(ext)).expect("golden file")
}

#[test]
fn worker_pool_page() {
    let prog = "examples/worker_pool.go";
    let t = trace("pool", prog, &[("GOMAXPROCS", "2")], &[]);
    assert_eq!(t.stdout, golden(prog, "out"), "tracing changed the program's output");
    assert_eq!(t.code, Some(0));
    let counts = check_page(&t, &["P0", "P1", "M0", "GC", "global queue"]);
    // main and 4 workers, created once and ended once each.
    assert_eq!((counts["create"], counts["end"]), (5, 5));
    assert!(counts["block"] > 0 && counts["unblock"] > 0);
    for g in 1..=5 {
        assert!(t.dom.contains(&format!("<tr id=\"g-row-{g}\"")), "no table row for G{g}");
    }
    assert!(!t.dom.contains("<tr id=\"g-row-6\""));
    // Every job sleeps; whether a worker ever waits on the jobs channel, or main on the
    // WaitGroup, depends on the schedule.
    for text in ["main.worker at ", "sleep "] {
        assert!(t.dom.contains(text), "the goroutine table lacks {text:?}");
    }
}

#[test]
fn scheduler_trap_is_preempted() {
    let prog = "testdata/articles/scheduler_trap.go";
    let t = trace("trap", prog, &[("GOMAXPROCS", "2")], &["--summary"]);
    assert_eq!(t.code, Some(0));
    assert!(t.stdout.starts_with("x = "));
    let counts = check_page(&t, &["P0", "P1", "M0", "M1", "GC"]);
    assert!(counts["preempt-request"] > 0 && counts["preempt"] > 0, "{counts:?}");
    // The spinning goroutines run on the P lanes.
    let ran = goroutines_drawn_on_ps(&t.dom);
    assert!(ran.contains(&2) && ran.contains(&3), "{ran:?}");
    // --summary: the table as text, main's sleep in it.
    assert!(t.stderr.lines().any(|l| l.starts_with("G1 ") && l.contains("sleep")), "{}", t.stderr);
}

#[test]
fn scheduler_trap_without_async_preemption_hangs_unpreempted() {
    let prog = "testdata/articles/scheduler_trap.go";
    let env = [("GOMAXPROCS", "2"), ("GODEBUG", "asyncpreemptoff=1")];
    let t = trace("trap-off", prog, &env, &["--timeout", "1500ms"]);
    assert_eq!(t.code, Some(124), "the trap hangs as in Go; --timeout ends it");
    assert_eq!(t.stdout, "");
    let counts = check_page(&t, &["P0", "P1", "M0", "M1", "GC"]);
    assert_eq!((counts["preempt-request"], counts["preempt"]), (0, 0), "{counts:?}");
    // Main sleeps and never runs again; the spinners hold both Ps to the end.
    assert!(t.dom.contains("alive at the end"));
    assert_eq!(counts["end"], 0);
}
