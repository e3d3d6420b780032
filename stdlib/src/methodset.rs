//! What `fmt` and `errors` ask of a dynamic type's method set: whether it has an
//! `Error() string` / `String() string` / `GoString() string` method. Method sets
//! themselves come from the type table (`TypeTable::method_set_sig`, `implements`).

use minigo_types::{BasicKind, Type, TypeId, TypeTable};

/// Whether `sig` is `func() string`.
fn is_string_method(table: &TypeTable, sig: TypeId) -> bool {
    match table.get(sig) {
        Type::Func(s) => s.params.is_empty() && !s.variadic && s.results.len() == 1 && *table.get(s.results[0]) == Type::Basic(BasicKind::String),
        _ => false,
    }
}

/// Whether the method set of `ty` has `name() string` (`Error`, `String`, `GoString`).
pub fn has_string_method(table: &TypeTable, ty: TypeId, name: &str) -> bool {
    table.method_set_sig(ty, name).is_some_and(|sig| is_string_method(table, sig))
}
