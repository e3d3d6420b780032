//! Slice instructions: `make`, slicing, `append`, `copy`, `clear` and `x[i][j]`, on packed
//! and unpacked backing arrays alike. Each is a function of the operand values returning
//! the result or the text of the run-time panic (`index out of range`, `slice bounds out
//! of range`, `makeslice: ...`); the dispatch loop raises it.

use std::sync::Arc;

use super::{index_error, MAX_ALLOC_LEN, NIL_DEREF};
use crate::builtins::grow_cap;
use crate::bytecode::ElemInfo;
use crate::value::{GoStr, Obj, SliceHdr, Value};

/// `make([]T, n, c)` (`c` is `n` when the capacity is omitted).
pub(super) fn make_slice(n: i64, c: i64, elem: &ElemInfo) -> Result<Value, String> {
    if !(0..=MAX_ALLOC_LEN).contains(&n) {
        return Err("makeslice: len out of range".into());
    }
    if c < n || c > MAX_ALLOC_LEN {
        return Err("makeslice: cap out of range".into());
    }
    let arr = new_array(elem, c as usize);
    Ok(Value::Slice(Arc::new(SliceHdr { arr, off: 0, len: n as usize, cap: c as usize })))
}

/// `x[lo:hi:max]` of any sliceable value (a nil slice sliced to `[0:0]` stays nil).
pub(super) fn slice_expr(x: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Result<Value, String> {
    match x {
        Value::Str(s) => slice_string(s, lo, hi),
        Value::Nil if max.is_none() && lo.unwrap_or(0) == 0 && hi.unwrap_or(0) == 0 => Ok(Value::Nil),
        v => slice_value(v, lo, hi, max),
    }
}

/// `*d = x[i][j]` with `x` a slice of slices, the inner header read in place, not copied;
/// false (nothing stored) when an index is out of range ([`index2_error`] says which).
/// The element goes straight into `d`, never through a returned value.
#[inline(always)]
pub(super) fn index2_into(x: &Value, i: i64, j: i64, d: &mut Value) -> bool {
    with_inner(x, i, |inner| match inner {
        Value::Slice(g) if j >= 0 && (j as usize) < g.len => {
            g.arr.load_into(g.off + j as usize, d);
            true
        }
        _ => false,
    })
    .unwrap_or(false)
}

/// `x[i][j] = v` with `x` a slice of slices, storing through the inner header in place;
/// false (nothing stored) when an index is out of range.
#[inline]
pub(super) fn set_index2(x: &Value, i: i64, j: i64, v: &Value) -> bool {
    with_inner(x, i, |inner| match inner {
        Value::Slice(g) if j >= 0 && (j as usize) < g.len => {
            g.arr.store_from(g.off + j as usize, v);
            true
        }
        _ => false,
    })
    .unwrap_or(false)
}

/// Go's message for the index of `x[i][j]` that is out of range.
pub(super) fn index2_error(x: &Value, i: i64, j: i64) -> String {
    let outer = super::hot::len(x);
    if i < 0 || i as usize >= outer {
        return index_error(i, outer as i64);
    }
    let inner = with_inner(x, i, super::hot::len).unwrap_or(0);
    index_error(j, inner as i64)
}

/// Runs `f` on element `i` of the slice `x` in place, or `None` when `i` is out of range.
/// The inner slices hold basic values: their locks are leaves, so taking one under the
/// outer slot's lock cannot deadlock.
#[inline(always)]
fn with_inner<R>(x: &Value, i: i64, f: impl FnOnce(&Value) -> R) -> Option<R> {
    let Value::Slice(h) = x else { return None };
    if i < 0 || i as usize >= h.len {
        return None;
    }
    Some(h.arr.with_slot(h.off + i as usize, f))
}

/// `append(s, t...)` where `t` is a slice or (for `[]byte`) a string.
pub(super) fn append_slice(s: &Value, t: &Value, elem: &ElemInfo) -> Value {
    match t {
        Value::Str(b) => append_items(s, Items::Bytes(b.as_bytes()), elem),
        v => append_items(s, Items::Values(v.slice_to_vec().iter().map(Value::copy_agg).collect()), elem),
    }
}

/// What `append` adds: values, or the bytes of a string appended to a `[]byte`.
enum Items<'a> {
    Values(Vec<Value>),
    Bytes(&'a [u8]),
}

impl Items<'_> {
    fn len(&self) -> usize {
        match self {
            Items::Values(v) => v.len(),
            Items::Bytes(b) => b.len(),
        }
    }
    /// Stores the items into `arr` from `off` on.
    fn write_into(self, arr: &Obj, off: usize) {
        match self {
            Items::Values(v) => arr.write_range(off, v),
            Items::Bytes(b) => arr.write_bytes(off, b),
        }
    }
    fn into_values(self) -> Vec<Value> {
        match self {
            Items::Values(v) => v,
            Items::Bytes(b) => b.iter().map(|&c| Value::Int(c as i64)).collect(),
        }
    }
}

