//! Calls, returns, `defer`, `panic`/`recover`, and natives (plain or on a coroutine when
//! they call back into Go). Every operation here returns `Option<Step>`: `None` means
//! "keep dispatching the top frame", `Some(step)` means the goroutine stops running now.
//!
//! Panics follow Go's rules: a panic runs the deferred calls of each frame from the
//! innermost outwards; a deferred call run by the panic may `recover`, after which the
//! frame that deferred it returns normally (with its named results as they are); a panic
//! inside a deferred call aborts the one in flight (both are printed, oldest first).

use std::sync::Arc;

use corosensei::{Coroutine, CoroutineResult, Yielder};
use minigo_runtime::{Ctx, Step};
use minigo_types::Type;

use crate::builtins::{print_complex, print_float};
use crate::goroutine::{Deferred, Frame, FrameKind, Goroutine, PanicState, Wait, MAX_STACK};
use crate::native::{CallReply, CallRequest, NativeCx, NativeResult};
use crate::value::{Callee, Closure, Value};

/// What a callback native's coroutine finally returns: its result and an `os.Exit` request.
type NativeOutcome = (NativeResult, Option<i32>);

/// A callback native suspended while a Go call it requested runs.
pub(crate) struct NativeCo {
    co: Coroutine<CallReply, CallRequest, NativeOutcome>,
    /// Where its results go, and how it was invoked.
    ret: usize,
    kind: FrameKind,
}

// SAFETY: a suspended coroutine is moved to another OS thread when its goroutine resumes on
// another M. That is sound because nothing thread-bound lives on the coroutine's stack
// across a suspension: the native only holds its own arguments (`Value`s, which are `Send`),
// an `Arc<Machine>` (`Send + Sync`), and the `NativeCx`, whose runtime context is `None` in
// callback natives (the M-bound `Ctx` is never captured). Natives must not keep locks
// (`MutexGuard`s) or thread-locals across `NativeCx::call`; the registry documents this.
unsafe impl Send for NativeCo {}

/// A frame token (`FrameToken`) holds the goroutine's id above the frame's index.
const FRAME_BITS: u32 = 24;
const FRAME_MASK: i64 = (1 << FRAME_BITS) - 1;
const _: () = assert!(MAX_STACK / 8 <= 1 << FRAME_BITS);

/// The token naming frame `frame` of goroutine `goid`, for `DeferAt`.
pub(crate) fn frame_token(goid: u64, frame: usize) -> i64 {
    (goid as i64) << FRAME_BITS | frame as i64
}

pub(crate) const NIL_DEREF: &str = "invalid memory address or nil pointer dereference";

impl Goroutine {
    /// Pushes a frame for Go function `fi` whose window starts at `window` (arguments
    /// already there), results to `ret`.
    #[inline]
    pub(crate) fn push_frame(&mut self, fi: u32, window: usize, ret: usize, env: Option<Arc<Closure>>, kind: FrameKind) -> Option<Step> {
        let nregs = self.module.funcs[fi as usize].nregs as usize;
        let top = window + nregs + 1;
        if self.stack.len() < top {
            if let Some(step) = self.grow_stack(top) {
                return Some(step);
            }
        }
        if self.frames.len() >= MAX_STACK / 8 {
            return Some(self.stack_overflow());
        }
        self.frames.push(Frame { func: fi, pc: 0, base: window as u32, ret: ret as u32, env, kind, returning: false });
        None
    }

    /// Grows the register stack to hold `top` slots, or Go's stack overflow past the limit.
    #[cold]
    fn grow_stack(&mut self, top: usize) -> Option<Step> {
        if top > MAX_STACK {
            return Some(self.stack_overflow());
        }
        // Never past the limit, so a stack that needs no growth is within it.
        self.stack.resize(top.max(self.stack.len() * 2).min(MAX_STACK), Value::Nil);
        None
    }

    /// When the entry frame has returned: the finalizer goroutine starts its next finalizer
    /// (`None`: keep running); any other goroutine, or the finalizer goroutine with nothing
    /// queued, exits.
    pub(crate) fn next_finalizer(&mut self, rt: &mut Ctx<'_>) -> Option<Step> {
        let call = if self.runs_finalizers { self.m.collector.next_finalizer() } else { None };
        let Some((f, arg)) = call else { return Some(Step::Exit) };
        self.stack.fill(Value::Nil);
        self.invoke(f, vec![arg], 0, 0, FrameKind::Entry, rt)
    }

