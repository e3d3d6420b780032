//! Guest data races (issue 6): racy Go programs (`tests/races/*.go`: an interface, a string, a
//! slice, a map, a pointer into rings of nodes while the collector runs, a func variable, each
//! written and read by several goroutines without synchronisation) must never crash or corrupt
//! the interpreter. Each program runs many times under `GOMAXPROCS=2`, once plainly and once
//! with a collection every 64 KB allocated (`MINIGO_GCSTRESS=65536`), and every run must exit
//! 0 with the program's deterministic output (its final line `done`). The unlocked map program
//! may instead stop as Go does, with exit 2 and `fatal error: concurrent map writes` (or
//! `concurrent map read and map write`). Never allowed: a Rust panic, a runtime-internal fatal
//! error, a signal, a hang.
//!
//! Environment: `MINIGO_RACE_RUNS=N` runs each program N times per mode (default 20);
//! `MINIGO_RACE_FILTER=substr` runs only the programs whose name contains `substr`.

mod common;

use common::{minigo, parallel_map, repo_root, worker_threads};
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

/// Far above a run's normal time (well under a second) even on a loaded machine.
const TIMEOUT: Duration = Duration::from_secs(30);

const DEFAULT_RUNS: usize = 20;

/// Failed runs shown in full per program and mode (all are counted).
const MAX_DETAILS: usize = 3;

/// The two modes each program runs in: extra environment variables.
const MODES: [&[(&str, &str)]; 2] = [&[], &[("MINIGO_GCSTRESS", "65536")]];

/// A racy program and what its stdout must be.
struct Program {
    file: &'static str,
    stdout: &'static str,
    /// Whether Go's `fatal error: concurrent map ...` (exit 2) is an acceptable outcome.
    map_fatal_ok: bool,
}

/// The programs; stdout as real Go prints it (`go build`, then the binary).
static PROGRAMS: [Program; 7] = [
    Program {
        file: "iface.go",
        stdout: "calls 120000 bad 0\ndone\n",
        map_fatal_ok: false,
    },
    Program {
        file: "strings.go",
        stdout: "reads 18000 bad 0\ndone\n",
        map_fatal_ok: false,
    },
    Program {
        file: "slices.go",
        stdout: "attempts 60000\ndone\n",
        map_fatal_ok: false,
    },
    Program {
        file: "map_racy.go",
        stdout: "reads 60000\ndone\n",
        map_fatal_ok: true,
    },
    Program {
        file: "map_mutex.go",
        stdout: "reads 12000 keys 144 bytes 4596\ndone\n",
        map_fatal_ok: false,
    },
    Program {
        file: "rings.go",
        stdout: "walks 12000 bad 0\ndone\n",
        map_fatal_ok: false,
    },
    Program {
        file: "closures.go",
        stdout: "calls 180000\ndone\n",
        map_fatal_ok: false,
    },
];

/// Go's fatal errors for unsynchronised map use (exit 2).
const MAP_FATALS: [&str; 2] = [
    "fatal error: concurrent map writes",
    "fatal error: concurrent map read and map write",
];

fn runs() -> usize {
    match std::env::var("MINIGO_RACE_RUNS") {
        Ok(s) => s
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("MINIGO_RACE_RUNS={s:?} is not a number")),
        Err(_) => DEFAULT_RUNS,
    }
}

/// Runs `path` once with `env`; `Some(problem)` when the run misbehaves.
fn check(program: &Program, path: &PathBuf, env: &[(&str, &str)]) -> Option<String> {
    let mut cmd = Command::new(minigo());
    cmd.arg("run").arg(path).env("GOMAXPROCS", "2");
    cmd.env_remove("MINIGO_GCSTRESS");
    cmd.envs(env.iter().copied());
    let run = match common::run(cmd, b"", TIMEOUT) {
        Ok(run) => run,
        Err(e) => return Some(format!("cannot run minigo: {e}")),
    };
    let problem = if run.timed_out {
        format!("still running after {TIMEOUT:?}")
    } else if let Some(sig) = run.signal {
        format!("killed by signal {sig}")
    } else if run.stderr.contains("panicked at") || run.stderr.contains("RUST_BACKTRACE") {
        "Rust panic".to_string()
    } else if run.stderr.contains("panicked inside the runtime") {
        "goroutine panicked inside the runtime".to_string()
    } else if program.map_fatal_ok
        && run.code == Some(2)
        && MAP_FATALS.iter().any(|f| run.stderr.starts_with(f))
    {
        return None;
    } else if run.code != Some(0) {
        format!("exit status {:?}, expected 0", run.code)
    } else if run.stdout != program.stdout {
        format!(
            "wrong stdout:\n{}",
            common::line_diff(program.stdout, &run.stdout)
        )
    } else if !run.stderr.is_empty() {
        "unexpected stderr".to_string()
    } else {
        return None;
    };
    let stderr: String = run.stderr.chars().take(4000).collect();
    Some(format!("{problem}\n--- stderr:\n{stderr}"))
}

#[test]
fn guest_races_never_crash_the_interpreter() {
    let runs = runs();
    let filter = std::env::var("MINIGO_RACE_FILTER").unwrap_or_default();
    let dir = repo_root().join("tests/races");
    let mut jobs = Vec::new();
    for program in PROGRAMS.iter().filter(|p| p.file.contains(&filter)) {
        for env in MODES {
            for i in 0..runs {
                jobs.push((program, dir.join(program.file), env, i));
            }
        }
    }
    assert!(
        !jobs.is_empty() || runs == 0,
        "no program matches MINIGO_RACE_FILTER={filter:?}"
    );
    let results = parallel_map(&jobs, worker_threads(), |(program, path, env, _)| {
        check(program, path, env)
    });
    // Per program and mode: failed runs; the details of the first few failures of each.
    let mut report = String::new();
    let mut summary = String::new();
    let mut failed = 0;
    for program in PROGRAMS.iter().filter(|p| p.file.contains(&filter)) {
        for env in MODES {
            let env_text: String = env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
            let command = format!(
                "GOMAXPROCS=2 {env_text}minigo run tests/races/{}",
                program.file
            );
            let problems: Vec<(usize, &String)> = jobs
                .iter()
                .zip(&results)
                .filter(|((p, _, e, _), _)| std::ptr::eq(*p, program) && *e == env)
                .filter_map(|((_, _, _, i), r)| r.as_ref().map(|r| (*i, r)))
                .collect();
            summary += &format!("{command}: {} of {runs} runs bad\n", problems.len());
            failed += problems.len();
            for (i, problem) in problems.iter().take(MAX_DETAILS) {
                report += &format!("=== {command} (run {i}): {problem}\n");
            }
        }
    }
    println!("{summary}");
    assert_eq!(
        failed,
        0,
        "{failed} of {} racy runs crashed or misbehaved:\n{summary}\n{report}",
        jobs.len()
    );
}

/// Every program of `tests/races/` is in `PROGRAMS`, so none is silently left out.
#[test]
fn every_racy_program_is_listed() {
    let dir = repo_root().join("tests/races");
    let mut unlisted = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read tests/races") {
        let name = entry.expect("directory entry").file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".go") && !PROGRAMS.iter().any(|p| p.file == name) {
            unlisted.push(name.into_owned());
        }
    }
    assert!(
        unlisted.is_empty(),
        "tests/races/ programs missing from PROGRAMS in tests/races.rs: {unlisted:?}"
    );
}
