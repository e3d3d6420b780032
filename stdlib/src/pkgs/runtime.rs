//! Package `runtime`'s natives: the scheduler knobs of `minigo-runtime` and
//! `ReadMemStats` from the VM's heap accounting.

use std::sync::atomic::{AtomicU64, Ordering};

use minigo_runtime::WaitReason;
use minigo_vm::heap::mem_stats;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// Collections requested with `runtime.GC`.
static NUM_GC: AtomicU64 = AtomicU64::new(0);

/// Leaves the processor (`runtime.Gosched`): the park that follows the native is taken
/// as a yield, which puts the goroutine on the global run queue.
fn yield_processor(cx: &mut NativeCx) {
    if let Some(rt) = cx.rt() {
        rt.gosched();
        cx.park(WaitReason::Other("Gosched"));
    }
}

fn gomaxprocs(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let n = a[0].as_int().clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let prev = minigo_runtime::gomaxprocs(n);
    if n > 0 {
        yield_processor(cx);
    }
    Ok(vec![Value::Int(prev as i64)])
}

fn gosched(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    yield_processor(cx);
    Ok(vec![])
}

/// `runtime.Goexit`: the goroutine runs its deferred calls (where `recover` returns nil)
/// and ends; for main, the program goes on until the other goroutines are done.
fn goexit(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    cx.goexit();
    Ok(vec![])
}

fn gc(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NUM_GC.fetch_add(1, Ordering::Relaxed);
    Ok(vec![])
}

/// Resident memory of the process in bytes (`/proc/self/statm`), 0 if unknown.
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()).unwrap_or(0) * 4096
}

/// Field indices of `runtime.MemStats` (declaration order in runtime.go).
mod field {
    pub const ALLOC: usize = 0;
    pub const TOTAL_ALLOC: usize = 1;
    pub const SYS: usize = 2;
    pub const MALLOCS: usize = 4;
    pub const FREES: usize = 5;
    pub const HEAP_ALLOC: usize = 6;
    pub const HEAP_SYS: usize = 7;
    pub const HEAP_INUSE: usize = 9;
    pub const HEAP_OBJECTS: usize = 11;
    pub const NEXT_GC: usize = 21;
    pub const NUM_GC: usize = 26;
    pub const ENABLE_GC: usize = 29;
}

fn read_mem_stats(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Some(Value::Agg(m)) = a[0].deref() else {
        return Err(cx.runtime_error("invalid memory address or nil pointer dereference"));
    };
    let s = mem_stats();
    let sys = resident_bytes().max(s.heap_alloc);
    let set = |i: usize, v: u64| m.store(i, Value::Int(v as i64));
    set(field::ALLOC, s.alloc);
    set(field::TOTAL_ALLOC, s.total_alloc);
    set(field::SYS, sys);
    set(field::MALLOCS, s.mallocs);
    set(field::FREES, s.frees);
    set(field::HEAP_ALLOC, s.heap_alloc);
    set(field::HEAP_SYS, sys);
    set(field::HEAP_INUSE, s.heap_alloc);
    set(field::HEAP_OBJECTS, s.mallocs.saturating_sub(s.frees));
    set(field::NEXT_GC, s.heap_alloc * 2);
    set(field::NUM_GC, NUM_GC.load(Ordering::Relaxed) as u32 as u64);
    m.store(field::ENABLE_GC, Value::Bool(true));
    Ok(vec![])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("runtime", "GOMAXPROCS", gomaxprocs);
    r.register("runtime", "NumCPU", |_: &mut NativeCx, _: &[Value]| Ok(vec![Value::Int(minigo_runtime::num_cpu() as i64)]));
    r.register("runtime", "NumGoroutine", |_: &mut NativeCx, _: &[Value]| Ok(vec![Value::Int(minigo_runtime::num_goroutine() as i64)]));
    r.register("runtime", "Gosched", gosched);
    r.register("runtime", "Goexit", goexit);
    r.register("runtime", "GC", gc);
    r.register("runtime", "ReadMemStats", read_mem_stats);
}
