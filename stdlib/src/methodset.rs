//! Method sets of dynamic types, from the checker's type table: what `fmt` needs to know
//! whether an operand is an `error` or a `Stringer`, and what `errors.As` needs to know
//! whether an error's dynamic type implements the target's interface type.

use minigo_types::{BasicKind, Type, TypeId, TypeTable};
use minigo_vm::value::underlying;

/// Embedding deeper than this is not searched for promoted methods.
const MAX_EMBED_DEPTH: usize = 8;

/// The signature of method `name` in the method set of `ty` (of `*ty` when `addressable`),
/// declared on the type or promoted through embedded fields.
pub fn method_sig(table: &TypeTable, ty: TypeId, addressable: bool, name: &str) -> Option<TypeId> {
    find(table, ty, addressable, name, 0)
}

fn find(table: &TypeTable, ty: TypeId, addressable: bool, name: &str, depth: usize) -> Option<TypeId> {
    if depth > MAX_EMBED_DEPTH {
        return None;
    }
    match &table.types[ty.0 as usize] {
        Type::Pointer(elem) => {
            // `**T` has no methods.
            if matches!(table.types[elem.0 as usize], Type::Pointer(_)) {
                return None;
            }
            return find(table, *elem, true, name, depth + 1);
        }
        Type::Named(n) => {
            if let Some(m) = table.named[n.0 as usize].methods.iter().find(|m| m.name == name) {
                return (addressable || !m.ptr_recv).then_some(m.sig);
            }
        }
        _ => {}
    }
    match underlying(table, ty) {
        Type::Interface(methods) => methods.iter().find(|m| m.name == name).map(|m| m.sig),
        Type::Struct(fields) => fields.iter().filter(|f| f.embedded).find_map(|f| find(table, f.ty, addressable, name, depth + 1)),
        _ => None,
    }
}

/// Whether `sig` is `func() string`.
pub fn is_string_method(table: &TypeTable, sig: TypeId) -> bool {
    match &table.types[sig.0 as usize] {
        Type::Func(s) => s.params.is_empty() && !s.variadic && s.results.len() == 1 && table.types[s.results[0].0 as usize] == Type::Basic(BasicKind::String),
        _ => false,
    }
}

/// Whether the method set of `ty` has `name() string` (`Error`, `String`, `GoString`).
pub fn has_string_method(table: &TypeTable, ty: TypeId, name: &str) -> bool {
    method_sig(table, ty, false, name).is_some_and(|sig| is_string_method(table, sig))
}

/// Whether `ty` implements the interface type `iface`.
pub fn implements(table: &TypeTable, ty: TypeId, iface: TypeId) -> bool {
    match underlying(table, iface) {
        Type::Interface(methods) => methods.iter().all(|m| method_sig(table, ty, false, &m.name) == Some(m.sig)),
        _ => false,
    }
}
