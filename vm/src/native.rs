//! The interface between the VM and natives: Go functions declared without a body in a
//! standard-library package and implemented in Rust (`minigo-stdlib` fills the registry).
//!
//! A native is a plain `fn(&mut NativeCx, &[Value]) -> NativeResult`:
//! - **arguments**: one [`Value`] per Go parameter, in order; a variadic `...T` parameter
//!   arrives as one slice value (`Value::Slice`, or `Value::Nil` when empty), and for
//!   `...any` each element is an interface value (`Value::Iface(dynamic TypeId, value)` or
//!   `Value::Nil` for a nil interface). A method native (`"Builder.WriteString"`) gets its
//!   receiver first (a `Value::Pointer` for a pointer receiver).
//! - **results**: `Ok(vec![...])` with one value per Go result, or `Err(panic value)` to
//!   panic: [`NativeCx::runtime_error`] builds a `runtime.Error`, any other value (e.g. an
//!   error interface value) panics with that value.
//! - **blocking**: a native that must wait registers the goroutine with a waiter (a
//!   [`minigo_runtime::sema::Sema`], [`minigo_runtime::Ctx::sleep`]) through
//!   [`NativeCx::rt`], then calls [`NativeCx::park`] and returns its results: the goroutine
//!   parks and, once readied, continues with those results.
//! - **calling back into Go** (fmt calling `String()`/`Error()`): natives registered with
//!   [`NativeRegistry::register_callback`] run on their own coroutine stack and may call
//!   [`NativeCx::call`]; the call runs as an ordinary Go frame on the goroutine (which may
//!   park or move to another thread meanwhile). Such natives cannot use [`NativeCx::rt`],
//!   and must not hold a lock guard or thread-local borrow across `call` (the coroutine may
//!   resume on another OS thread).
//! - **ending things**: [`NativeCx::exit`] (`os.Exit`), [`NativeCx::fatal`] (Go's `throw`:
//!   `fatal error: ...` with the goroutine's trace), [`NativeCx::goexit`] (`runtime.Goexit`).
//!
//! Value helpers for natives live on [`Value`] (`Value::str`, `Value::slice`,
//! `Value::iface`, `Value::agg`, ...) and here (`make_map`, `make_chan`).

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use corosensei::Yielder;
use minigo_runtime::chan::Chan;
use minigo_runtime::{Ctx, WaitReason};
use minigo_types::{BasicKind, Type, TypeId, TypeTable};

use crate::machine::Machine;
use crate::value::{MapObj, Value};

/// Results, or a panic value.
pub type NativeResult = Result<Vec<Value>, Value>;

/// A native function. See the module documentation for the calling convention.
pub type NativeFn = fn(&mut NativeCx<'_, '_>, &[Value]) -> NativeResult;

/// A registered native.
#[derive(Clone, Copy)]
pub struct Native {
    pub f: NativeFn,
    /// Runs on a coroutine so it can call back into Go ([`NativeCx::call`]).
    pub callback: bool,
}

/// `(package path, name)` → native; methods are named `"Recv.Method"` (receiver type name
/// without `*`), matching the checker's `FuncRef::Native`.
#[derive(Clone, Default)]
pub struct NativeRegistry {
    fns: HashMap<(String, String), Native>,
}

impl NativeRegistry {
    pub fn new() -> NativeRegistry {
        NativeRegistry::default()
    }
    /// Registers a native that does not call back into Go.
    pub fn register(&mut self, pkg: &str, name: &str, f: NativeFn) {
        self.fns.insert((pkg.to_string(), name.to_string()), Native { f, callback: false });
    }
    /// Registers a native that may call Go functions through [`NativeCx::call`].
    pub fn register_callback(&mut self, pkg: &str, name: &str, f: NativeFn) {
        self.fns.insert((pkg.to_string(), name.to_string()), Native { f, callback: true });
    }
    pub fn get(&self, pkg: &str, name: &str) -> Option<Native> {
        self.fns.get(&(pkg.to_string(), name.to_string())).copied()
    }
}