    /// Calls the func value `f` with `args`, its window at `window`, results to `ret`.
    pub(crate) fn invoke(&mut self, f: Value, mut args: Vec<Value>, window: usize, ret: usize, kind: FrameKind, rt: &mut Ctx<'_>) -> Option<Step> {
        let Value::Func(c) = f else {
            return self.throw_nil_deref(rt);
        };
        if c.bound {
            args.insert(0, c.env[0].clone());
        }
        match c.callee {
            Callee::Go(fi) => {
                if self.stack.len() < window + args.len() {
                    self.stack.resize(window + args.len(), Value::Nil);
                }
                for (i, a) in args.into_iter().enumerate() {
                    self.stack[window + i] = a;
                }
                let env = if c.bound { None } else { Some(c) };
                self.push_frame(fi, window, ret, env, kind)
            }
            Callee::Native(ni) => self.call_native(ni, args, ret, kind, rt),
        }
    }

    /// A call through a func value in register `w`, its `nargs` arguments after it
    /// (results to `w`).
    pub(crate) fn call_value(&mut self, w: usize, nargs: usize, rt: &mut Ctx<'_>) -> Option<Step> {
        let Value::Func(c) = std::mem::take(&mut self.stack[w]) else {
            return self.throw_nil_deref(rt);
        };
        match c.callee {
            Callee::Go(fi) if !c.bound => self.push_frame(fi, w + 1, w, Some(c), FrameKind::Normal),
            Callee::Go(fi) => {
                self.stack[w] = c.env[0].clone();
                self.push_frame(fi, w, w, None, FrameKind::Normal)
            }
            Callee::Native(ni) => {
                let mut args = Vec::with_capacity(nargs + 1);
                if c.bound {
                    args.push(c.env[0].clone());
                }
                args.extend_from_slice(&self.stack[w + 1..w + 1 + nargs]);
                self.call_native(ni, args, w, FrameKind::Normal, rt)
            }
        }
    }

    /// A call of method number `name` of the interface value in register `w`, its `nargs`
    /// arguments after it (the receiver replaces the interface; results to `w`).
    pub(crate) fn call_iface(&mut self, w: usize, name: u32, nargs: usize, rt: &mut Ctx<'_>) -> Option<Step> {
        let resolved = match &self.stack[w] {
            Value::Iface(t, inner) => self.module.resolve_method(*t, inner, name),
            _ => None,
        };
        let Some((callee, recv)) = resolved else {
            return self.throw_nil_deref(rt);
        };
        match callee {
            Callee::Go(fi) => {
                self.stack[w] = recv;
                self.push_frame(fi, w, w, None, FrameKind::Normal)
            }
            Callee::Native(ni) => {
                let mut args = vec![recv];
                args.extend_from_slice(&self.stack[w + 1..w + 1 + nargs]);
                self.call_native(ni, args, w, FrameKind::Normal, rt)
            }
        }
    }

    /// Panics with Go's nil dereference error (a call through a nil func or interface).
    #[cold]
    fn throw_nil_deref(&mut self, rt: &mut Ctx<'_>) -> Option<Step> {
        let e = self.module.runtime_error(NIL_DEREF);
        self.throw(e, rt)
    }

    /// Runs native `ni`; its results go to `ret`, then the frame-kind continuation.
    pub(crate) fn call_native(&mut self, ni: u32, args: Vec<Value>, ret: usize, kind: FrameKind, rt: &mut Ctx<'_>) -> Option<Step> {
        let entry = &self.module.natives[ni as usize];
        let native = entry.native;
        if native.callback {
            let m = self.m.clone();
            let f = native.f;
            let co = Coroutine::new(move |y: &Yielder<CallReply, CallRequest>, _first: CallReply| {
                let mut cx = NativeCx { m: &m, rt: None, yielder: Some(y), park: None, exit: None, fatal: None, goexit: false, recover: false };
                let r = f(&mut cx, &args);
                (r, cx.exit)
            });
            self.natives.push(NativeCo { co, ret, kind });
            return self.resume_native(Ok(Vec::new()), rt);
        }
        let (result, park, exit, fatal, goexit, recover) = {
            let mut cx = NativeCx { m: &self.m, rt: Some(rt), yielder: None, park: None, exit: None, fatal: None, goexit: false, recover: false };
            let r = (native.f)(&mut cx, &args);
            (r, cx.park, cx.exit, cx.fatal, cx.goexit, cx.recover)
        };
        if recover && matches!(kind, FrameKind::Deferred { by_panic: false }) {
            self.recover();
        }
        if let Some(code) = exit {
            return Some(self.exit_program(code));
        }
        if let Some(head) = fatal {
            return Some(self.crash(&head, rt));
        }
        if goexit {
            return self.goexit(rt);
        }
        match result {
            Err(p) => self.throw(p, rt),
            Ok(results) => {
                if let Some(reason) = park {
                    self.wait = Some(Wait::Native { results, ret });
                    // The continuation of `kind` runs on resume only for plain calls;
                    // natives that park are called as ordinary calls.
                    return Some(Step::Park(reason));
                }
                let n = results.len();
                self.deliver(ret, results);
                self.frame_done(kind, ret, n, rt)
            }
        }
    }

