//! Map instructions: `m[k]`, `m[k] = v`, `delete`, the entry snapshot `range` iterates, and
//! the panics of unhashable interface keys and nil-map writes.

use minigo_types::TypeTable;

use super::Fault;
use crate::value::{Key, Value};

/// The key of `k`, or the panic for an interface holding an unhashable type.
fn key_of(types: &TypeTable, k: &Value) -> Result<Key, Fault> {
    Key::of(types, k).map_err(|t| Fault::Runtime(format!("hash of unhashable type {}", types.runtime_type_string(t))))
}

/// `m[k]`: the element, or `None` when absent (a nil map has no entries).
pub(super) fn map_index(types: &TypeTable, m: &Value, k: &Value) -> Result<Option<Value>, Fault> {
    match m {
        Value::Map(map) => Ok(map.get(&key_of(types, k)?)),
        _ => Ok(None),
    }
}

/// `m[k] = v`.
pub(super) fn map_set(types: &TypeTable, m: &Value, k: &Value, v: Value) -> Result<(), Fault> {
    let Value::Map(map) = m else { return Err(Fault::Plain("assignment to entry in nil map".into())) };
    map.insert(key_of(types, k)?, k.clone(), v);
    Ok(())
}

/// `delete(m, k)` (a no-op on a nil map).
pub(super) fn map_delete(types: &TypeTable, m: &Value, k: &Value) -> Result<(), Fault> {
    if let Value::Map(map) = m {
        map.remove(&key_of(types, k)?);
    }
    Ok(())
}

/// The entries of `m` as one slice `[k0, v0, k1, v1, ...]`, in the map's iteration order
/// (`range` over a map).
pub(super) fn map_entries(m: &Value) -> Value {
    let entries: Vec<Value> = match m {
        Value::Map(map) => map.entries().into_iter().flat_map(|(_, k, v)| [k, v]).collect(),
        _ => Vec::new(),
    };
    Value::slice(entries)
}
