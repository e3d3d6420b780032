//! The interactive REPL: Go declarations and statements typed one at a time.
//!
//! The REPL keeps the session as a Go program (imports, top-level declarations, the body of
//! `main`). Each input is tried first as an expression to print (`fmt.Println(input)`), then
//! as a statement or declaration; the candidate program is run by this same executable in a
//! child process (`minigo run`), so every input is checked by the real type checker and run
//! on a fresh runtime. Output already shown for earlier inputs is not repeated. An input
//! that fails to compile or panics is reported and not kept.

use std::process::Command;

use rustyline::error::ReadlineError;

const HELP: &str = "Type Go statements, expressions or declarations (func, type, import).
  :source   show the program built so far
  :reset    start over
  :quit     leave (also Ctrl-D)";

/// The session so far, as the parts of one Go program.
#[derive(Clone)]
struct Session {
    imports: Vec<String>,
    decls: Vec<String>,
    body: Vec<String>,
    /// Bytes of stdout the inputs so far produced (already shown).
    shown: usize,
}

impl Default for Session {
    /// `fmt` is imported from the start (it is dropped from the program while unused).
    fn default() -> Session {
        Session { imports: vec!["fmt".to_string()], decls: Vec::new(), body: Vec::new(), shown: 0 }
    }
}

enum Input {
    Import(String),
    Decl(String),
    Stmt(String),
}

impl Session {
    /// The Go source with `extra` added. Variables defined in `main` are marked used and
    /// imports not mentioned are dropped, so the REPL does not trip over Go's unused errors.
    fn program(&self, extra: Option<&Input>) -> String {
        let mut imports = self.imports.clone();
        let mut decls = self.decls.clone();
        let mut body = self.body.clone();
        match extra {
            Some(Input::Import(p)) => imports.push(p.clone()),
            Some(Input::Decl(d)) => decls.push(d.clone()),
            Some(Input::Stmt(s)) => body.push(s.clone()),
            None => {}
        }
        let code = format!("{}\n{}", decls.join("\n"), body.join("\n"));
        let mut src = String::from("package main\n\n");
        for path in &imports {
            let name = path.rsplit('/').next().unwrap_or(path);
            if code.contains(&format!("{name}.")) {
                src.push_str(&format!("import \"{path}\"\n"));
            }
        }
        src.push('\n');
        for d in &decls {
            src.push_str(d);
            src.push('\n');
        }
        src.push_str("\nfunc main() {\n");
        for s in &body {
            src.push_str(s);
            src.push('\n');
        }
        for name in defined_names(&body) {
            src.push_str(&format!("_ = {name}\n"));
        }
        src.push_str("}\n");
        src
    }
}

/// Names that statements of `main`'s body define at its top level (`x := ...`, `var x`).
fn defined_names(body: &[String]) -> Vec<String> {
    let src = format!("package main\nfunc main() {{\n{}\n}}\n", body.join("\n"));
    let Ok(file) = minigo_parser::parse_file(&src, 0, 0) else { return Vec::new() };
    use minigo_parser::ast::{AssignOp, Decl, ExprKind, StmtKind};
    let mut names = Vec::new();
    for decl in &file.decls {
        let Decl::Func(f) = decl else { continue };
        for stmt in f.body.iter().flat_map(|b| &b.stmts) {
            match &stmt.kind {
                StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
                    names.extend(lhs.iter().filter_map(|e| match &e.kind {
                        ExprKind::Ident(id) => Some(id.name.clone()),
                        _ => None,
                    }))
                }
                StmtKind::Decl(Decl::Var(specs)) => names.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
                _ => {}
            }
        }
    }
    names.retain(|n| n != "_");
    names.dedup();
    names
}

