//! Package `sort`'s natives: in-place sorting of `[]int`/`[]float64`/`[]string`, and
//! element access to an arbitrary slice for `sort.Slice` (Go's `reflectlite.Swapper`).

use std::cmp::Ordering;

use minigo_types::{BasicKind, Type};
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// Sorts the elements of the slice value `s` in place by `cmp`.
fn sort_slice(s: &Value, cmp: fn(&Value, &Value) -> Ordering) {
    if let Value::Slice(h) = s {
        h.arr.with_window(h.off, h.len, |slots| slots.sort_by(cmp));
    }
}

fn float_cmp(a: &Value, b: &Value) -> Ordering {
    let (x, y) = (a.as_float(), b.as_float());
    // NaNs first, as Go's Float64Slice.Less.
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

fn ints(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    sort_slice(&a[0], |x, y| x.as_int().cmp(&y.as_int()));
    Ok(vec![])
}

fn float64s(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    sort_slice(&a[0], float_cmp);
    Ok(vec![])
}

fn strings(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    sort_slice(&a[0], |x, y| x.as_bytes().cmp(y.as_bytes()));
    Ok(vec![])
}

/// The slice inside `x any`, or Go's reflect panic for a non-slice.
fn slice_of<'v>(cx: &NativeCx, x: &'v Value) -> Result<&'v Value, Value> {
    if let Some((ty, v)) = x.iface_parts() {
        if matches!(cx.types().under(ty), Type::Slice(_)) {
            return Ok(v);
        }
        let kind = match cx.types().under(ty) {
            Type::Basic(_) => cx.type_string(ty),
            Type::Struct(_) => "struct".into(),
            Type::Array { .. } => "array".into(),
            Type::Map { .. } => "map".into(),
            Type::Pointer(_) => "ptr".into(),
            Type::Func(_) => "func".into(),
            Type::Chan { .. } => "chan".into(),
            _ => "interface".into(),
        };
        return Err(Value::iface(cx.basic(BasicKind::String), Value::str(&format!("reflect: call of Swapper on {kind} Value"))));
    }
    Err(Value::iface(cx.basic(BasicKind::String), Value::str("reflect: call of Swapper on zero Value")))
}

/// `lenOf(x any) int`.
fn len_of(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let n = match slice_of(cx, &a[0])? {
        Value::Slice(h) => h.len,
        _ => 0,
    };
    Ok(vec![Value::Int(n as i64)])
}

/// `swapAt(x any, i, j int)`.
fn swap_at(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Value::Slice(h) = slice_of(cx, &a[0])? else {
        return Err(cx.runtime_error(&format!("index out of range [{}] with length 0", a[1].as_int())));
    };
    let (i, j) = (a[1].as_int(), a[2].as_int());
    for k in [i, j] {
        if k < 0 || k as usize >= h.len {
            return Err(cx.runtime_error(&format!("index out of range [{k}] with length {}", h.len)));
        }
    }
    h.arr.swap(h.off + i as usize, h.off + j as usize);
    Ok(vec![])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("sort", "Ints", ints);
    r.register("sort", "Float64s", float64s);
    r.register("sort", "Strings", strings);
    r.register("sort", "lenOf", len_of);
    r.register("sort", "swapAt", swap_at);
}
