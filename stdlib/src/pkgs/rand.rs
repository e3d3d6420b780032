//! Package `math/rand`'s generator: a randomly seeded per-thread source (Go's global
//! source is randomly seeded too since Go 1.20).

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

fn uint64(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::Int(fastrand::u64(..) as i64)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("math/rand", "Uint64", uint64);
}
