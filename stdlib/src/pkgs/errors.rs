//! Package `errors`' natives: the parts of `Is`/`As` Go does with reflection.

use minigo_types::Type;
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use crate::methodset::has_string_method;

/// `comparable(x any) bool`: whether `x`'s dynamic type supports `==`.
pub(super) fn comparable(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let ok = match a[0].iface_parts() {
        Some((ty, _)) => cx.types().comparable(ty),
        None => true,
    };
    Ok(vec![Value::Bool(ok)])
}

/// `asTargetProblem(target any) string`: Go's panic message for an invalid `As` target.
fn as_target_problem(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let table = cx.types();
    let msg = match a[0].iface_parts() {
        Some((ty, v)) if !v.is_nil() => match table.under(ty) {
            Type::Pointer(elem) => {
                let is_iface = matches!(table.under(*elem), Type::Interface(_));
                if is_iface || has_string_method(table, *elem, "Error") {
                    ""
                } else {
                    "errors: *target must be interface or implement error"
                }
            }
            _ => "errors: target must be a non-nil pointer",
        },
        _ => "errors: target must be a non-nil pointer",
    };
    Ok(vec![Value::str(msg)])
}

/// `assignTo(err error, target any) bool`: `*target = err` if `err`'s dynamic type is
/// assignable to `*target`'s type.
fn assign_to(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let table = cx.types();
    let (Some((ety, inner)), Some((pty, target @ Value::Pointer(..)))) = (a[0].iface_parts(), a[1].iface_parts()) else {
        return Ok(vec![Value::Bool(false)]);
    };
    let Type::Pointer(elem) = table.under(pty) else { return Ok(vec![Value::Bool(false)]) };
    let stored = if matches!(table.under(*elem), Type::Interface(_)) {
        table.implements(ety, *elem).then(|| a[0].clone())
    } else {
        (ety == *elem).then(|| inner.copy_agg())
    };
    let ok = stored.is_some();
    if let Some(v) = stored {
        target.store_through(v);
    }
    Ok(vec![Value::Bool(ok)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("errors", "comparable", comparable);
    r.register("errors", "asTargetProblem", as_target_problem);
    r.register("errors", "assignTo", assign_to);
}
