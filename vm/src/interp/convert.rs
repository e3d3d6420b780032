//! String conversions and concatenation: `string(r)`, `string(b)`, `[]byte(s)`,
//! `string(rs)`, `[]rune(s)` and `a + b` on strings.

use std::sync::Arc;

use crate::builtins::{push_rune, runes};
use crate::packed::ScalarKind;
use crate::value::{GoStr, Obj, SliceHdr, Value};

/// `string(r)` of a rune (invalid code points become U+FFFD).
pub(super) fn rune_to_str(r: i64) -> Value {
    let mut s = Vec::new();
    push_rune(&mut s, r);
    Value::Str(GoStr::new(s))
}

/// `string(b)` of a byte slice.
pub(super) fn bytes_to_str(b: &Value) -> Value {
    let bytes = match b {
        Value::Slice(h) => h.bytes().unwrap_or_else(|| h.to_vec().iter().map(|b| b.as_int() as u8).collect()),
        _ => Vec::new(),
    };
    Value::Str(GoStr::new(bytes))
}

/// `[]byte(s)`: a fresh packed array.
pub(super) fn str_to_bytes(s: &Value) -> Value {
    let b = s.as_bytes();
    Value::Slice(Arc::new(SliceHdr { arr: Obj::packed_bytes(b), off: 0, len: b.len(), cap: b.len() }))
}

/// `string(rs)` of a rune slice.
pub(super) fn runes_to_str(rs: &Value) -> Value {
    let mut s = Vec::new();
    for r in rs.slice_to_vec() {
        push_rune(&mut s, r.as_int());
    }
    Value::Str(GoStr::new(s))
}

/// `[]rune(s)`: a fresh packed array.
pub(super) fn str_to_runes(s: &Value) -> Value {
    let rs = runes(s.as_bytes());
    let n = rs.len();
    let arr = Obj::packed(ScalarKind::Int32, n);
    arr.write_range(0, rs);
    Value::Slice(Arc::new(SliceHdr { arr, off: 0, len: n, cap: n }))
}

/// `a + b` on strings (an empty operand returns the other one, shared).
pub(super) fn concat(a: &Value, b: &Value) -> Value {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if y.is_empty() {
        return a.clone();
    }
    if x.is_empty() {
        return b.clone();
    }
    let mut s = Vec::with_capacity(x.len() + y.len());
    s.extend_from_slice(x);
    s.extend_from_slice(y);
    Value::Str(GoStr::new(s))
}