/// What running a candidate program gave.
struct Outcome {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn run_candidate(src: &str) -> std::io::Result<Outcome> {
    let dir = std::env::temp_dir().join(format!("minigo-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let file = dir.join("repl.go");
    std::fs::write(&file, src)?;
    let out = Command::new(std::env::current_exe()?).arg("run").arg(&file).env("NO_COLOR", "1").output()?;
    Ok(Outcome {
        code: out.status.code().unwrap_or(2),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

fn classify(line: &str) -> Vec<Input> {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix("import") {
        let path = rest.trim().trim_matches(|c| c == '"' || c == '(' || c == ')').trim().to_string();
        return vec![Input::Import(path)];
    }
    if t.starts_with("type ") || (t.starts_with("func ") && !t.starts_with("func (") && !t.starts_with("func()")) {
        return vec![Input::Decl(t.to_string())];
    }
    if t.starts_with("func (") {
        // A method declaration (receiver) or a function literal call: try both.
        return vec![Input::Decl(t.to_string()), Input::Stmt(t.to_string())];
    }
    let stmt = Input::Stmt(t.to_string());
    // Printing calls are statements: `fmt.Println("hi")` should not also print its results.
    if ["fmt.", "print(", "println("].iter().any(|p| t.starts_with(p)) {
        return vec![stmt];
    }
    vec![Input::Stmt(format!("fmt.Println({t})")), stmt]
}

/// Runs one input against the session; returns the text to show.
fn eval(session: &mut Session, line: &str) -> String {
    let candidates = classify(line);
    let mut last_err = String::new();
    for cand in &candidates {
        let mut trial = session.clone();
        let src = trial.program(Some(cand));
        let out = match run_candidate(&src) {
            Ok(o) => o,
            Err(e) => return format!("minigo: {e}\n"),
        };
        if out.code == crate::driver::EXIT_COMPILE_ERROR {
            last_err = out.stderr;
            continue;
        }
        let new = String::from_utf8_lossy(out.stdout.get(session.shown..).unwrap_or_default()).into_owned();
        if out.code == 0 {
            match cand {
                Input::Import(p) => trial.imports.push(p.clone()),
                Input::Decl(d) => trial.decls.push(d.clone()),
                Input::Stmt(s) => trial.body.push(s.clone()),
            }
            trial.shown = out.stdout.len();
            *session = trial;
            return new;
        }
        return format!("{new}{}", out.stderr);
    }
    // Report the error of the last (most general) reading, without the temp file's path.
    last_err.lines().map(|l| l.splitn(2, ".go:").nth(1).map_or(l.to_string(), |r| format!("repl.go:{r}"))).collect::<Vec<_>>().join("\n") + "\n"
}

/// How many `{`, `(`, `[` are still open (outside strings, runes and comments), so an
/// input such as `func f() {` continues on the next line.
fn open_brackets(src: &str) -> i32 {
    let mut depth = 0;
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth -= 1,
            '"' | '\'' | '`' => {
                while let Some(d) = chars.next() {
                    if d == '\\' && c != '`' {
                        chars.next();
                    } else if d == c {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                chars.by_ref().take_while(|&d| d != '\n').for_each(drop);
            }
            _ => {}
        }
    }
    depth
}

pub fn main() -> i32 {
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("minigo: cannot start the REPL: {e}");
            return 1;
        }
    };
    println!("minigo {} — Go on a GMP runtime. :help for help.", env!("CARGO_PKG_VERSION"));
    let mut session = Session::default();
    let mut pending = String::new();
    loop {
        let prompt = if pending.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                pending.push_str(&line);
                pending.push('\n');
                if open_brackets(&pending) > 0 {
                    continue;
                }
                let input = std::mem::take(&mut pending);
                let t = input.trim();
                if t.is_empty() {
                    continue;
                }
                let _ = rl.add_history_entry(t);
                match t {
                    ":quit" | ":q" | ":exit" => return 0,
                    ":help" | ":h" => println!("{HELP}"),
                    ":reset" => session = Session::default(),
                    ":source" => print!("{}", session.program(None)),
                    _ => print!("{}", eval(&mut session, t)),
                }
            }
            Err(ReadlineError::Interrupted) => pending.clear(),
            Err(ReadlineError::Eof) => return 0,
            Err(e) => {
                eprintln!("minigo: {e}");
                return 1;
            }
        }
    }
}
