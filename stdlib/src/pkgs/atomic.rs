//! Package `sync/atomic`'s natives. A Go variable lives in a slot of an [`Obj`] behind
//! a mutex, so each operation is made atomic by doing its read-modify-write inside one
//! `Obj::with` on the slot the pointer designates.

use minigo_types::TypeTable;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::{equal, Value};

/// The integer types of the package: how a result is truncated to the type.
#[derive(Clone, Copy)]
enum Width {
    Int32,
    Uint32,
    Bits64,
}

impl Width {
    fn wrap(self, v: i64) -> i64 {
        match self {
            Width::Int32 => v as i32 as i64,
            Width::Uint32 => v as u32 as i64,
            Width::Bits64 => v,
        }
    }
}

const NIL_DEREF: &str = "invalid memory address or nil pointer dereference";

/// Atomically replaces the variable `addr` points to by what `f` makes of it (`None`:
/// leave it) and returns `f`'s result; `f` may run more than once.
fn update<R>(cx: &NativeCx, addr: &Value, f: impl FnMut(&Value) -> (Option<Value>, R)) -> Result<R, Value> {
    match addr {
        Value::Pointer(obj, i) => Ok(obj.update(*i as usize, f)),
        _ => Err(cx.runtime_error(NIL_DEREF)),
    }
}

fn add(cx: &mut NativeCx, a: &[Value], w: Width) -> NativeResult {
    let delta = a[1].as_int();
    let new = update(cx, &a[0], |v| {
        let n = w.wrap(v.as_int().wrapping_add(delta));
        (Some(Value::Int(n)), n)
    })?;
    Ok(vec![Value::Int(new)])
}

fn load(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![update(cx, &a[0], |v| (None, v.clone()))?])
}

fn store(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    update(cx, &a[0], |_| (Some(a[1].clone()), ()))?;
    Ok(vec![])
}

fn swap(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![update(cx, &a[0], |v| (Some(a[1].clone()), v.clone()))?])
}

fn compare_and_swap_int(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (old, new) = (a[1].as_int(), a[2].as_int());
    let swapped = update(cx, &a[0], |v| {
        let hit = v.as_int() == old;
        (hit.then_some(Value::Int(new)), hit)
    })?;
    Ok(vec![Value::Bool(swapped)])
}

fn bitop(cx: &mut NativeCx, a: &[Value], op: fn(i64, i64) -> i64) -> NativeResult {
    let mask = a[1].as_int();
    let old = update(cx, &a[0], |v| {
        let old = v.as_int();
        (Some(Value::Int(op(old, mask))), old)
    })?;
    Ok(vec![Value::Int(old)])
}

/// Go's `==` on two interface values; comparing uncomparable dynamic types panics.
fn iface_equal(cx: &NativeCx, table: &TypeTable, x: &Value, y: &Value) -> Result<bool, Value> {
    equal(table, x, y).map_err(|ty| cx.runtime_error(&format!("comparing uncomparable type {}", cx.type_string(ty))))
}

fn compare_and_swap_any(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let table = cx.types();
    let swapped = update(cx, &a[0], |slot| match iface_equal(cx, table, slot, &a[1]) {
        Ok(hit) => (hit.then(|| a[2].clone()), Ok(hit)),
        Err(e) => (None, Err(e)),
    })??;
    Ok(vec![Value::Bool(swapped)])
}

fn same_type(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let ty = |v: &Value| v.iface_parts().map(|(t, _)| t);
    Ok(vec![Value::Bool(ty(&a[0]) == ty(&a[1]))])
}

macro_rules! int_natives {
    ($r:ident, $($name:literal => $w:expr),*) => {$(
        $r.register("sync/atomic", concat!("Add", $name), |cx: &mut NativeCx, a: &[Value]| add(cx, a, $w));
        $r.register("sync/atomic", concat!("Load", $name), load);
        $r.register("sync/atomic", concat!("Store", $name), store);
        $r.register("sync/atomic", concat!("Swap", $name), swap);
        $r.register("sync/atomic", concat!("CompareAndSwap", $name), compare_and_swap_int);
        $r.register("sync/atomic", concat!("And", $name), |cx: &mut NativeCx, a: &[Value]| bitop(cx, a, |x, m| x & m));
        $r.register("sync/atomic", concat!("Or", $name), |cx: &mut NativeCx, a: &[Value]| bitop(cx, a, |x, m| x | m));
    )*};
}

pub(crate) fn register(r: &mut NativeRegistry) {
    int_natives!(r, "Int32" => Width::Int32, "Int64" => Width::Bits64, "Uint32" => Width::Uint32, "Uint64" => Width::Bits64, "Uintptr" => Width::Bits64);
    r.register("sync/atomic", "loadAny", load);
    r.register("sync/atomic", "storeAny", store);
    r.register("sync/atomic", "swapAny", swap);
    r.register("sync/atomic", "compareAndSwapAny", compare_and_swap_any);
    r.register("sync/atomic", "sameType", same_type);
}
