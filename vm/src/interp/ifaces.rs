//! Interface instructions out of the hot path: type assertions (`x.(T)`, `x.(I)`, with
//! and without `ok`), method values of interfaces (`x.M`), and `==` on values whose type
//! needs the type table. Their panics are Go's `interface conversion` errors.

use super::{Fault, NIL_DEREF};
use crate::bytecode::{AssertInfo, Module};
use crate::value::{equal, Value};

/// `x.(T)` for a concrete `T`: the value held, or `None`.
pub(super) fn assert_type_ok(x: &Value, info: &AssertInfo) -> Option<Value> {
    match x {
        Value::Iface(t, inner) if *t == info.ty => Some(inner.copy_agg()),
        _ => None,
    }
}

/// `x.(T)` without `ok`: the value held, or Go's panic naming both types.
pub(super) fn assert_type(module: &Module, x: &Value, info: &AssertInfo) -> Result<Value, Fault> {
    assert_type_ok(x, info).ok_or_else(|| {
        let types = &module.types;
        let dynamic = match x {
            Value::Iface(t, _) => types.runtime_type_string(*t),
            _ => "nil".to_string(),
        };
        Fault::Plain(format!("interface conversion: {} is {}, not {}", types.runtime_type_string(info.src_ty), dynamic, types.runtime_type_string(info.ty)))
    })
}

/// `x.(I)` for an interface `I`: whether `x`'s dynamic type implements it.
pub(super) fn assert_iface_ok(module: &Module, x: &Value, info: &AssertInfo) -> bool {
    matches!(x, Value::Iface(t, _) if module.missing_method(*t, info.ty).is_none())
}

/// `x.(I)` without `ok`: `x` itself, or Go's panic naming the missing method.
pub(super) fn assert_iface(module: &Module, x: &Value, info: &AssertInfo) -> Result<Value, Fault> {
    let types = &module.types;
    match x {
        Value::Iface(t, _) => match module.missing_method(*t, info.ty) {
            None => Ok(x.clone()),
            Some(m) => Err(Fault::Plain(format!(
                "interface conversion: {} is not {}: missing method {m}",
                types.runtime_type_string(*t),
                types.runtime_type_string(info.ty)
            ))),
        },
        _ => Err(Fault::Plain(format!("interface conversion: interface is nil, not {}", types.runtime_type_string(info.ty)))),
    }
}

/// `x.M` for an interface `x`: the method bound to the value held.
pub(super) fn bind_iface(module: &Module, x: &Value, name: u32) -> Result<Value, Fault> {
    let bound = match x {
        Value::Iface(t, inner) => module.bound_method(*t, inner, &module.method_names[name as usize]),
        _ => None,
    };
    bound.ok_or_else(|| Fault::Runtime(NIL_DEREF.into()))
}

/// `a == b` on values of any comparable type; comparing interfaces holding an
/// uncomparable type panics.
pub(super) fn equal_values(module: &Module, a: &Value, b: &Value) -> Result<bool, Fault> {
    equal(&module.types, a, b).map_err(|t| Fault::Runtime(format!("comparing uncomparable type {}", module.types.runtime_type_string(t))))
}