    /// Resumes the innermost suspended callback native with `reply`.
    pub(crate) fn resume_native(&mut self, reply: CallReply, rt: &mut Ctx<'_>) -> Option<Step> {
        let co = self.natives.last_mut().expect("callback frame without a native");
        match co.co.resume(reply) {
            CoroutineResult::Yield(CallRequest { f, args }) => {
                let window = self.top_of_frames();
                self.invoke(f, args, window, window, FrameKind::Callback, rt)
            }
            CoroutineResult::Return((result, exit)) => {
                let NativeCo { ret, kind, .. } = self.natives.pop().expect("native");
                if let Some(code) = exit {
                    return Some(self.exit_program(code));
                }
                match result {
                    Err(p) => self.throw(p, rt),
                    Ok(results) => {
                        let n = results.len();
                        self.deliver(ret, results);
                        self.frame_done(kind, ret, n, rt)
                    }
                }
            }
        }
    }

    /// The first stack slot above the top frame's window.
    pub(crate) fn top_of_frames(&self) -> usize {
        match self.frames.last() {
            Some(fr) => fr.base as usize + self.module.funcs[fr.func as usize].nregs as usize,
            None => 0,
        }
    }

    pub(crate) fn deliver(&mut self, ret: usize, results: Vec<Value>) {
        if self.stack.len() < ret + results.len() {
            self.stack.resize(ret + results.len(), Value::Nil);
        }
        for (i, v) in results.into_iter().enumerate() {
            self.stack[ret + i] = v;
        }
    }

    /// What happens after a frame (or native) of `kind` has put its `n` results at `ret`.
    pub(crate) fn frame_done(&mut self, kind: FrameKind, ret: usize, n: usize, rt: &mut Ctx<'_>) -> Option<Step> {
        match kind {
            FrameKind::Normal => None,
            FrameKind::Entry => self.next_finalizer(rt),
            FrameKind::Deferred { .. } => self.after_deferred(rt),
            FrameKind::Callback => {
                let results = self.stack[ret..ret + n].to_vec();
                self.resume_native(Ok(results), rt)
            }
            FrameKind::PanicText { index } => {
                let text = Value::iface(self.module.basic_type(minigo_types::BasicKind::String), self.stack[ret].clone());
                if let Some(p) = self.panic.as_mut() {
                    match p.earlier.get_mut(index as usize) {
                        Some((v, _)) => *v = text,
                        None => p.value = text,
                    }
                }
                Some(self.fatal_panic(rt))
            }
        }
    }

    /// `return` in a function with deferred calls or named results: run the next deferred
    /// call, or, when none is left, copy the result variables out and pop the frame.
    pub(crate) fn continue_return(&mut self, rt: &mut Ctx<'_>) -> Option<Step> {
        self.frames.last_mut().expect("frame").returning = true;
        if let Some(d) = self.pop_defer() {
            let window = self.top_of_frames();
            return self.invoke(d.f, d.args, window, window, FrameKind::Deferred { by_panic: false }, rt);
        }
        let fr = self.frames.pop().expect("frame");
        let f = &self.module.funcs[fr.func as usize];
        let base = fr.base as usize;
        let results: Vec<Value> = f
            .results
            .iter()
            .map(|s| {
                let v = &self.stack[base + s.reg as usize];
                if s.cell {
                    v.deref().unwrap_or_default()
                } else {
                    v.clone()
                }
            })
            .collect();
        let n = results.len();
        let ret = fr.ret as usize;
        self.deliver(ret, results);
        self.clear_window(&fr, n);
        self.frame_done(fr.kind, ret, n, rt)
    }

