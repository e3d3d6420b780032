//! Package `sync`'s natives: Go's `runtime_Semacquire*`/`runtime_Semrelease` over the
//! runtime's address-keyed semaphore table, and `fatal` for unrecoverable misuse.

use minigo_runtime::sema::{semacquire, semrelease};
use minigo_runtime::WaitReason;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// Acquires the semaphore `*addr`, parking with `reason` until a release hands it over.
fn acquire(cx: &mut NativeCx, a: &[Value], reason: WaitReason) -> NativeResult {
    let key = a[0].address();
    if key == 0 {
        return Err(cx.runtime_error("invalid memory address or nil pointer dereference"));
    }
    let Some(rt) = cx.rt() else {
        return Err(cx.runtime_error("sync: semaphore acquired outside a goroutine"));
    };
    if !semacquire(rt, key) {
        cx.park(reason);
    }
    Ok(vec![])
}

fn release(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let key = a[0].address();
    if key == 0 {
        return Err(cx.runtime_error("invalid memory address or nil pointer dereference"));
    }
    semrelease(key);
    Ok(vec![])
}

/// `fatal(s string)`: Go's `throw` — `fatal error: s`, the goroutine's stack trace, exit
/// status 2; deferred calls do not run and `recover` cannot stop it.
fn fatal(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    cx.fatal(&String::from_utf8_lossy(a[0].as_bytes()));
    Ok(vec![])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("sync", "semacquireMutex", |cx: &mut NativeCx, a: &[Value]| acquire(cx, a, WaitReason::SyncMutexLock));
    r.register("sync", "semacquireRWMutexR", |cx: &mut NativeCx, a: &[Value]| acquire(cx, a, WaitReason::SyncRWMutexRLock));
    r.register("sync", "semacquireRWMutex", |cx: &mut NativeCx, a: &[Value]| acquire(cx, a, WaitReason::SyncRWMutexLock));
    r.register("sync", "semacquireWaitGroup", |cx: &mut NativeCx, a: &[Value]| acquire(cx, a, WaitReason::SyncWaitGroupWait));
    r.register("sync", "semacquireCond", |cx: &mut NativeCx, a: &[Value]| acquire(cx, a, WaitReason::SyncCondWait));
    r.register("sync", "semrelease", release);
    r.register("sync", "fatal", fatal);
}
