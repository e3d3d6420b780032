//! One running program: the compiled module plus the state all its goroutines share
//! (package-level variables, the buffered standard output, `os.Args`), and the entry
//! points that run `main` on the GMP runtime.

use std::io::Write;
use std::sync::Arc;

use minigo_runtime::{Config, Exit};
use parking_lot::Mutex;

use crate::bytecode::Module;
use crate::gc::HeapCollector;
use crate::goroutine::Goroutine;
use crate::value::Obj;

/// State shared by every goroutine of a running program.
pub(crate) struct Machine {
    pub module: Arc<Module>,
    /// (Shared by the generations of a REPL session.)
    pub stdout: Arc<Mutex<Box<dyn Write + Send>>>,
    pub stderr: Arc<Mutex<Box<dyn Write + Send>>>,
    /// Package-level variables, each its own cell (so `&global` is an ordinary pointer,
    /// and goroutines using different globals never share a lock; a scalar global's cell
    /// is lock-free).
    pub globals: Box<[Arc<Obj>]>,
    pub args: Vec<String>,
    /// The cycle collector and its finalizer table.
    pub collector: Arc<HeapCollector>,
    /// In a REPL session, the session this machine is one generation of (`session.rs`).
    pub live: Option<Arc<crate::session::Live>>,
    /// This machine's generation in its session (0 outside sessions).
    pub generation: u64,
}

impl Machine {
    pub(crate) fn new(module: Arc<Module>, args: Vec<String>, stdout: Box<dyn Write + Send>, stderr: Box<dyn Write + Send>, live: Option<Arc<crate::session::Live>>) -> Arc<Machine> {
        let globals = module.globals.iter().map(|(_, z)| Obj::cell(z.copy_agg())).collect();
        Arc::new(Machine {
            module,
            stdout: Arc::new(Mutex::new(stdout)),
            stderr: Arc::new(Mutex::new(stderr)),
            globals,
            args,
            collector: Arc::new(HeapCollector::default()),
            live,
            generation: 0,
        })
    }
    pub(crate) fn flush(&self) {
        let _ = self.stdout.lock().flush();
        let _ = self.stderr.lock().flush();
    }
    /// Ends the program with exit status `code` (`os.Exit`, a fatal panic).
    pub(crate) fn set_exit(&self, code: i32) {
        minigo_runtime::exit(code);
    }
    /// Builtin `print`/`println` and fatal messages: Go writes them unbuffered to stderr.
    pub(crate) fn write_stderr(&self, bytes: &[u8]) {
        let mut e = self.stderr.lock();
        let _ = e.write_all(bytes);
        let _ = e.flush();
    }
}

/// The process's standard output as Go has it: not buffered. Each write (one per `fmt`
/// call) reaches the file descriptor before it returns, so what a program printed is there
/// if it is killed by a signal, and stdout and stderr interleave in program order.
pub struct Unbuffered(pub std::io::Stdout);

impl Write for Unbuffered {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = self.0.lock();
        out.write_all(buf)?;
        out.flush()?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Runs a compiled program on the GMP runtime with the process's stdout and stderr.
/// Returns the exit status: 0, 2 after a fatal panic or deadlock, or `os.Exit`'s code.
pub fn run(module: Arc<Module>, config: Config, args: Vec<String>) -> i32 {
    let stdout: Box<dyn Write + Send> = Box::new(Unbuffered(std::io::stdout()));
    let stderr: Box<dyn Write + Send> = Box::new(std::io::stderr());
    run_with_output(module, config, args, stdout, stderr)
}

/// [`run`] with the program's standard output and error sent to the given writers
/// (tests capture them). `stdout` is flushed when the program ends, however it ends.
pub fn run_with_output(
    module: Arc<Module>,
    config: Config,
    args: Vec<String>,
    stdout: Box<dyn Write + Send>,
    stderr: Box<dyn Write + Send>,
) -> i32 {
    let m = Machine::new(module, args, stdout, stderr, None);
    m.collector.attach(&m);
    let mut config = config;
    config.collector = Some(m.collector.clone());
    let main = Goroutine::main(m.clone());
    let code = match minigo_runtime::run_main(config, Box::new(main)) {
        Exit::Code(c) => c,
        Exit::Deadlock => 2,
    };
    m.flush();
    code
}
