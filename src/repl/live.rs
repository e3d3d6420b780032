//! The REPL's one live program: the checker session, the linker and the running program
//! (one runtime, one heap, one package scope for the whole session).
//!
//! Each accepted input is checked as one more file of package `main` against everything
//! declared so far (`minigo_types::Session`), compiled into an extension of the running
//! program (`minigo_vm::Linker`: function, variable and type tables only ever grow),
//! installed as the program's newest generation and run as a new goroutine on the running
//! scheduler (`minigo_vm::session`); the prompt waits for that goroutine. Nothing is run
//! twice: an input's code is compiled once and its entry function runs once.
//!
//! The echo of an expression is Go code too: the input becomes `__repl.Echo(expr)`, whose
//! package (served by [`ReplImporter`]) prints each value with `%#v` and its static type,
//! which the prompt reads from the checker before the input runs.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

use minigo_types::{Diagnostic, Importer, Program, Session, Type, TypeId};
use minigo_vm::session::LiveProgram;
use minigo_vm::{Linker, NativeCx, NativeRegistry, NativeResult, Value};
use parking_lot::Mutex;

/// Import path of the REPL's helper package.
pub const REPL_PKG: &str = "minigo/repl";

const REPL_SRC: &str = r#"package repl

import (
	"fmt"
	"runtime"
)

// Procs sets GOMAXPROCS to n when n > 0 and says what it is.
func Procs(n int) {
	was := runtime.GOMAXPROCS(n)
	if n < 1 {
		fmt.Printf("GOMAXPROCS=%d\n", was)
		return
	}
	fmt.Printf("GOMAXPROCS=%d (was %d)\n", n, was)
}

// Echo prints each value in Go syntax, with the static type the prompt found for it.
func Echo(values ...any) {
	for i, v := range values {
		fmt.Printf("%#v\t// %s\n", v, staticType(i))
	}
}

func staticType(i int) string
"#;

/// The standard library plus the REPL's helper package.
pub struct ReplImporter;

impl Importer for ReplImporter {
    fn source(&self, path: &str) -> Option<&str> {
        if path == REPL_PKG {
            return Some(REPL_SRC);
        }
        minigo_stdlib::StdImporter.source(path)
    }
}

static IMPORTER: ReplImporter = ReplImporter;

/// The static types of the expression being echoed, for `repl.staticType`.
static ECHO_TYPES: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn static_type(_: &mut NativeCx<'_, '_>, args: &[Value]) -> NativeResult {
    let i = args.first().map_or(0, |v| v.as_int()) as usize;
    let t = ECHO_TYPES.lock().get(i).cloned().unwrap_or_default();
    Ok(vec![Value::str(&t)])
}

/// Set by SIGINT (Ctrl-C while an input runs; the line editor reads Ctrl-C itself).
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Whether Ctrl-C was pressed and the prompt has not acted on it yet.
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Ctrl-C pressed where the line editor reads it as a key (a line the input reads).
pub fn interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// A new input was typed: a Ctrl-C pressed before it is forgotten. One pressed from now on,
/// even between two statements of the input, stops the rest of the input.
pub fn input_begins() {
    INTERRUPTED.store(false, Ordering::SeqCst);
}

/// How one input ended.
pub enum Outcome {
    /// Ran to its end (or panicked: the panic is already printed).
    Done,
    /// Ctrl-C stopped it.
    Interrupted,
    /// Did not compile.
    Errors(Vec<Diagnostic>),
}

/// The session (see the module docs).
pub struct Live {
    checker: Session<'static>,
    linker: Linker,
    natives: NativeRegistry,
    program: LiveProgram,
    done: Receiver<u64>,
}

/// The name of every input file in messages.
pub const INPUT_NAME: &str = "<input>";

impl Live {
    /// Starts the runtime with an empty `package main`.
    pub fn start(stdout: Box<dyn std::io::Write + Send>, stderr: Box<dyn std::io::Write + Send>) -> Result<Live, String> {
        let mut checker = Session::new(&IMPORTER);
        checker.check(INPUT_NAME, "package main\n").map_err(|d| format!("{d:?}"))?;
        let mut natives = minigo_stdlib::natives();
        natives.register(REPL_PKG, "staticType", static_type);
        let mut linker = Linker::new();
        let mut prog = checker.take_program();
        let step = linker.compile_more(&mut prog, &natives, &[], None);
        checker.restore(prog);
        let step = step?;
        let (tx, done) = channel();
        let program = LiveProgram::start(step.module, step.entry, minigo_runtime::Config::from_env(), vec!["repl".into()], stdout, stderr, tx);
        // SAFETY: the handler only stores to an atomic.
        unsafe {
            libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
        }
        let mut live = Live { checker, linker, natives, program, done };
        live.wait(0);
        Ok(live)
    }

    /// Checks `src` as the next file of `main`; its file index.
    pub fn check(&mut self, src: &str) -> Result<usize, Vec<Diagnostic>> {
        self.checker.check(INPUT_NAME, src)
    }