/// `copy(to, from)`: the number of elements copied.
pub(super) fn copy_slice(to: &Value, from: &Value) -> usize {
    match (to, from) {
        (Value::Slice(d), Value::Str(b)) => {
            let n = d.len.min(b.len());
            d.arr.write_bytes(d.off, &b.as_bytes()[..n]);
            n
        }
        (Value::Slice(d), Value::Slice(s)) => {
            let n = d.len.min(s.len);
            d.arr.copy_from(d.off, &s.arr, s.off, n);
            n
        }
        _ => 0,
    }
}

/// `clear(s)`: every element of the window set to the zero value.
pub(super) fn clear_slice(h: &SliceHdr, elem: &ElemInfo) {
    h.arr.write_range(h.off, (0..h.len).map(|_| elem.zero.copy_agg()));
}

/// `s[lo:hi]` of a string.
pub(super) fn slice_string(s: &GoStr, lo: Option<i64>, hi: Option<i64>) -> Result<Value, String> {
    let len = s.len() as i64;
    let h = hi.unwrap_or(len);
    let l = lo.unwrap_or(0);
    if h < 0 || h > len {
        return Err(format!("slice bounds out of range [:{h}] with length {len}"));
    }
    if l < 0 || l > h {
        return Err(format!("slice bounds out of range [{l}:{h}]"));
    }
    Ok(Value::Str(s.substr(l as usize, h as usize)))
}