    /// A returned frame's registers, but for its `n` results at `ret`, are dead: drop the
    /// references they hold, so the collector does not take them for live (Go's liveness,
    /// at the granularity of a call). Scalars are left as they are: that is most registers,
    /// and they keep nothing alive.
    #[inline]
    pub(crate) fn clear_window(&mut self, fr: &Frame, n: usize) {
        let nregs = self.module.funcs[fr.func as usize].nregs as usize;
        clear_window(&mut self.stack, fr.base as usize, fr.ret as usize, nregs, n);
    }

    /// A deferred call finished: continue the deferring frame's return, or the panic.
    fn after_deferred(&mut self, rt: &mut Ctx<'_>) -> Option<Step> {
        let returning = self.frames.last().is_some_and(|f| f.returning);
        match &self.panic {
            Some(p) if p.recovered && !returning => {
                self.panic = self.panic.take().and_then(|p| p.outer);
                self.continue_return(rt)
            }
            Some(_) if !returning => self.unwind(rt),
            _ => self.continue_return(rt),
        }
    }

    /// `defer f(args)` in the top frame.
    pub(crate) fn push_defer(&mut self, f: Value, args: Vec<Value>) {
        let frame = (self.frames.len() - 1) as u32;
        if self.defers.capacity() == 0 {
            self.defers.reserve_exact(1);
        }
        self.defers.push(Deferred { frame, f, args });
    }

    /// `defer f(args)` on the frame of `token` (from `FrameToken` on goroutine `goid`),
    /// below the top one: queued after that frame's other deferred calls and before those
    /// of the frames above it. False if the token names a frame of another goroutine.
    pub(crate) fn push_defer_at(&mut self, token: i64, goid: u64, f: Value, args: Vec<Value>) -> bool {
        let frame = token & FRAME_MASK;
        if token >> FRAME_BITS != goid as i64 || frame as usize >= self.frames.len() {
            return false;
        }
        let frame = frame as u32;
        let at = self.defers.partition_point(|d| d.frame <= frame);
        self.defers.insert(at, Deferred { frame, f, args });
        true
    }

    /// The top frame's most recent pending deferred call, removed.
    fn pop_defer(&mut self) -> Option<Deferred> {
        let top = (self.frames.len() - 1) as u32;
        match self.defers.last() {
            Some(d) if d.frame == top => self.defers.pop(),
            _ => None,
        }
    }

    /// `recover()` in the top frame.
    pub(crate) fn recover(&mut self) -> Value {
        let direct = matches!(self.frames.last().map(|f| f.kind), Some(FrameKind::Deferred { by_panic: true }));
        match self.panic.as_mut() {
            Some(p) if direct && !p.recovered && !p.goexit => {
                p.recovered = true;
                p.value.clone()
            }
            _ => Value::Nil,
        }
    }

    /// Starts panicking with `v` (the top frame's `pc` must be saved) and unwinds.
    pub(crate) fn throw(&mut self, v: Value, rt: &mut Ctx<'_>) -> Option<Step> {
        self.start_panic(v);
        self.unwind(rt)
    }

    /// A new panic while one is in flight: an unrecovered one waits in `outer` (its deferred
    /// call raised this one); a recovered one is over and only printed if this one is fatal.
    fn start_panic(&mut self, v: Value) {
        let mut earlier = Vec::new();
        let mut repanicked = false;
        let mut outer = None;
        match self.panic.take() {
            Some(old) if old.recovered => {
                earlier = old.earlier;
                if crate::value::equal(&self.module.types, &old.value, &v) == Ok(true) {
                    repanicked = true;
                } else {
                    earlier.push((old.value, true));
                }
                outer = old.outer;
            }
            Some(old) => outer = Some(old),
            None => {}
        }
        let trace = self.trace_points();
        self.panic = Some(Box::new(PanicState { value: v, recovered: false, earlier, repanicked, text_failed: false, trace, goexit: false, outer }));
    }

    /// The panic in flight unwound a deferred call run by its outer panic: that panic is
    /// aborted and joins the ones printed before this one.
    fn abort_outer(&mut self) {
        let Some(p) = self.panic.as_mut() else { return };
        let Some(mut old) = p.outer.take() else { return };
        p.outer = old.outer.take();
        let mut earlier = std::mem::take(&mut old.earlier);
        if !old.goexit {
            earlier.push((old.value, old.recovered));
        }
        earlier.append(&mut p.earlier);
        p.earlier = earlier;
    }

