//! The command line as a Go user meets it, driving the real `minigo` binary: a file given
//! as a command, `--version`, `help` per command, unknown flags of `run`, a directory given
//! to `run`, `--disasm` limited to the program's own functions, and the `created by` lines
//! of a goroutine's panic trace (compared with the golden trace real Go printed).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `minigo args...` in the repository root.
fn minigo(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minigo")).args(args).current_dir(root()).output().expect("start minigo")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minigo-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello from dir\") }\n";

#[test]
fn a_file_given_as_a_command_suggests_run() {
    let out = minigo(&["examples/hello.go"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("minigo examples/hello.go: unknown command"), "{err}");
    assert!(err.contains("minigo run examples/hello.go"), "{err}");
}

#[test]
fn version_and_dash_dash_version_agree() {
    let (a, b) = (minigo(&["version"]), minigo(&["--version"]));
    assert!(a.status.success() && b.status.success());
    assert_eq!(text(&a.stdout), text(&b.stdout));
    assert!(text(&a.stdout).starts_with(&format!("minigo version {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn help_per_command() {
    let general = minigo(&["help"]);
    assert!(general.status.success());
    for command in ["run", "trace", "repl", "version"] {
        assert!(text(&general.stdout).contains(&format!("\t{command} ")), "help lists {command}");
        let out = minigo(&["help", command]);
        assert!(out.status.success(), "help {command}");
        let help = text(&out.stdout);
        assert!(help.starts_with(&format!("usage: minigo {command}")), "{help}");
        assert_ne!(help, text(&general.stdout));
    }
    let unknown = minigo(&["help", "frobnicate"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("unknown help topic"));
}

#[test]
fn unknown_flag_of_run_is_a_usage_error() {
    let out = minigo(&["run", "-race", "examples/hello.go"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("flag provided but not defined: -race\n"), "{err}");
    assert!(err.contains("minigo help run"), "{err}");
    assert!(out.stdout.is_empty(), "the program did not run");
}

#[test]
fn run_a_directory_with_one_main_file() {
    let dir = scratch("one");
    std::fs::write(dir.join("hello.go"), HELLO).unwrap();
    std::fs::write(dir.join("hello_test.go"), "package main\n").unwrap();
    std::fs::write(dir.join("notes.txt"), "not Go").unwrap();
    let out = minigo(&["run", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "hello from dir\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_a_directory_with_several_files_names_them() {
    let dir = scratch("several");
    std::fs::write(dir.join("a.go"), HELLO).unwrap();
    std::fs::write(dir.join("b.go"), "package main\n\nfunc helper() {}\n").unwrap();
    let out = minigo(&["run", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("a.go") && err.contains("b.go") && err.contains("minigo runs one file"), "{err}");
    assert!(!err.contains("os error"), "{err}");
    let empty = scratch("empty");
    let out = minigo(&["run", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no Go files"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&empty);
}

/// The `func NAME` headers of a `--disasm` listing.
fn disasm_funcs(flag: &str) -> Vec<String> {
    let out = minigo(&["run", flag, "examples/closures.go"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).lines().filter_map(|l| l.strip_prefix("func ")).map(|l| l.split(' ').next().unwrap_or("").to_string()).collect()
}

#[test]
fn disasm_shows_the_programs_own_functions_unless_all() {
    let own = disasm_funcs("--disasm");
    assert!(own.iter().any(|f| f == "main.main"), "{own:?}");
    assert!(own.iter().all(|f| f.starts_with("main.")), "{own:?}");
    let all = disasm_funcs("--disasm=all");
    assert!(all.iter().any(|f| f.starts_with("fmt.")), "fmt's functions are listed with =all");
    assert!(own.iter().all(|f| all.contains(f)));
}

/// The `created by F in goroutine N` line of a trace and the `file:line` under it (the
/// file's base name, without the pc).
fn created_by(trace: &str) -> Option<(String, String)> {
    let mut lines = trace.lines();
    let head = lines.find(|l| l.starts_with("created by "))?.to_string();
    let at = lines.next()?.strip_prefix('\t')?;
    let at = at.split(' ').next()?;
    Some((head, Path::new(at).file_name()?.to_string_lossy().into_owned()))
}

#[test]
fn goroutine_panic_names_its_creator() {
    let program = "testdata/panics/goroutine_created_by.go";
    let golden = std::fs::read_to_string(root().join(program).with_extension("err")).expect("golden trace");
    let want = created_by(&golden).expect("Go's trace has a created-by line");
    let out = minigo(&["run", program]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(created_by(&text(&out.stderr)), Some(want), "{}", text(&out.stderr));
}