/// `x[lo:hi:max]` of a slice, array or pointer to array.
pub(super) fn slice_value(v: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Result<Value, String> {
    let (arr, off, len, cap) = match v {
        Value::Slice(h) => (h.arr.clone(), h.off, h.len, h.cap),
        Value::Agg(o) => (o.clone(), 0, o.len(), o.len()),
        p @ Value::Pointer(..) => match p.deref().unwrap_or_default() {
            Value::Agg(a) => {
                let n = a.len();
                (a, 0, n, n)
            }
            _ => return Err(NIL_DEREF.into()),
        },
        _ => (Obj::new(Vec::new()), 0, 0, 0),
    };
    let (len, cap) = (len as i64, cap as i64);
    let l = lo.unwrap_or(0);
    let h = hi.unwrap_or(len);
    let m = max.unwrap_or(cap);
    if let Some(m) = max {
        if m < 0 || m > cap {
            return Err(format!("slice bounds out of range [::{m}] with capacity {cap}"));
        }
        if h < 0 || h > m {
            return Err(format!("slice bounds out of range [:{h}:{m}]"));
        }
        if l < 0 || l > h {
            return Err(format!("slice bounds out of range [{l}:{h}:]"));
        }
    } else {
        if h < 0 || h > cap {
            return Err(format!("slice bounds out of range [:{h}] with capacity {cap}"));
        }
        if l < 0 || l > h {
            return Err(format!("slice bounds out of range [{l}:{h}]"));
        }
    }
    Ok(Value::Slice(Arc::new(SliceHdr { arr, off: off + l as usize, len: (h - l) as usize, cap: (m - l) as usize })))
}

/// `s = s[lo:hi]` without a new slice header: when the register `s` holds the only
/// reference to its header (see [`append_in_place`]) and the bounds are in range, the
/// header is narrowed where it is. False (nothing done) otherwise.
#[inline]
pub(super) fn reslice_in_place(s: &mut Value, lo: Option<i64>, hi: Option<i64>) -> bool {
    let Value::Slice(h) = s else { return false };
    let Some(h) = Arc::get_mut(h) else { return false };
    let (l, e) = (lo.unwrap_or(0), hi.unwrap_or(h.len as i64));
    if l < 0 || l > e || e > h.cap as i64 {
        return false;
    }
    let (l, e) = (l as usize, e as usize);
    (h.off, h.len, h.cap) = (h.off + l, e - l, h.cap - l);
    true
}

/// `s = append(s, x)` without a new slice header: when the register `s` holds the only
/// reference to its header and the backing array has room, `x` is stored after the last
/// element and the header's length grows. False (nothing done) otherwise.
///
/// A header no one else references cannot be observed changing: no slot or limbo holds it
/// (either would own a count), so no other goroutine can even have a view of it.
#[inline]
pub(super) fn append_in_place(s: &mut Value, x: &Value) -> bool {
    let Value::Slice(h) = s else { return false };
    let Some(h) = Arc::get_mut(h) else { return false };
    if h.len == h.cap {
        return false;
    }
    h.arr.store_from(h.off + h.len, x);
    h.len += 1;
    true
}

/// `append(s, items...)`: in place when the capacity allows, else into a new backing
/// array grown by Go's rule (the spare capacity holds zero values).
pub(super) fn append_values(s: &Value, items: Vec<Value>, elem: &ElemInfo) -> Value {
    append_items(s, Items::Values(items), elem)
}

fn append_items(s: &Value, items: Items<'_>, elem: &ElemInfo) -> Value {
    let (elem_size, zero) = (elem.size as usize, &elem.zero);
    let (arr, off, len, cap) = match s {
        Value::Slice(h) => (Some(h.arr.clone()), h.off, h.len, h.cap),
        _ => (None, 0, 0, 0),
    };
    if items.len() == 0 {
        return s.clone();
    }
    let new_len = len + items.len();
    if let Some(arr) = arr.as_ref().filter(|_| new_len <= cap) {
        items.write_into(arr, off + len);
        return Value::Slice(Arc::new(SliceHdr { arr: arr.clone(), off, len: new_len, cap }));
    }
    let new_cap = if elem.local && cap == 0 && elem_size > 0 && new_len * elem_size <= 32 {
        32 / elem_size
    } else {
        grow_cap(cap, new_len, elem_size).max(new_len)
    };
    let grown = match elem.packed {
        Some(kind) => {
            let grown = Obj::packed(kind, new_cap);
            if let Some(arr) = &arr {
                grown.copy_from(0, arr, off, len);
            }
            items.write_into(&grown, len);
            grown
        }
        None => {
            let mut slots = Vec::with_capacity(new_cap);
            if let Some(arr) = &arr {
                slots.extend(arr.read_range(off, len).iter().map(Value::copy_agg));
            }
            slots.extend(items.into_values());
            slots.resize_with(new_cap, || zero.copy_agg());
            Obj::new(slots)
        }
    };
    Value::Slice(Arc::new(SliceHdr { arr: grown, off: 0, len: new_len, cap: new_cap }))
}

/// A backing array of `n` zero elements of `elem`'s type.
fn new_array(elem: &ElemInfo, n: usize) -> Arc<Obj> {
    match elem.packed {
        Some(kind) => Obj::packed(kind, n),
        None => Obj::new((0..n).map(|_| elem.zero.copy_agg()).collect()),
    }
}