/// A request from a callback native to run a Go function value with arguments.
pub(crate) struct CallRequest {
    pub f: Value,
    pub args: Vec<Value>,
}

/// The outcome of a Go call made by a native: results or a panic value.
pub(crate) type CallReply = Result<Vec<Value>, Value>;

/// What a native may ask of the VM and the runtime while it runs.
pub struct NativeCx<'a, 'rt> {
    pub(crate) m: &'a Arc<Machine>,
    pub(crate) rt: Option<&'a mut Ctx<'rt>>,
    pub(crate) yielder: Option<&'a Yielder<CallReply, CallRequest>>,
    pub(crate) park: Option<WaitReason>,
    pub(crate) exit: Option<i32>,
    /// A crash asked for: the lines printed before the goroutine's trace.
    pub(crate) fatal: Option<String>,
    pub(crate) goexit: bool,
    /// `defer recover()` asks the VM to recover on behalf of the deferring function.
    pub(crate) recover: bool,
}

impl<'a, 'rt> NativeCx<'a, 'rt> {
    /// The program's types (for `%T`, struct field names, named types' methods).
    pub fn types(&self) -> &TypeTable {
        &self.m.module.types
    }
    /// Go's spelling of a type (`main.T`, `[]int`, `map[string]int`).
    pub fn type_string(&self, ty: TypeId) -> String {
        self.types().runtime_type_string(ty)
    }
    /// The id of a predeclared basic type (`int`, `string`, ...), to box results in `any`.
    pub fn basic(&self, kind: BasicKind) -> TypeId {
        self.m.module.basic_type(kind)
    }
    /// The id of a type by structure, if the program uses it (`[]byte`, `*T`...).
    pub fn lookup_type(&self, ty: &Type) -> Option<TypeId> {
        self.types().intern.get(ty).copied()
    }
    /// A `runtime.Error` panic value with message `msg` (without the `runtime error: ` prefix).
    pub fn runtime_error(&self, msg: &str) -> Value {
        self.m.module.runtime_error(msg)
    }
    /// A `runtime.Error` panic value whose text has no prefix (`close of closed channel`).
    pub fn runtime_error_plain(&self, text: &str) -> Value {
        self.m.module.runtime_error_plain(text)
    }
    /// Writes to the program's buffered standard output.
    pub fn stdout(&self, bytes: &[u8]) {
        let _ = self.m.stdout.lock().write_all(bytes);
    }
    /// Writes to standard error (unbuffered; standard output is not flushed first).
    pub fn stderr(&self, bytes: &[u8]) {
        let _ = self.m.stderr.lock().write_all(bytes);
    }
    /// The program's cycle collector (finalizers).
    pub fn collector(&self) -> &crate::gc::HeapCollector {
        &self.m.collector
    }
    /// `os.Args`.
    pub fn args(&self) -> &[String] {
        &self.m.args
    }
    /// Runs a call that may block its thread as a system call: the P is free to be handed
    /// off meanwhile (callback natives have no runtime context and simply run it), and the
    /// thread is offline for limbo (`limbo.rs`), so a long block delays no reclamation.
    pub fn blocking<R>(&mut self, call: impl FnOnce() -> R) -> R {
        if let Some(rt) = self.rt() {
            rt.entersyscall();
        }
        let online = crate::limbo::is_online();
        if online {
            crate::limbo::leave();
        }
        let r = call();
        if online {
            crate::limbo::enter();
        }
        if let Some(rt) = self.rt() {
            rt.exitsyscall();
        }
        r
    }
    /// The running goroutine's runtime context (`sleep`, `entersyscall`/`exitsyscall`,
    /// `g()` for waiters). `None` inside a callback native.
    pub fn rt(&mut self) -> Option<&mut Ctx<'rt>> {
        self.rt.as_deref_mut()
    }
    /// After this native returns, park the goroutine with `reason` (it must already be
    /// registered with a waiter that will `goready` it). The native's results are
    /// delivered when it resumes.
    pub fn park(&mut self, reason: WaitReason) {
        self.park = Some(reason);
    }
    /// `os.Exit(code)`: flushes standard output and ends the program after this native returns.
    pub fn exit(&mut self, code: i32) {
        self.exit = Some(code);
    }
    /// Go's `throw`: after this native returns, prints `fatal error: msg` and the
    /// goroutine's stack trace, and ends the program with exit status 2 (no deferred calls
    /// run, nothing can recover).
    pub fn fatal(&mut self, msg: &str) {
        self.fatal = Some(format!("fatal error: {msg}\n"));
    }
    /// A synchronous signal the program does not handle (`runtime.Breakpoint`'s SIGTRAP):
    /// after this native returns, prints `NAME: description` and the signal's `PC=` line,
    /// then the goroutine's stack trace, and ends the program with exit status 2.
    pub fn signal(&mut self, name: &str, description: &str, sigcode: i32) {
        self.fatal = Some(format!("{name}: {description}\nPC=0x0 m=0 sigcode={sigcode}\n"));
    }
    /// `defer recover()`: after this native returns, the VM calls `recover` as if the
    /// function that deferred it did, which stops a panic only when that function is
    /// returning normally and was itself called by the panic (run while its own frame
    /// unwinds, the deferred `recover` is called by the panic and does nothing).
    pub(crate) fn recover_for_caller(&mut self) {
        self.recover = true;
    }
    /// `runtime.Goexit`: after this native returns, the goroutine runs its deferred calls
    /// (where `recover` returns nil) and ends.
    pub fn goexit(&mut self) {
        self.goexit = true;
    }
    /// The method `name` of an interface value's dynamic type (or of `*T` for a pointer),
    /// bound to the value: a func value for [`NativeCx::call`]. `None` if the type has no
    /// such method or `v` is a nil interface.
    pub fn method(&self, v: &Value, name: &str) -> Option<Value> {
        let (ty, inner) = v.iface_parts()?;
        self.m.module.bound_method(ty, inner, name)
    }
    /// Calls a Go func value. Only in natives registered with `register_callback`; returns
    /// the results, or `Err(panic value)` if the call panicked (return it to propagate).
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Vec<Value>, Value> {
        match self.yielder {
            Some(y) => y.suspend(CallRequest { f: f.clone(), args }),
            None => Err(self.runtime_error("native called back into Go without register_callback")),
        }
    }
    /// `go f(args...)`: starts a goroutine running the func value `f`.
    pub fn spawn(&mut self, f: Value, args: Vec<Value>) {
        let task = crate::goroutine::Goroutine::for_call(self.m.clone(), f, args);
        match self.rt.as_deref_mut() {
            Some(rt) => {
                rt.spawn(Box::new(task));
            }
            None => {
                minigo_runtime::spawn_global(Box::new(task));
            }
        }
    }
    /// A handle that can start goroutines from outside any goroutine (timer callbacks
    /// such as `time.AfterFunc`).
    pub fn spawner(&self) -> Spawner {
        Spawner(self.m.clone())
    }
    /// `make(map[K]V)`.
    pub fn make_map(&self) -> Value {
        Value::Map(MapObj::new())
    }
    /// `make(chan T, cap)`.
    pub fn make_chan(&self, cap: usize) -> Value {
        Value::Chan(Arc::new(Chan::new(cap)))
    }
}

/// Starts goroutines from any thread. Cheap to clone.
#[derive(Clone)]
pub struct Spawner(Arc<Machine>);

impl Spawner {
    /// Runs the func value `f(args...)` as a new goroutine (global run queue).
    pub fn spawn_global(&self, f: Value, args: Vec<Value>) {
        let task = crate::goroutine::Goroutine::for_call(self.0.clone(), f, args);
        minigo_runtime::spawn_global(Box::new(task));
    }
}
