//! A live program for the REPL: one runtime, one heap, and a program that grows with each
//! input while its goroutines keep running.
//!
//! Design: the program grows by *generations*. Each input's [`Linker`](crate::Linker) step
//! gives a module that extends the previous one (append-only tables: old indices keep
//! their meaning). Installing it makes a new [`Machine`] that shares the old one's
//! package-level variable cells (and adds cells for the new variables), output streams
//! and collector. Nothing is locked on the hot path: a goroutine moves to the newest
//! generation when it next starts a time slice (one atomic load per slice), so a goroutine
//! started three inputs ago can receive an interface value of a type declared since.
//!
//! The runtime's goroutine 1 is a plain task that parks its M in a syscall for the whole
//! session (so an idle session is not a deadlock); each input runs as a new goroutine,
//! and its end (return, panic, interrupt) is reported on a channel the prompt waits on.
//! A fatal panic in a session ends its goroutine only (see `call.rs`); an interrupted
//! goroutine unwinds at its next time slice (sysmon preempts a tight loop at a safepoint)
//! as `runtime.Goexit` does: its deferred calls run, then it ends; interrupted again while
//! unwinding, it ends at once.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::Arc;

use minigo_runtime::{Config, Ctx, Exit, Step, Task};
use parking_lot::Mutex;

use crate::bytecode::Module;
use crate::goroutine::Goroutine;
use crate::machine::Machine;
use crate::value::{Callee, Closure, Obj, Value};

/// The state a session's generations share.
pub struct Live {
    current: Mutex<Option<Arc<Machine>>>,
    generation: AtomicU64,
    /// Goroutines asked to stop (Ctrl-C), by goid.
    interrupts: Mutex<Vec<u64>>,
    any_interrupt: AtomicBool,
}

/// What a goroutine does at the start of a time slice (see [`Live::catch_up`]).
pub(crate) enum Catch {
    Run,
    /// Interrupted: unwind as `runtime.Goexit` does, running the deferred calls.
    Unwind,
    /// Interrupted again while unwinding (a deferred call that does not return): end now.
    Stop,
}

impl Live {
    /// At the start of a time slice: move `g` to the newest generation; unwind it if it
    /// was interrupted (Ctrl-C).
    pub(crate) fn catch_up(&self, g: &mut Goroutine, cx: &Ctx<'_>) -> Catch {
        if self.generation.load(Ordering::Acquire) != g.m.generation {
            if let Some(m) = self.current.lock().clone() {
                g.module = m.module.clone();
                g.m = m;
            }
        }
        if !self.any_interrupt.load(Ordering::Acquire) {
            return Catch::Run;
        }
        let mut list = self.interrupts.lock();
        let Some(i) = list.iter().position(|&id| id == cx.g().id()) else { return Catch::Run };
        list.swap_remove(i);
        self.any_interrupt.store(!list.is_empty(), Ordering::Release);
        if g.frames.is_empty() || g.panic.as_ref().is_some_and(|p| p.goexit) {
            g.frames.clear();
            g.defers.clear();
            g.wait = None;
            return Catch::Stop;
        }
        Catch::Unwind
    }
}

/// A running session (see the module docs).
pub struct LiveProgram {
    live: Arc<Live>,
    done: Sender<u64>,
}

impl LiveProgram {
    /// Starts the runtime on its own thread with `module`, running its function `entry`
    /// as the first input (its end is reported on `done` like every input's). The process
    /// exits when the program does (`os.Exit`).
    pub fn start(module: Module, entry: u32, config: Config, args: Vec<String>, stdout: Box<dyn Write + Send>, stderr: Box<dyn Write + Send>, done: Sender<u64>) -> LiveProgram {
        let live = Arc::new(Live { current: Mutex::new(None), generation: AtomicU64::new(0), interrupts: Mutex::new(Vec::new()), any_interrupt: AtomicBool::new(false) });
        let m = Machine::new(Arc::new(module), args, stdout, stderr, Some(live.clone()));
        m.collector.attach(&m);
        *live.current.lock() = Some(m.clone());
        let mut config = config;
        config.collector = Some(m.collector.clone());
        let first = InputTask::new(&m, entry, done.clone());
        std::thread::spawn(move || {
            let code = match minigo_runtime::run_main(config, Box::new(SessionMain { first: Some(first) })) {
                Exit::Code(c) => c,
                Exit::Deadlock => 2,
            };
            m.flush();
            std::process::exit(code);
        });
        LiveProgram { live, done }
    }

    /// Makes `module` (an extension of the current one) the program's newest generation.
    pub fn install(&self, module: Module) {
        let mut cur = self.live.current.lock();
        let Some(old) = cur.clone() else { return };
        let mut globals: Vec<Arc<Obj>> = old.globals.to_vec();
        globals.extend(module.globals[old.globals.len().min(module.globals.len())..].iter().map(|(_, z)| Obj::cell(z.copy_agg())));
        let m = Arc::new(Machine {
            module: Arc::new(module),
            stdout: old.stdout.clone(),
            stderr: old.stderr.clone(),
            globals: globals.into(),
            args: old.args.clone(),
            collector: old.collector.clone(),
            live: Some(self.live.clone()),
            generation: old.generation + 1,
        });
        m.collector.attach(&m);
        *cur = Some(m);
        self.live.generation.store(old.generation + 1, Ordering::Release);
    }

    /// Runs function `entry` of the newest generation as a new goroutine; its goid.
    pub fn spawn(&self, entry: u32) -> u64 {
        let Some(m) = self.live.current.lock().clone() else { return 0 };
        minigo_runtime::spawn_global(Box::new(InputTask::new(&m, entry, self.done.clone())))
    }

    /// Asks goroutine `goid` to stop at its next time slice.
    pub fn interrupt(&self, goid: u64) {
        self.live.interrupts.lock().push(goid);
        self.live.any_interrupt.store(true, Ordering::Release);
    }

    /// The newest generation's module.
    pub fn module(&self) -> Option<Arc<Module>> {
        Some(self.live.current.lock().as_ref()?.module.clone())
    }
}

/// Goroutine 1 of a session: starts the first input, then waits in a syscall for good.
struct SessionMain {
    first: Option<InputTask>,
}

impl Task for SessionMain {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        if let Some(first) = self.first.take() {
            cx.spawn(Box::new(first));
        }
        cx.entersyscall();
        loop {
            std::thread::park();
        }
    }
}

/// An input's goroutine: reports its goid on `done` when it ends.
struct InputTask {
    g: Goroutine,
    done: Sender<u64>,
}

impl InputTask {
    fn new(m: &Arc<Machine>, entry: u32, done: Sender<u64>) -> InputTask {
        let f = Value::Func(Arc::new(Closure { callee: Callee::Go(entry), env: Box::new([]), bound: false }));
        InputTask { g: Goroutine::for_call(m.clone(), f, Vec::new()), done }
    }
}

impl Task for InputTask {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        let step = self.g.run(cx);
        if matches!(step, Step::Exit) {
            let _ = self.done.send(cx.g().id());
        }
        step
    }
    fn traceback(&self) -> Vec<String> {
        self.g.traceback()
    }
    fn gc_scrub(&mut self) {
        self.g.gc_scrub()
    }
}