    /// `runtime.Goexit` (and an interrupted REPL input): whatever the goroutine waited for
    /// is dropped, its deferred calls run, then it ends.
    pub(crate) fn goexit(&mut self, rt: &mut Ctx<'_>) -> Option<Step> {
        self.wait = None;
        self.panic = Some(Box::new(PanicState { value: Value::Nil, recovered: false, earlier: Vec::new(), repanicked: false, text_failed: false, trace: Vec::new(), goexit: true, outer: None }));
        self.unwind(rt)
    }

    /// Runs deferred calls outward until one recovers or no frame is left.
    fn unwind(&mut self, rt: &mut Ctx<'_>) -> Option<Step> {
        loop {
            let Some(fr) = self.frames.last_mut() else {
                return Some(self.unwound(rt));
            };
            fr.returning = false;
            if let Some(d) = self.pop_defer() {
                let window = self.top_of_frames();
                return self.invoke(d.f, d.args, window, window, FrameKind::Deferred { by_panic: true }, rt);
            }
            let fr = self.frames.pop().expect("frame");
            match fr.kind {
                FrameKind::Entry => return Some(self.unwound(rt)),
                FrameKind::PanicText { .. } => {
                    if let Some(p) = self.panic.as_mut() {
                        p.text_failed = true;
                    }
                    return Some(self.unwound(rt));
                }
                FrameKind::Callback => {
                    self.natives.pop();
                }
                FrameKind::Deferred { by_panic: true } => self.abort_outer(),
                FrameKind::Normal | FrameKind::Deferred { by_panic: false } => {}
            }
        }
    }

    /// Unwinding reached the bottom of the stack: the goroutine ends (`Goexit`) or the
    /// panic is fatal.
    fn unwound(&mut self, rt: &mut Ctx<'_>) -> Step {
        if self.panic.as_ref().is_some_and(|p| p.goexit) {
            self.panic = None;
            self.frames.clear();
            rt.goexit();
            return Step::Exit;
        }
        self.fatal_panic(rt)
    }

