//! Method lookup for dynamic dispatch (interface method calls, `fmt` asking for `String()`):
//! a method table per dynamic type, each entry resolved once by the type table's selector
//! lookup (`TypeTable::lookup_field_or_method`, Go's rule for promoted methods).

use std::sync::Arc;

use minigo_types::{Found, Type, TypeId};

use crate::bytecode::{MethodTarget, Module};
use crate::value::{Callee, Closure, Value};

impl Module {
    /// How to call method `name` on a value of dynamic type `ty`, from the type's method
    /// table (built by the first lookup on that type).
    pub(crate) fn find_method(&self, ty: TypeId, name: u32) -> Option<&MethodTarget> {
        let table = self.method_tables.get(ty.0 as usize)?.get_or_init(|| {
            self.method_names.iter().map(|n| self.search_method(ty, n)).collect()
        });
        table.get(name as usize)?.as_ref()
    }

    /// `None` if a value of dynamic type `ty` implements interface `iface`, else the name
    /// of a missing method (pointer-receiver methods are not in a value type's method set).
    pub(crate) fn missing_method(&self, ty: TypeId, iface: TypeId) -> Option<String> {
        if let Some(hit) = self.implements_cache.read().get(&(ty, iface)) {
            return hit.clone();
        }
        let is_ptr = matches!(self.type_of(ty), Type::Pointer(_));
        let mut missing = None;
        if let Type::Interface(methods) = self.types.under(iface) {
            for m in methods {
                let found = self.method_ids.get(&m.name).and_then(|&id| self.find_method(ty, id));
                let ok = match found {
                    // A pointer method reached without any pointer on the way is not in
                    // the value type's method set.
                    Some(t) => t.sig == m.sig && (!t.ptr_recv || is_ptr || t.path.iter().any(|(_, p)| *p)),
                    None => false,
                };
                if !ok {
                    missing = Some(m.name.clone());
                    break;
                }
            }
        }
        self.implements_cache.write().insert((ty, iface), missing.clone());
        missing
    }

    /// Method `name` of dynamic type `ty`, found by the type table's selector lookup.
    fn search_method(&self, ty: TypeId, name: &str) -> Option<MethodTarget> {
        match self.types.lookup_field_or_method(ty, name) {
            Found::Method { path, named, idx, ptr_recv, sig, .. } => {
                let callee = *self.methods.get(&(named.0, idx))?;
                Some(MethodTarget { path: self.embedding_path(ty, &path), callee, ptr_recv, sig, via_iface: false })
            }
            // An embedded interface: the callee is found at run time.
            Found::IfaceMethod { path, sig, .. } if !path.is_empty() => {
                Some(MethodTarget { path: self.embedding_path(ty, &path), callee: Callee::Go(u32::MAX), ptr_recv: false, sig, via_iface: true })
            }
            _ => None,
        }
    }

    /// The embedded fields along `path` from `ty`: each field's index and whether the
    /// field is a pointer.
    fn embedding_path(&self, ty: TypeId, path: &[usize]) -> Vec<(u16, bool)> {
        let mut cur = match self.type_of(ty) {
            Type::Pointer(e) => *e,
            _ => ty,
        };
        path.iter()
            .map(|&i| {
                let Type::Struct(fields) = self.types.under(cur) else { return (i as u16, false) };
                let f = fields[i].ty;
                let (next, is_ptr) = match self.type_of(f) {
                    Type::Pointer(e) => (*e, true),
                    _ => (f, false),
                };
                cur = next;
                (i as u16, is_ptr)
            })
            .collect()
    }

    /// The receiver to pass for `target` given a value `v` of type `ty`: follows the
    /// embedding path and takes the address or dereferences as the method wants. `None`
    /// on a nil pointer along the way.
    pub(crate) fn method_receiver(&self, ty: TypeId, v: &Value, target: &MethodTarget) -> Option<Value> {
        let mut cur = v.clone();
        let mut is_ptr = matches!(self.type_of(ty), Type::Pointer(_));
        for (k, &(idx, field_is_ptr)) in target.path.iter().enumerate() {
            let obj = if is_ptr { cur.deref()? } else { cur };
            let Value::Agg(o) = &obj else { return None };
            if k + 1 == target.path.len() && target.via_iface {
                return Some(o.load(idx as usize));
            }
            if k + 1 == target.path.len() && target.ptr_recv && !field_is_ptr {
                // A pointer method promoted from an embedded value: the field's address.
                cur = Value::Pointer(o.clone(), idx as u32);
                is_ptr = true;
                continue;
            }
            cur = o.load(idx as usize);
            is_ptr = field_is_ptr;
        }
        if target.ptr_recv && !is_ptr {
            // A value in an interface has no pointer methods in its method set; the
            // checker prevents this, but stay total: give the method a copy's address.
            return Some(Value::new_cell(cur.copy_agg()));
        }
        if !target.ptr_recv && is_ptr {
            return Some(cur.deref()?.copy_agg());
        }
        Some(if target.ptr_recv { cur } else { cur.copy_agg() })
    }

    /// The implementation of method `name` (an index into `method_names`) for a value `v`
    /// of dynamic type `ty`, and the receiver to pass it. `None` if there is no such
    /// method or a nil pointer/interface is met on the way.
    pub(crate) fn resolve_method(&self, mut ty: TypeId, v: &Value, name: u32) -> Option<(Callee, Value)> {
        let mut v = v.clone();
        // Each round descends through one embedded interface.
        for _ in 0..16 {
            let target = self.find_method(ty, name)?;
            let recv = self.method_receiver(ty, &v, target)?;
            if !target.via_iface {
                return Some((target.callee, recv));
            }
            let Value::Iface(t, inner) = recv else { return None };
            ty = t;
            v = (*inner).clone();
        }
        None
    }

    /// The method value `v.name` for a value of dynamic type `ty`.
    pub(crate) fn bound_method(&self, ty: TypeId, v: &Value, name: &str) -> Option<Value> {
        let (callee, recv) = self.resolve_method(ty, v, *self.method_ids.get(name)?)?;
        Some(Value::Func(Arc::new(Closure { callee, env: Box::new([recv]), bound: true })))
    }
}
