//! Field and method lookup through struct embedding (Go's `lookupFieldOrMethod`: breadth
//! first by embedding depth, ambiguity at equal depth, pointer indirections tracked).
//!
//! The one home of selector resolution: the checker resolves `x.f` with it, the VM builds
//! its per-type method tables from it, and the standard library asks it for method sets
//! (`fmt`'s `Error`/`String`, `errors.As`).
use std::collections::HashSet;

use crate::api::*;

/// The result of looking up `x.name` in a type.
#[derive(Clone, Debug)]
pub enum Found {
    Field { path: Vec<usize>, indirect: bool, ty: TypeId },
    /// A declared method of `named` (`idx` in its method list).
    Method { path: Vec<usize>, named: NamedIdx, idx: usize, ptr_recv: bool, indirect: bool, sig: TypeId },
    /// A method of an interface type reached at the end of `path`.
    IfaceMethod { path: Vec<usize>, index: usize, sig: TypeId },
    Ambiguous,
    NotFound,
}

struct Entry {
    ty: TypeId,
    path: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl TypeTable {
    /// Looks `name` up in type `t` (which may be a pointer to a named type). `indirect`
    /// in the result: a pointer was followed on the way (`t` itself or an embedded `*E`).
    pub fn lookup_field_or_method(&self, t: TypeId, name: &str) -> Found {
        if name == "_" {
            return Found::NotFound;
        }
        let table = self;
        let (start, is_ptr) = match table.get(t) {
            Type::Pointer(b) => (*b, true),
            _ => match table.under(t) {
                // An unnamed pointer type reached through a defined type has no methods,
                // but its fields are still selectable.
                Type::Pointer(b) if table.as_named(t).is_some() => (*b, true),
                _ => (t, false),
            },
        };
        if is_ptr && table.is_interface(start) {
            return Found::NotFound;
        }
        let mut current = vec![Entry { ty: start, path: vec![], indirect: is_ptr, multiples: false }];
        let mut seen: HashSet<NamedIdx> = HashSet::new();
        for _depth in 0..32 {
            if current.is_empty() {
                break;
            }
            let mut found: Option<Found> = None;
            let mut next: Vec<Entry> = Vec::new();
            for e in &current {
                let mut ty = e.ty;
                if let Some(n) = table.as_named(ty) {
                    if !seen.insert(n) {
                        continue;
                    }
                    let info = table.named_info(n);
                    if let Some(idx) = info.methods.iter().position(|m| m.name == name) {
                        if found.is_some() || e.multiples {
                            return Found::Ambiguous;
                        }
                        let m = &info.methods[idx];
                        found = Some(Found::Method {
                            path: e.path.clone(),
                            named: n,
                            idx,
                            ptr_recv: m.ptr_recv,
                            indirect: e.indirect,
                            sig: m.sig,
                        });
                        continue;
                    }
                    ty = info.underlying;
                }
                match table.get(ty) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.name == name {
                                if found.is_some() || e.multiples {
                                    return Found::Ambiguous;
                                }
                                let mut path = e.path.clone();
                                path.push(i);
                                found = Some(Found::Field { path, indirect: e.indirect, ty: f.ty });
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (fty, ptr) = match table.get(f.ty) {
                                    Type::Pointer(b) => (*b, true),
                                    _ => (f.ty, false),
                                };
                                let mut path = e.path.clone();
                                path.push(i);
                                next.push(Entry { ty: fty, path, indirect: e.indirect || ptr, multiples: e.multiples });
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(index) = methods.iter().position(|m| m.name == name) {
                            if found.is_some() || e.multiples {
                                return Found::Ambiguous;
                            }
                            found = Some(Found::IfaceMethod {
                                path: e.path.clone(),
                                index,
                                sig: methods[index].sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(f) = found {
                return f;
            }
            // Consolidate entries reaching the same type at this depth.
            let mut merged: Vec<Entry> = Vec::new();
            for e in next {
                if let Some(m) = merged.iter_mut().find(|m| m.ty == e.ty) {
                    m.multiples = true;
                } else {
                    merged.push(e);
                }
            }
            current = merged;
        }
        Found::NotFound
    }

    /// A method whose name matches `name` ignoring case (for Go's `have m() want M()` hint).
    pub fn lookup_folded(&self, t: TypeId, name: &str) -> Option<(String, TypeId)> {
        let table = self;
        let base = match table.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let n = table.as_named(base)?;
        table
            .named_info(n)
            .methods
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(name) && m.name != name)
            .map(|m| (m.name.clone(), m.sig))
    }

    /// The signature of method `name` if it is in the method set of `ty` (Go's rule: a
    /// pointer-receiver method belongs to a value type's set only when reached through an
    /// embedded pointer).
    pub fn method_set_sig(&self, ty: TypeId, name: &str) -> Option<TypeId> {
        match self.lookup_field_or_method(ty, name) {
            Found::Method { ptr_recv, indirect, sig, .. } if !ptr_recv || indirect => Some(sig),
            Found::IfaceMethod { sig, .. } => Some(sig),
            _ => None,
        }
    }

    /// Whether `ty` implements the interface type `iface`.
    pub fn implements(&self, ty: TypeId, iface: TypeId) -> bool {
        match self.under(iface) {
            Type::Interface(methods) => methods.iter().all(|m| self.method_set_sig(ty, &m.name) == Some(m.sig)),
            _ => false,
        }
    }
}