    /// The panic reached the bottom of the stack: print it as Go does and end the program
    /// with exit status 2. An error or Stringer value is first converted by calling its
    /// `Error`/`String` method on this goroutine.
    fn fatal_panic(&mut self, rt: &mut Ctx<'_>) -> Step {
        self.frames.clear();
        // Every value with an Error or String method prints as its text: call them one
        // at a time (each call's return comes back here through FrameKind::PanicText).
        let p = self.panic.as_ref().expect("panicking");
        let values = p.earlier.iter().map(|(v, _)| v).chain([&p.value]);
        // (An index past u16 — tens of thousands of nested panics — is printed without its text.)
        let pending = values
            .enumerate()
            .find_map(|(i, v)| Some((u16::try_from(i).ok()?, self.text_method(v)?)))
            .filter(|_| !p.text_failed);
        if let Some((index, m)) = pending {
            let top = self.stack.len().min(1 << 20);
            return match self.invoke(m, Vec::new(), top, top, FrameKind::PanicText { index }, rt) {
                Some(step) => step,
                None => Step::Yield,
            };
        }
        let p = self.panic.take().expect("panicking");
        if p.text_failed {
            let msg = format!("panic while printing panic value: {}", self.panic_text(&p.value));
            return self.fatal_error(&msg, rt);
        }
        let mut msg = String::new();
        for (v, recovered) in &p.earlier {
            msg.push_str("panic: ");
            msg.push_str(&self.panic_text(v));
            if *recovered {
                msg.push_str(" [recovered]");
            }
            msg.push_str("\n\t");
        }
        msg.push_str("panic: ");
        msg.push_str(&self.panic_text(&p.value));
        if p.repanicked {
            msg.push_str(" [recovered, repanicked]");
        }
        msg.push('\n');
        if self.module.is_runtime_error(&p.value) && p.value_text_is_nil_deref() {
            msg.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        let goid = rt.g().id();
        msg.push_str(&format!("\ngoroutine {goid} [running]:\n"));
        for line in self.format_trace(&p.trace) {
            msg.push_str(&line);
            msg.push('\n');
        }
        self.m.flush();
        self.m.write_stderr(msg.as_bytes());
        self.die()
    }

    /// The `Error` (else `String`) method of a panic value, bound: what Go prints instead
    /// of the value. Not for the runtime's own errors, printed directly.
    fn text_method(&self, v: &Value) -> Option<Value> {
        let Value::Iface(t, inner) = v else { return None };
        if self.module.is_runtime_error(v) {
            return None;
        }
        ["Error", "String"].into_iter().find_map(|name| self.module.bound_method(*t, inner, name))
    }

    /// Go's `printpanicval`.
    fn panic_text(&self, v: &Value) -> String {
        let Value::Iface(t, inner) = v else { return "nil".into() };
        let table = &self.module.types;
        let named = matches!(table.types[t.0 as usize], Type::Named(_));
        let kind = match table.under(*t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        };
        let Some(kind) = kind else {
            return format!("({}) {:#x}", table.runtime_type_string(*t), inner.address());
        };
        use minigo_types::BasicKind as K;
        let text = match kind {
            K::String => {
                let s = inner.as_bytes();
                let s = String::from_utf8_lossy(s).replace('\n', "\n\t");
                if named && !self.module.is_runtime_error(v) {
                    return format!("{}(\"{s}\")", table.runtime_type_string(*t));
                }
                return s;
            }
            K::Bool => inner.as_bool().to_string(),
            K::Float32 => print_float(inner.as_float(), true),
            K::Float64 => print_float(inner.as_float(), false),
            k if k.is_unsigned() => (inner.as_int() as u64).to_string(),
            K::Complex64 | K::Complex128 => print_complex(inner, kind == K::Complex64),
            _ => inner.as_int().to_string(),
        };
        // A complex value brings its own parentheses: `main.C(1+2i)`.
        match named {
            true if kind.is_complex() => format!("{}{text}", table.runtime_type_string(*t)),
            true => format!("{}({text})", table.runtime_type_string(*t)),
            false => text,
        }
    }

    /// A fatal error (not a panic: deferred calls do not run): `fatal error: msg`, the
    /// traceback, exit status 2.
    pub(crate) fn fatal_error(&mut self, msg: &str, rt: &mut Ctx<'_>) -> Step {
        self.crash(&format!("fatal error: {msg}\n"), rt)
    }

    /// Ends the program with status 2 after printing `head` (the lines that name the crash)
    /// and the running goroutine's traceback.
    fn crash(&mut self, head: &str, rt: &mut Ctx<'_>) -> Step {
        let goid = rt.g().id();
        let mut text = format!("{head}\ngoroutine {goid} [running]:\n");
        for line in self.traceback_lines() {
            text.push_str(&line);
            text.push('\n');
        }
        self.m.flush();
        self.m.write_stderr(text.as_bytes());
        self.die()
    }

    fn stack_overflow(&mut self) -> Step {
        let mut msg = String::from("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n");
        msg.push_str("goroutine 1 [running]:\n");
        for line in self.traceback_lines().into_iter().take(20) {
            msg.push_str(&line);
            msg.push('\n');
        }
        self.m.flush();
        self.m.write_stderr(msg.as_bytes());
        self.die()
    }

    /// After a fatal panic or error has been printed: the program ends with status 2,
    /// except in a REPL session, where only this goroutine ends (the session goes on).
    fn die(&mut self) -> Step {
        if self.m.live.is_none() {
            return self.exit_program(2);
        }
        self.m.flush();
        self.frames.clear();
        self.defers.clear();
        Step::Exit
    }

    /// Ends the whole program with `code` (`os.Exit`, fatal panic).
    pub(crate) fn exit_program(&mut self, code: i32) -> Step {
        self.m.flush();
        self.m.set_exit(code);
        self.frames.clear();
        Step::Exit
    }
}

impl PanicState {
    fn value_text_is_nil_deref(&self) -> bool {
        matches!(&self.value, Value::Iface(_, s) if s.as_bytes().ends_with(NIL_DEREF.as_bytes()))
    }
}

/// [`Goroutine::clear_window`] for a frame of `nregs` registers at `base` on `stack`, whose
/// `n` results are at `ret`.
#[inline]
pub(crate) fn clear_window(stack: &mut [Value], base: usize, ret: usize, nregs: usize, n: usize) {
    let end = (base + nregs).min(stack.len());
    let ret_end = ret + n;
    for (i, r) in stack[base..end].iter_mut().enumerate() {
        let i = base + i;
        if !matches!(r, Value::Nil | Value::Int(_) | Value::Float(_) | Value::Bool(_)) && (i < ret || i >= ret_end) {
            *r = Value::Nil;
        }
    }
}
