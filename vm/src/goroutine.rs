//! A goroutine: its value stack (register windows), call frames, deferred calls, panic
//! state and suspended natives — a plain heap struct implementing `runtime::Task`, so it
//! can park at any instruction and resume on another M.

use std::num::NonZeroU64;
use std::sync::Arc;

use minigo_runtime::chan::{SelectWait, Sudog};
use minigo_runtime::{Ctx, Step, Task};

use crate::bytecode::Module;
use crate::call::NativeCo;
use crate::machine::Machine;
use crate::session::Catch;
use crate::value::{Callee, Closure, Value};

/// Why a frame was pushed, which decides what happens when it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    /// An ordinary call: results go to the caller's registers.
    Normal,
    /// The goroutine's first call: returning ends the goroutine.
    Entry,
    /// A deferred call; `by_panic` when run by panic unwinding (only then may it `recover`).
    Deferred { by_panic: bool },
    /// A Go call requested by a suspended native: its results resume the native.
    Callback,
    /// `Error()`/`String()` of a fatal panic's value, for the crash message: of
    /// `PanicState::earlier[index]`, or of the last panic when `index` is past them.
    PanicText { index: u16 },
}

/// One activation of a Go function (32 bytes: a parked goroutine keeps a few).
pub(crate) struct Frame {
    pub func: u32,
    pub pc: u32,
    /// First register of the window on the goroutine's stack.
    pub base: u32,
    /// Where the results go on the stack.
    pub ret: u32,
    pub env: Option<Arc<Closure>>,
    pub kind: FrameKind,
    /// Running its deferred calls on the way out (`return` reached or panic recovered).
    pub returning: bool,
}

const _: () = assert!(std::mem::size_of::<Frame>() == 32);

/// A deferred call: the func value and its arguments, evaluated at the `defer` statement.
pub(crate) struct Deferred {
    /// The deferring frame's index in `frames`. A frame is popped only once its deferred
    /// calls have run (functions with `defer` return through `ReturnResults`), so the
    /// calls of the top frame are the ones at the end of `Goroutine::defers`.
    pub frame: u32,
    pub f: Value,
    pub args: Vec<Value>,
}

/// The panics in flight, innermost last (`earlier` holds the ones it interrupted).
pub(crate) struct PanicState {
    pub value: Value,
    pub recovered: bool,
    /// Panics aborted by this one (a panic in a deferred call during unwinding), each with
    /// whether it had been recovered.
    pub earlier: Vec<(Value, bool)>,
    /// Raised again with the value of the recovered panic it interrupted (Go prints one
    /// line, `[recovered, repanicked]`, for the two).
    pub repanicked: bool,
    /// An `Error`/`String` method called for the crash message panicked itself: print the
    /// values without calling methods again.
    pub text_failed: bool,
    /// The frames where it started (printed if it is fatal).
    pub trace: Vec<(u32, u32)>,
    /// Not a panic but `runtime.Goexit` running the deferred calls.
    pub goexit: bool,
    /// The unrecovered panic (or Goexit) whose deferred call raised this one: it goes on
    /// once this one is recovered and that deferred call returns, and is aborted (moved to
    /// `earlier`) if this one unwinds that call's frame.
    pub outer: Option<Box<PanicState>>,
}

/// What a parked goroutine is waiting for; completed when it runs again.
pub(crate) enum Wait {
    Recv { sudog: Arc<Sudog<Value>>, dst: usize, ok: bool, zero: Value },
    Send { sudog: Arc<Sudog<Value>> },
    Select { wait: SelectWait<Value>, dst: usize, func: u32, sel: u32, base: usize },
    /// A native that parked: its results, delivered to `ret` on resume.
    Native { results: Vec<Value>, ret: usize },
}

pub(crate) struct Goroutine {
    pub m: Arc<Machine>,
    pub module: Arc<Module>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Pending deferred calls of all frames, innermost last (kept out of `Frame` so that
    /// a call pushes and pops no vector).
    pub defers: Vec<Deferred>,
    pub panic: Option<Box<PanicState>>,
    pub wait: Option<Wait>,
    /// Callback natives suspended in a Go call, innermost last.
    pub natives: Vec<NativeCo>,
    /// A call to make before running (a `go` statement whose target is a native); boxed,
    /// since it is rare and every parked goroutine would carry its size.
    pub start: Option<Box<(Value, Vec<Value>)>>,
    /// Where a `go` statement made this goroutine, for the traceback's `created by` lines.
    /// Inline: 16 bytes (the goroutine id's niche holds `None`), less than a box costs.
    pub created_by: Option<CreatedBy>,
    /// This is the finalizer goroutine (Go's `fing`): when its call returns, it runs the
    /// next queued finalizer.
    pub runs_finalizers: bool,
}

/// The `go` statement that made a goroutine: the function running it, the pc after it,
/// and the goroutine that ran it.
pub(crate) struct CreatedBy {
    pub func: u32,
    pub pc: u32,
    pub goid: NonZeroU64,
}

const _: () = assert!(std::mem::size_of::<Option<CreatedBy>>() == 16);

/// Most registers a goroutine may use before Go's "stack exceeds limit" fatal error.
pub(crate) const MAX_STACK: usize = 1 << 24;

impl Goroutine {
    fn empty(m: Arc<Machine>) -> Goroutine {
        let module = m.module.clone();
        Goroutine { m, module, stack: Vec::new(), frames: Vec::new(), defers: Vec::new(), panic: None, wait: None, natives: Vec::new(), start: None, created_by: None, runs_finalizers: false }
    }

