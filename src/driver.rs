//! From a file name to an exit status: read, check (with the standard library as the
//! importer), report compile errors the way `go build` does, compile to bytecode, run on
//! the GMP runtime.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use minigo_types::Diagnostic;

/// Go's exit status for a program that does not compile.
pub const EXIT_COMPILE_ERROR: i32 = 1;

/// What `--disasm` asks for.
#[derive(Clone, Copy, PartialEq)]
pub enum Disasm {
    /// Run the program.
    No,
    /// The bytecode of the program's own functions (package main).
    Main,
    /// The bytecode of every function, standard packages included.
    All,
}

/// `minigo run [--disasm[=all]] file.go|dir args...`: the process exit status.
pub fn run_path(path: &str, args: &[String], disasm: Disasm) -> i32 {
    run_path_with(path, args, disasm, minigo_runtime::Config::from_env())
}

/// [`run_path`] with the runtime settings given (`minigo trace` adds its recorder).
pub fn run_path_with(path: &str, args: &[String], disasm: Disasm, config: minigo_runtime::Config) -> i32 {
    if !Path::new(path).is_dir() {
        return run_file(path, args, disasm, config);
    }
    match main_file_in(Path::new(path)) {
        Ok(file) => run_file(&file.display().to_string(), args, disasm, config),
        Err(msg) => {
            eprintln!("minigo: {msg}");
            EXIT_COMPILE_ERROR
        }
    }
}

/// The one file a directory's program is: its non-test `.go` file, or among several the one
/// of package main. minigo runs single files, so several candidates are an error naming them.
fn main_file_in(dir: &Path) -> Result<PathBuf, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("open {}: {}", dir.display(), io_error_text(&e)))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".go") && !n.ends_with("_test.go")))
        .collect();
    files.sort();
    if files.len() > 1 {
        files.retain(|p| package_clause(p).as_deref() == Some("main"));
    }
    match files.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("no Go files of package main in {}", dir.display())),
        several => {
            let names: Vec<String> = several.iter().map(|p| p.display().to_string()).collect();
            Err(format!(
                "{} holds {} files of package main ({}): minigo runs one file; name it, as in: minigo run {}",
                dir.display(),
                names.len(),
                names.join(", "),
                names[0]
            ))
        }
    }
}

/// The name in a file's `package` clause (the first line that starts with `package`).
fn package_clause(path: &Path) -> Option<String> {
    let src = std::fs::read_to_string(path).ok()?;
    let line = src.lines().map(str::trim_start).find(|l| l.starts_with("package "))?;
    Some(line["package ".len()..].split(|c: char| c.is_whitespace() || c == ';').next()?.to_string())
}

/// Runs (or disassembles) one Go file.
fn run_file(path: &str, args: &[String], disasm: Disasm, config: minigo_runtime::Config) -> i32 {
    let src = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("minigo: open {path}: {}", io_error_text(&e));
            return EXIT_COMPILE_ERROR;
        }
    };
    let Ok(src) = String::from_utf8(src) else {
        eprintln!("{}:1:1: invalid UTF-8 encoding", short_path(path));
        return EXIT_COMPILE_ERROR;
    };
    let name = short_path(path);
    let module = match compile(&name, &src) {
        Ok(m) => m,
        Err(diags) => {
            report(&name, &src, &diags);
            return EXIT_COMPILE_ERROR;
        }
    };
    match disasm {
        Disasm::No => {}
        Disasm::All => {
            print!("{}", minigo_vm::disasm(&module));
            return 0;
        }
        Disasm::Main => {
            let mut out = String::new();
            for i in (0..module.funcs.len()).filter(|&i| module.funcs[i].name.starts_with("main.")) {
                minigo_vm::disasm_func(&module, i, &mut out);
            }
            print!("{out}");
            return 0;
        }
    }
    let mut argv = vec![path.trim_end_matches(".go").to_string()];
    argv.extend(args.iter().cloned());
    minigo_vm::run(Arc::new(module), config, argv)
}

/// Stack for the front end. Parsing is table-driven, but the checker and compiler walk the
/// tree recursively; the parser bounds nesting, and this stack is large enough for every tree
/// it accepts (only the pages actually touched become resident).
pub const FRONT_END_STACK: usize = 1 << 30;

/// Checks and compiles one `package main` source, on a thread with [`FRONT_END_STACK`].
pub fn compile(name: &str, src: &str) -> Result<minigo_vm::Module, Vec<Diagnostic>> {
    let internal = |msg: String| vec![Diagnostic { file: name.to_string(), line: 1, col: 1, msg: format!("internal compiler error: {msg}") }];
    let front_end = std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("compile".into())
            .stack_size(FRONT_END_STACK)
            .spawn_scoped(s, || {
                let program = minigo_types::check(name, src, &minigo_stdlib::StdImporter)?;
                minigo_vm::compile(&program, &minigo_stdlib::natives()).map_err(internal)
            })
            .map(|h| h.join())
    });
    match front_end {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(internal("the front end panicked".into())),
        Err(e) => Err(internal(format!("cannot start the compiler thread: {e}"))),
    }
}

/// Prints compile errors: Go's plain `file:line:col: message` lines, or, on a terminal,
/// miette's rendering with the source snippet.
pub fn report(name: &str, src: &str, diags: &[Diagnostic]) {
    if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        for d in diags {
            eprintln!("{:?}", fancy(name, src, d));
        }
    } else {
        for d in diags {
            eprintln!("{d}");
        }
    }
}

fn fancy(name: &str, src: &str, d: &Diagnostic) -> miette::Report {
    let diag = miette::MietteDiagnostic::new(d.to_string());
    let offset = (d.file == name).then(|| line_col_offset(src, d.line, d.col)).flatten();
    let diag = match offset {
        Some(offset) => diag.with_label(miette::LabeledSpan::at_offset(offset, "here")),
        None => diag,
    };
    miette::Report::new(diag).with_source_code(miette::NamedSource::new(name, src.to_string()))
}

/// Byte offset of a 1-based `line:col` (column in bytes, as Go counts).
fn line_col_offset(src: &str, line: u32, col: u32) -> Option<usize> {
    let start: usize = src.split_inclusive('\n').take(line.checked_sub(1)? as usize).map(str::len).sum();
    let offset = start + col.checked_sub(1)? as usize;
    (offset <= src.len()).then_some(offset)
}

/// The name `go build` prints for a file: relative to the working directory when that is
/// shorter (`./prog.go` for a file in it), else absolute (cmd/go's `base.ShortPath`).
pub fn short_path(path: &str) -> String {
    let abs = match std::fs::canonicalize(path) {
        Ok(p) => p,
        Err(_) => return path.to_string(),
    };
    let Ok(cwd) = std::env::current_dir().and_then(std::fs::canonicalize) else {
        return abs.display().to_string();
    };
    let rel = relative(&abs, &cwd);
    let rel_s = rel.display().to_string();
    let rel_s = if rel.components().count() == 1 { format!("./{rel_s}") } else { rel_s };
    let abs_s = abs.display().to_string();
    if rel_s.len() < abs_s.len() {
        rel_s
    } else {
        abs_s
    }
}

fn relative(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<_> = path.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

/// An I/O error as Go's `os` package words it (`no such file or directory`).
pub(crate) fn io_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}
