//! The interactive REPL: one live Go program that grows with each input.
//!
//! [`live`] owns the session (checker, linker, running program); [`input`] turns what
//! was typed into a file of package `main`; this file owns the prompt: reading complete
//! inputs (continuation lines, history, completion), the `:` commands, and reporting.
//! On a terminal, output of goroutines that run between inputs is printed above the
//! line being edited ([`screen`]); with stdin not a terminal (a pipe, a script) lines are
//! read plainly, one input after another. Standard input is shared with the
//! code run at the prompt ([`stdin`]): an input that reads it gets the lines that follow.

mod complete;
mod input;
mod live;
mod screen;
mod stdin;

use std::io::{IsTerminal, Write};

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};

use complete::ReplHelper;
use input::{Form, Unit};
use minigo_types::Diagnostic;
use live::{Live, Outcome};

const HELP: &str = "Type Go: declarations (func, type, var, const, import), statements, or an
expression to see its value and type. Goroutines keep running between inputs.
  :type EXPR     the type of an expression
  :doc NAME      signature and doc comment of a standard name (strings.ToUpper)
  :disasm NAME   bytecode of a function (f, main.f, strings.ToUpper)
  :load FILE     declare everything in a Go file
  :goroutines    every goroutine with its status and stack
  :sched         the scheduler: Ps, Ms, run queues and goroutines (scheddetail)
  :gomaxprocs N  set GOMAXPROCS (without N: show it)
  :gc            heap and collector figures (as runtime.MemStats names them)
  :time INPUT    run one input; show its wall time and the heap objects it made
  :reset         start over with a new session
  :quit          leave (also Ctrl-D); Ctrl-C stops the running input";

pub fn main() -> i32 {
    // The checker and the compiler walk trees recursively: give them the front end's stack.
    let repl = std::thread::Builder::new().name("repl".into()).stack_size(crate::driver::FRONT_END_STACK).spawn(run);
    match repl.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("minigo: the REPL stopped unexpectedly");
            2
        }
    }
}

