//! Package `context`'s natives: the two questions Go's context.go asks `reflectlite`.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// `typeString(x any) string`.
fn type_string(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = match a[0].iface_parts() {
        Some((ty, _)) => cx.type_string(ty),
        None => "<nil>".to_string(),
    };
    Ok(vec![Value::str(&s)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("context", "typeString", type_string);
    r.register("context", "comparable", super::errors::comparable);
}