    /// Compiles what was checked since the last run and runs it (then `func`, a function
    /// of the last file); waits for it.
    pub fn run(&mut self, func: Option<&str>) -> Outcome {
        let mut prog = self.checker.take_program();
        let step = self.linker.compile_more(&mut prog, &self.natives, self.checker.failed_files(), func);
        self.checker.restore(prog);
        let step = match step {
            Ok(s) => s,
            Err(msg) => return Outcome::Errors(vec![Diagnostic { file: INPUT_NAME.into(), line: 0, col: 0, msg }]),
        };
        self.program.install(step.module);
        super::stdin::input_started();
        let goid = self.program.spawn(step.entry);
        let outcome = self.wait(goid);
        super::stdin::input_ended(matches!(outcome, Outcome::Interrupted));
        outcome
    }

    /// Waits for input goroutine `goid` to end; Ctrl-C interrupts it.
    fn wait(&mut self, goid: u64) -> Outcome {
        loop {
            match self.done.recv_timeout(Duration::from_millis(20)) {
                // Ctrl-C may have ended it first (a read of standard input gives up at once).
                Ok(id) if id == goid || goid == 0 => {
                    return if INTERRUPTED.swap(false, Ordering::SeqCst) { Outcome::Interrupted } else { Outcome::Done };
                }
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    if INTERRUPTED.swap(false, Ordering::SeqCst) {
                        super::stdin::input_ended(true);
                        self.program.interrupt(goid);
                        // A goroutine parked for good (`<-ch` with no sender) never reaches
                        // its next time slice: stop waiting for it after a while.
                        self.wait_briefly(goid);
                        return Outcome::Interrupted;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return Outcome::Done,
            }
        }
    }

    /// Waits up to half a second for `goid` to end.
    fn wait_briefly(&mut self, goid: u64) {
        let until = std::time::Instant::now() + Duration::from_millis(500);
        while let Some(left) = until.checked_duration_since(std::time::Instant::now()) {
            match self.done.recv_timeout(left) {
                Ok(id) if id == goid => return,
                Ok(_) => {}
                Err(_) => return,
            }
        }
    }

    /// Sets the static types the next echo prints.
    pub fn set_echo_types(&self, types: Vec<String>) {
        *ECHO_TYPES.lock() = types;
    }

    /// The static types of expression `node` of the checked program (one per value).
    pub fn types_of(&mut self, node: minigo_parser::ast::NodeId) -> Vec<String> {
        let prog = self.checker.take_program();
        let out = expr_types(&prog, node);
        self.checker.restore(prog);
        out
    }

    /// The syntax tree of checked file `fi` (for finding the echoed expression).
    pub fn with_file<T>(&mut self, fi: usize, f: impl FnOnce(&minigo_parser::ast::File) -> T) -> Option<T> {
        let prog = self.checker.take_program();
        let out = prog.files.get(fi).map(|pf| f(&pf.ast));
        self.checker.restore(prog);
        out
    }

    pub fn checker(&self) -> &Session<'static> {
        &self.checker
    }

    pub fn module(&self) -> Option<Arc<minigo_vm::Module>> {
        self.program.module()
    }
}

/// Go's spelling of the static type(s) of an expression: one per value of a call.
fn expr_types(prog: &Program, node: minigo_parser::ast::NodeId) -> Vec<String> {
    let Some(tv) = prog.info.types.get(&node) else { return Vec::new() };
    let table = &prog.info.table;
    let spell = |t: TypeId| table.runtime_type_string(t);
    match &table.types[tv.ty.0 as usize] {
        Type::Tuple(ts) => ts.iter().map(|&t| spell(t)).collect(),
        _ => vec![spell(tv.ty)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Work per input does not grow with the session: each step compiles only the input's
    /// own functions (and its entry); every function compiled before is shared, not redone.
    #[test]
    fn each_input_compiles_only_its_own_code() {
        let mut checker = Session::new(&IMPORTER);
        let mut linker = Linker::new();
        let natives = minigo_stdlib::natives();
        let mut step = |src: &str| {
            checker.check(INPUT_NAME, src).expect("checks");
            let mut prog = checker.take_program();
            let step = linker.compile_more(&mut prog, &natives, checker.failed_files(), None);
            checker.restore(prog);
            step.expect("compiles").module
        };
        let first = step("package main; import \"strings\"; func up() string { return strings.ToUpper(\"a\") }\n");
        let mut prev = first;
        for i in 0..5 {
            let next = step(&format!("package main; func f{i}() int {{ return {i} }}\n"));
            assert!(prev.funcs.iter().zip(&next.funcs).all(|(a, b)| Arc::ptr_eq(a, b)), "input {i} recompiled earlier code");
            assert_eq!(next.funcs.len() - prev.funcs.len(), 2, "input {i}: its function and its entry");
            assert_eq!(next.globals.len(), prev.globals.len());
            prev = next;
        }
    }
}