    /// Goroutine 1: package initialisation, then `main.main`.
    pub(crate) fn main(m: Arc<Machine>) -> Goroutine {
        let mut g = Goroutine::empty(m);
        let entry = g.module.entry;
        let nregs = g.module.funcs[entry as usize].nregs as usize;
        g.stack.resize(nregs.max(1), Value::Nil);
        g.frames.push(Frame { func: entry, pc: 0, base: 0, ret: 0, env: None, kind: FrameKind::Entry, returning: false });
        g
    }

    /// The finalizer goroutine: it runs queued finalizers one after another
    /// (`HeapCollector::next_finalizer`) and exits when none is left.
    pub(crate) fn fing(m: Arc<Machine>) -> Goroutine {
        let mut g = Goroutine::empty(m);
        g.runs_finalizers = true;
        g.start = g.m.collector.next_finalizer().map(|(f, arg)| Box::new((f, vec![arg])));
        g
    }

    /// A goroutine that runs `f(args...)` (a `go` statement, `time.AfterFunc`).
    pub(crate) fn for_call(m: Arc<Machine>, f: Value, args: Vec<Value>) -> Goroutine {
        let mut g = Goroutine::empty(m);
        // Most goroutines stay shallow: keep a parked one small.
        g.frames.reserve_exact(2);
        g.stack.resize(args.len() + 2, Value::Nil);
        g.start = Some(Box::new((f, args)));
        g
    }

    /// The current frames as (function, pc) pairs, innermost first, without the entry
    /// function (cheap: formatted only if a panic turns out to be fatal).
    pub(crate) fn trace_points(&self) -> Vec<(u32, u32)> {
        self.frames.iter().rev().filter(|fr| fr.func != self.module.entry).map(|fr| (fr.func, fr.pc)).collect()
    }

    /// Go-style traceback lines for `points`: `main.f(...)` then `\tfile:line +0xpc`.
    pub(crate) fn format_trace(&self, points: &[(u32, u32)]) -> Vec<String> {
        let mut out = Vec::new();
        for &(func, pc) in points {
            let pc = (pc as usize).saturating_sub(1);
            let (file, line) = self.module.position(func, pc);
            out.push(format!("{}(...)", self.module.funcs[func as usize].name));
            out.push(format!("\t{file}:{line} +0x{pc:x}"));
        }
        if let Some(c) = &self.created_by {
            let pc = (c.pc as usize).saturating_sub(1);
            let (file, line) = self.module.position(c.func, pc);
            out.push(format!("created by {} in goroutine {}", self.module.funcs[c.func as usize].name, c.goid));
            out.push(format!("\t{file}:{line} +0x{pc:x}"));
        }
        out
    }

    /// For the execution trace: what a `go` statement in function `func` (at the saved pc)
    /// starts, and where: `main.worker at ./prog.go:23`.
    pub(crate) fn go_label(&self, f: &Value, func: u32) -> String {
        let name = match f {
            Value::Func(c) => match c.callee {
                Callee::Go(i) => self.module.funcs[i as usize].name.as_str(),
                Callee::Native(_) => "native function",
            },
            _ => "?",
        };
        let pc = self.frames.last().map_or(0, |fr| fr.pc as usize).saturating_sub(1);
        let (file, line) = self.module.position(func, pc);
        format!("{name} at {file}:{line}")
    }

    /// Go-style traceback lines of the current frames, innermost first.
    pub(crate) fn traceback_lines(&self) -> Vec<String> {
        self.format_trace(&self.trace_points())
    }
}

impl Goroutine {
    /// The end of the registers in use: past every frame's window, registers belong to
    /// calls that returned.
    fn stack_top(&self) -> usize {
        self.frames
            .iter()
            .map(|fr| fr.base as usize + self.module.funcs[fr.func as usize].nregs as usize + 1)
            .max()
            .unwrap_or(0)
    }

    /// Go's stack shrinking, at a park: a goroutine that once called deep keeps the
    /// registers that call needed; when it parks using under a quarter of them, it gives
    /// the rest back (a parked goroutine stays small).
    fn shrink_stack(&mut self) {
        let cap = self.stack.capacity();
        if cap < MIN_SHRINK {
            return;
        }
        let top = self.stack_top();
        if top * 4 <= cap {
            self.stack.truncate(top);
            self.stack.shrink_to(top * 2);
        }
    }
}

/// Register stacks smaller than this (in values) are never shrunk.
const MIN_SHRINK: usize = 32;

impl Task for Goroutine {
    fn run(&mut self, cx: &mut Ctx<'_>) -> Step {
        let mut interrupted = false;
        if let Some(live) = self.m.live.clone() {
            match live.catch_up(self, cx) {
                Catch::Run => {}
                Catch::Unwind => interrupted = true,
                Catch::Stop => return Step::Exit,
            }
        }
        // Online for the length of the run: slots are read without locks (`slots.rs`).
        crate::limbo::enter();
        let unwound = if interrupted { self.goexit(cx) } else { None };
        let step = match unwound {
            Some(step) => step,
            None => self.execute(cx),
        };
        crate::limbo::leave();
        if matches!(step, Step::Park(_)) {
            self.shrink_stack();
        }
        step
    }
    fn traceback(&self) -> Vec<String> {
        self.traceback_lines()
    }
    fn gc_scrub(&mut self) {
        let top = self.stack_top();
        if let Some(dead) = self.stack.get_mut(top..) {
            dead.fill(Value::Nil);
        }
    }
}
