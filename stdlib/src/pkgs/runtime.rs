//! Package `runtime`'s natives: the scheduler knobs of `minigo-runtime`, the collector
//! (`GC`, `SetFinalizer`, `debug.SetGCPercent`) and `ReadMemStats` from the runtime's heap
//! accounting and collection statistics.

use minigo_runtime::mgc::{gc_stats, PAUSE_HISTORY};
use minigo_runtime::mheap::heap_counters;
use minigo_runtime::{mgcpacer, WaitReason};
use minigo_types::Type;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

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

/// `runtime.Breakpoint()`: Go executes a trap instruction, and a program run outside a
/// debugger dies of the SIGTRAP (sigcode 128, SI_KERNEL).
fn breakpoint(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    cx.signal("SIGTRAP", "trace trap", 128);
    Ok(vec![])
}

/// `runtime.GC()`: parks until a full collection cycle that starts after the call ends.
fn gc(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    if let Some(rt) = cx.rt() {
        rt.gc();
        cx.park(WaitReason::GcCycle);
    }
    Ok(vec![])
}

/// `runtime.SetFinalizer(obj, finalizer)`: `obj` must be a pointer; a nil finalizer removes
/// the one set. A finalizer whose parameter is an interface gets the pointer boxed in it.
fn set_finalizer(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Some((oty, ptr)) = a[0].iface_parts() else {
        cx.fatal("runtime.SetFinalizer: first argument is nil");
        return Ok(vec![]);
    };
    let Value::Pointer(obj, slot) = ptr else {
        let msg = format!("runtime.SetFinalizer: first argument is {}, not pointer", cx.type_string(oty));
        cx.fatal(&msg);
        return Ok(vec![]);
    };
    let finalizer = match a[1].iface_parts() {
        Some((fty, f)) if !f.is_nil() => {
            let wrap = match cx.types().under(fty) {
                Type::Func(sig) if sig.params.len() == 1 => match cx.types().under(sig.params[0]) {
                    Type::Interface(_) => Some(oty),
                    _ => None,
                },
                _ => {
                    let msg = format!("runtime.SetFinalizer: second argument is {}, not a function", cx.type_string(fty));
                    cx.fatal(&msg);
                    return Ok(vec![]);
                }
            };
            Some((f.clone(), wrap))
        }
        _ => None,
    };
    cx.collector().set_finalizer(obj, *slot, finalizer);
    Ok(vec![])
}

/// `debug.SetGCPercent(percent)`: the previous setting.
fn set_gc_percent(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::Int(mgcpacer::set_gc_percent(a[0].as_int()))])
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
    pub const LAST_GC: usize = 22;
    pub const PAUSE_TOTAL_NS: usize = 23;
    pub const PAUSE_NS: usize = 24;
    pub const PAUSE_END: usize = 25;
    pub const NUM_GC: usize = 26;
    pub const NUM_FORCED_GC: usize = 27;
    pub const GC_CPU_FRACTION: usize = 28;
    pub const ENABLE_GC: usize = 29;
}

fn read_mem_stats(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Some(Value::Agg(m)) = a[0].deref() else {
        return Err(cx.runtime_error("invalid memory address or nil pointer dereference"));
    };
    let h = heap_counters();
    let g = gc_stats();
    let sys = resident_bytes().max(h.heap_alloc);
    let set = |i: usize, v: u64| m.store(i, Value::Int(v as i64));
    set(field::ALLOC, h.heap_alloc);
    set(field::TOTAL_ALLOC, h.total_alloc);
    set(field::SYS, sys);
    set(field::MALLOCS, h.mallocs);
    set(field::FREES, h.frees);
    set(field::HEAP_ALLOC, h.heap_alloc);
    set(field::HEAP_SYS, sys);
    set(field::HEAP_INUSE, h.heap_alloc);
    set(field::HEAP_OBJECTS, h.heap_objects());
    set(field::NEXT_GC, if g.next_gc == u64::MAX { 0 } else { g.next_gc });
    set(field::LAST_GC, g.last_gc);
    set(field::PAUSE_TOTAL_NS, g.pause_total_ns);
    // The [256]uint64 arrays are filled in place: reading the statistics allocates nothing.
    for (i, ring) in [(field::PAUSE_NS, &g.pause_ns), (field::PAUSE_END, &g.pause_end)] {
        if let Value::Agg(arr) = m.load(i) {
            arr.write_range(0, ring[..PAUSE_HISTORY].iter().map(|&v| Value::Int(v as i64)));
        }
    }
    set(field::NUM_GC, g.num_gc as u64);
    set(field::NUM_FORCED_GC, g.num_forced_gc as u64);
    m.store(field::GC_CPU_FRACTION, Value::Float(g.gc_cpu_fraction));
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
    r.register("runtime", "Breakpoint", breakpoint);
    r.register("runtime", "ReadMemStats", read_mem_stats);
    r.register("runtime", "SetFinalizer", set_finalizer);
    r.register("runtime/debug", "SetGCPercent", set_gc_percent);
}