fn run() -> i32 {
    let config = Config::builder().auto_add_history(false).build();
    let mut rl: LineEditor = match Editor::with_config(config) {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("minigo: cannot start the REPL: {e}");
            return 1;
        }
    };
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (stdout, stderr): (Box<dyn Write + Send>, Box<dyn Write + Send>) = match terminal {
        true => (Box::new(screen::Screen::stdout()), Box::new(screen::Screen::stderr())),
        false => (Box::new(minigo_vm::Unbuffered(std::io::stdout())), Box::new(std::io::stderr())),
    };
    stdin::install();
    let mut live = match Live::start(stdout, stderr) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("minigo: cannot start the session: {e}");
            return 1;
        }
    };
    rl.set_helper(Some(ReplHelper::new(&live)));
    let history = history_file();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    *EDITOR.lock() = Some(rl);
    println!("minigo {} — Go on a GMP runtime. :help for help.", env!("CARGO_PKG_VERSION"));
    let mut pending = String::new();
    loop {
        let prompt = if pending.is_empty() { ">>> " } else { "... " };
        let line = match std::io::stdin().is_terminal() {
            true => {
                screen::finish_last_line();
                edit_line(prompt)
            }
            false => plain_line(),
        };
        match line {
            Ok(line) => {
                pending.push_str(&line);
                pending.push('\n');
                if input::is_incomplete(&pending) {
                    continue;
                }
                let text = std::mem::take(&mut pending);
                let text = text.trim();
                if text.is_empty() {
                    continue;
                }
                remember(text, history.as_deref());
                live::input_begins();
                if let Some(code) = command(&mut live, text) {
                    return code;
                }
                if let Some(h) = EDITOR.lock().as_mut().and_then(|rl| rl.helper_mut()) {
                    h.refresh(&live);
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

type LineEditor = Editor<ReplHelper, DefaultHistory>;

/// The line editor. The prompt and the code it runs take turns with it: an input that
/// reads standard input on a terminal reads the lines through it too ([`typed_line`]),
/// so the keys it has taken from the terminal ahead of time reach whoever asks next.
static EDITOR: parking_lot::Mutex<Option<LineEditor>> = parking_lot::Mutex::new(None);

/// The next line from the line editor, after `prompt`.
fn edit_line(prompt: &str) -> Result<String, ReadlineError> {
    let mut guard = EDITOR.lock();
    let Some(rl) = guard.as_mut() else { return Err(ReadlineError::Eof) };
    screen::prompt_shown(prompt);
    let line = rl.readline(prompt);
    screen::prompt_left();
    line
}

/// A line of standard input for the running input, on a terminal (`None` otherwise): read
/// by the line editor after what the program printed on the last line so far.
pub(super) fn typed_line() -> Option<Result<String, ReadlineError>> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return None;
    }
    Some(edit_line(&screen::last_line()))
}

/// Adds an input to the history (and its file).
fn remember(text: &str, file: Option<&std::path::Path>) {
    let mut guard = EDITOR.lock();
    let Some(rl) = guard.as_mut() else { return };
    if rl.add_history_entry(text).unwrap_or(false) {
        if let Some(h) = file {
            let _ = rl.append_history(h);
        }
    }
}

/// The next line of a piped standard input (shared with the code run: see [`stdin`]).
fn plain_line() -> Result<String, ReadlineError> {
    match stdin::read_line() {
        Some(line) => Ok(line?),
        None => Err(ReadlineError::Eof),
    }
}

/// Runs a command or a Go input; `Some(status)` when the REPL should end.
fn command(live: &mut Live, text: &str) -> Option<i32> {
    let (cmd, arg) = text.split_once(char::is_whitespace).map_or((text, ""), |(c, a)| (c, a.trim()));
    match cmd {
        ":quit" | ":q" | ":exit" => return Some(0),
        ":help" | ":h" => println!("{HELP}"),
        ":reset" => reset(),
        ":type" => show_type(live, arg),
        ":doc" => print!("{}", complete::doc(arg)),
        ":disasm" => disasm(live, arg),
        ":load" => load(live, arg),
        ":sched" => print!("{}", minigo_runtime::schedtrace(true)),
        ":goroutines" => println!("{}", goroutines()),
        ":gomaxprocs" => gomaxprocs(live, arg),
        ":gc" => print!("{}", gc_figures()),
        ":time" => time(live, arg),
        c if c.starts_with(':') => eprintln!("unknown command {c} (:help lists them)"),
        _ => eval(live, text),
    }
    let _ = std::io::stdout().flush();
    None
}

/// Checks, compiles and runs one Go input; a paste of declarations and statements runs
/// as the inputs its lines make, and several statements on a line one after another as
/// separate inputs, until one fails.
fn eval(live: &mut Live, text: &str) {
    match input::line_groups(text) {
        Some(groups) => {
            let _ = groups.iter().try_for_each(|group| eval_statements(live, group));
        }
        None => {
            let _ = eval_statements(live, text);
        }
    }
}

/// Runs `text` as one input, or each of its statements as one; `Err` if one did not run
/// to its end.
fn eval_statements(live: &mut Live, text: &str) -> Result<(), ()> {
    match input::pieces(text) {
        Some(pieces) => {
            let last = pieces.len() - 1;
            pieces.iter().enumerate().try_for_each(|(i, piece)| eval_piece(live, text, piece, i == last))
        }
        None => eval_piece(live, text, text, true),
    }
}

/// Checks, compiles and runs `piece` of input `text` (the piece in place, the text before
/// it blanked); an expression is echoed when `last`. `Err` if it did not run to its end.
fn eval_piece(live: &mut Live, text: &str, piece: &str, last: bool) -> Result<(), ()> {
    // Ctrl-C after the pieces before this one ran.
    if live::interrupt_pending() {
        eprintln!("interrupted");
        return Err(());
    }
    let form = match input::classify(piece) {
        Form::Expr if !last => Form::Stmts,
        form => form,
    };
    let unit = match check(live, piece, form) {
        Ok((unit, fi)) => {
            if unit.form == Form::Expr {
                let node = live.with_file(fi, Unit::echoed).flatten();
                let types = node.map(|n| live.types_of(n)).unwrap_or_default();
                live.set_echo_types(types);
            }
            unit
        }
        Err(errors) => {
            report(text, &errors);
            return Err(());
        }
    };
    match live.run(unit.func()) {
        Outcome::Done => return Ok(()),
        Outcome::Interrupted => eprintln!("interrupted"),
        Outcome::Errors(ds) => report(text, &ds),
    }
    Err(())
}

/// Compile errors as `go build` prints them, at positions in the input (drawn against the
/// input by miette on a colour terminal).
fn report(text: &str, errors: &[Diagnostic]) {
    crate::driver::report(live::INPUT_NAME, text, errors);
}

/// Checks `text` as `form`; an expression without value (`f()` returning nothing) is
/// checked again as a statement. On success the unit and its file's index.
fn check(live: &mut Live, text: &str, form: Form) -> Result<(Unit, usize), Vec<Diagnostic>> {
    let imports = input::used_packages(text, |name| live.checker().lookup(name).is_some());
    let unit = input::build(text, form, &imports);
    match live.check(&unit.src) {
        Ok(fi) => Ok((unit, fi)),
        Err(ds) if form == Form::Expr && ds.iter().any(|d| d.msg.contains("used as value")) => check(live, text, Form::Stmts),
        Err(ds) => Err(ds.iter().map(|d| unit.in_input(d)).collect()),
    }
}

/// `:type EXPR`.
fn show_type(live: &mut Live, expr: &str) {
    if expr.is_empty() {
        return eprintln!("usage: :type EXPR");
    }
    match check(live, expr, Form::Expr) {
        Ok((unit, fi)) if unit.form == Form::Expr => {
            let node = live.with_file(fi, Unit::echoed).flatten();
            let types = node.map(|n| live.types_of(n)).unwrap_or_default();
            println!("{}", types.join(", "));
        }
        Ok(_) => println!("(no value)"),
        Err(errors) => report(expr, &errors),
    }
}

/// `:disasm NAME`: a function of the running program (`f` is `main.f`).
fn disasm(live: &Live, name: &str) {
    let Some(module) = live.module() else { return };
    let full = if name.contains('.') { name.to_string() } else { format!("main.{name}") };
    match module.funcs.iter().rposition(|f| f.name == full) {
        Some(i) => {
            let mut out = String::new();
            minigo_vm::disasm_func(&module, i, &mut out);
            print!("{out}");
        }
        None => eprintln!("no function {full}"),
    }
}

/// `:gomaxprocs [N]`: runs `runtime.GOMAXPROCS` in the live program (it must be called from
/// a goroutine, at a safepoint).
fn gomaxprocs(live: &mut Live, arg: &str) {
    let n = if arg.is_empty() { Ok(0) } else { arg.parse::<u16>() };
    match n {
        Ok(n) => eval(live, &format!("__repl.Procs({n})")),
        Err(_) => eprintln!("usage: :gomaxprocs [N] (N a positive number)"),
    }
}

/// `:goroutines`: the goroutine dump, without the runtime's goroutine 1, which only keeps
/// the session alive (it has no Go frames).
fn goroutines() -> String {
    let dump = minigo_runtime::goroutine_dump();
    let blocks: Vec<&str> = dump.trim().split("\n\n").filter(|b| b.contains('\n') || !b.starts_with("goroutine 1 [")).collect();
    match blocks.is_empty() {
        true => "no goroutines are running".to_string(),
        false => blocks.join("\n\n"),
    }
}

/// `:gc`: the collector's and the heap's figures, under `runtime.MemStats`'s field names.
fn gc_figures() -> String {
    let gc = minigo_runtime::mgc::gc_stats();
    let heap = minigo_runtime::mheap::heap_counters();
    let rows: [(&str, u64); 8] = [
        ("NumGC", gc.num_gc.into()),
        ("NumForcedGC", gc.num_forced_gc.into()),
        ("HeapAlloc", heap.heap_alloc),
        ("NextGC", gc.next_gc),
        ("HeapObjects", heap.heap_objects()),
        ("TotalAlloc", heap.total_alloc),
        ("Mallocs", heap.mallocs),
        ("PauseTotalNs", gc.pause_total_ns),
    ];
    rows.iter().map(|(name, v)| format!("{name:<13}{v}\n")).collect()
}

/// `:time INPUT`: runs the input as usual, then prints its wall time and the heap objects
/// and bytes allocated meanwhile (goroutines running beside it count too).
fn time(live: &mut Live, input: &str) {
    if input.is_empty() {
        return eprintln!("usage: :time EXPR-or-STMT");
    }
    let before = minigo_runtime::mheap::heap_counters();
    let start = std::time::Instant::now();
    eval(live, input);
    let wall = start.elapsed();
    let after = minigo_runtime::mheap::heap_counters();
    let (objects, bytes) = (after.mallocs.saturating_sub(before.mallocs), after.total_alloc.saturating_sub(before.total_alloc));
    println!("time: {wall:?}, allocs: {objects} ({bytes} bytes)");
}

/// `:load FILE`: the file's declarations (its package clause dropped) as one input.
fn load(live: &mut Live, path: &str) {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return eprintln!("minigo: open {path}: {}", crate::driver::io_error_text(&e)),
    };
    let body: String = src.lines().map(|l| if l.trim_start().starts_with("package ") { "" } else { l }).collect::<Vec<_>>().join("\n");
    eval(live, &body);
}

/// `:reset`: the REPL starts again as a new process image (a new runtime and heap).
fn reset() {
    use std::os::unix::process::CommandExt;
    let Ok(exe) = std::env::current_exe() else { return };
    let _ = std::io::stdout().flush();
    let err = std::process::Command::new(exe).arg("repl").exec();
    eprintln!("minigo: :reset: {err}");
}

/// `$XDG_DATA_HOME/minigo/history` (else `~/.local/share/minigo/history`).
fn history_file() -> Option<std::path::PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME").map(std::path::PathBuf::from).or_else(|| Some(std::path::PathBuf::from(std::env::var_os("HOME")?).join(".local/share")))?;
    let dir = data.join("minigo");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}
