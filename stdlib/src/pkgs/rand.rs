//! Packages `math/rand` and `math/rand/v2`'s native: the randomly seeded source of the top-level functions
//! (Go's are randomly seeded too since Go 1.20); seeded Rands are Go source.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

fn runtime_uint64(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::Int(fastrand::u64(..) as i64)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("math/rand", "runtimeUint64", runtime_uint64);
    r.register("math/rand/v2", "runtimeUint64", runtime_uint64);
}
