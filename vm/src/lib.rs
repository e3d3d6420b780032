//! The minigo VM: values and heap, register-based typed bytecode, the compiler from the
//! checked syntax tree, and the dispatch loop; a goroutine is a heap struct implementing
//! `runtime::Task`.
//!
//! Design decisions, and why:
//! - **Heap: `Arc` reference counting plus a cycle collector.** Values are shared by
//!   goroutines running on several OS threads; `Arc` frees most objects the moment they
//!   become unreachable. Cycles (a ring, a parent pointer, a closure that refers to
//!   itself) are found by [`gc`], which the runtime's collection cycle
//!   (`minigo_runtime::mgc`) calls with the world stopped, paced by `GOGC`. Allocation is
//!   counted in `minigo_runtime::mheap` for `runtime.ReadMemStats` and the pacer; mutable
//!   objects are registered in `heap.rs` for the collector.
//! - **Guest data races are memory-safe**: every mutable heap slot is behind a
//!   `parking_lot::Mutex` ([`value::Obj`], maps, channels). No `Rc`, no `RefCell`, no
//!   `unsafe` shared mutation; `x++` racing on a shared variable may lose updates (as in Go)
//!   but never crashes.
//! - **A goroutine is a heap struct** (its register stack, frames, defers, panic state):
//!   Go calls push a frame and the dispatch loop continues, they never recurse on the Rust
//!   stack, so a goroutine can park or be preempted at any instruction and resume on
//!   another M. A parked goroutine with a small stack takes a few hundred bytes.
//! - **Register-based typed bytecode** ([`bytecode::Instr`]): each function has a fixed
//!   register window; the compiler chooses typed instructions from the checker's types
//!   (`AddInt`/`AddFloat`, `LtInt`/`LtUint`/`LtStr`, `Wrap` for narrow integers), never
//!   from run-time tags. Integer arithmetic wraps as Go's; division by zero and negative
//!   shift counts panic with Go's messages.
//! - **Safepoints** at loop back-edges and function entry: one relaxed atomic load
//!   (`cx.preempt_requested()`); when set, the goroutine saves its pc and returns
//!   `Step::Preempted`.
//! - **Speed**: 16-byte [`value::Value`] with unboxed scalars, a `match` dispatch loop
//!   over a `Vec<Instr>` with the frame's registers addressed by index, calls that carve
//!   the callee's window from the goroutine's stack without allocating.
//! - **Natives that call back into Go** (fmt calling `String()`) run on a corosensei
//!   coroutine kept in the goroutine: a Go call request suspends the coroutine, the
//!   dispatch loop runs an ordinary Go frame, and its results resume the native (see
//!   [`native`] and `call.rs`).

//!
//! Not supported (compile errors, not silent misbehaviour): complex arithmetic,
//! range-over-func iterators, method values of embedded interfaces in method
//! expressions. Known differences: NaN map keys compare equal; `cap` after `append` follows
//! Go's heap rule unless a small escape analysis (`compile/escape.rs`) proves the slice
//! local, where Go's 32-byte stack buffer is modelled; struct values in an interface are
//! shared until a method call or assertion copies them (never observable: they are
//! immutable there).
//!
//! Public surface: [`compile`], [`run`], [`run_with_output`], the REPL's growing program
//! ([`Linker`], [`session`]),
//! [`disasm`], the native interface ([`native`]), the value representation ([`value`]) and
//! the cycle collector ([`gc`]).

mod builtins;
mod bytecode;
mod call;
mod compile;
mod disasm;
pub mod gc;
mod goroutine;
mod heap;
mod interp;
mod machine;
mod methods;
pub mod native;
pub mod packed;
pub mod session;
mod limbo;
mod slots;
pub mod value;

pub use bytecode::Module;
pub use compile::compile;
pub use compile::session::{Linker, Step as LinkStep};
pub use disasm::{disasm, disasm_func};
pub use machine::{run, run_with_output, Unbuffered};
pub use native::{Native, NativeCx, NativeFn, NativeRegistry, NativeResult, Spawner};
pub use value::Value;
