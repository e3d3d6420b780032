//! Package `strings`' natives: the byte-scanning and case-mapping primitives, and the
//! hot splitters and trimmers (they return substrings sharing the argument's bytes).

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::{GoStr, Value};

use super::unicode::{fold_equal, is_space, to_case, LOWER, UPPER};
use crate::fmt::quote::{append_rune, decode_rune, rune_count};

/// The index of the first occurrence of `needle` in `hay`.
pub(crate) fn index(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn int(i: Option<usize>) -> Value {
    Value::Int(i.map_or(-1, |i| i as i64))
}

fn index_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![int(index(a[0].as_bytes(), a[1].as_bytes()))])
}

fn last_index(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (s, sub) = (a[0].as_bytes(), a[1].as_bytes());
    let i = if sub.is_empty() {
        Some(s.len())
    } else if sub.len() > s.len() {
        None
    } else {
        s.windows(sub.len()).rposition(|w| w == sub)
    };
    Ok(vec![int(i)])
}

fn index_byte(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let c = a[1].as_int() as u8;
    Ok(vec![int(a[0].as_bytes().iter().position(|&b| b == c))])
}

fn count(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (mut s, sub) = (a[0].as_bytes(), a[1].as_bytes());
    if sub.is_empty() {
        return Ok(vec![Value::Int(rune_count(s) as i64 + 1)]);
    }
    let mut n = 0;
    while let Some(i) = index(s, sub) {
        n += 1;
        s = &s[i + sub.len()..];
    }
    Ok(vec![Value::Int(n)])
}

fn map_string(s: &[u8], case: usize) -> Value {
    if s.is_ascii() {
        let b: Vec<u8> = if case == UPPER { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() };
        return Value::bytes_str(b);
    }
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let (r, w) = decode_rune(rest);
        append_rune(&mut out, to_case(case, r));
        rest = &rest[w..];
    }
    Value::bytes_str(out)
}

fn to_upper(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![map_string(a[0].as_bytes(), UPPER)])
}

fn to_lower(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![map_string(a[0].as_bytes(), LOWER)])
}

fn equal_fold(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (mut s, mut t) = (a[0].as_bytes(), a[1].as_bytes());
    while !s.is_empty() && !t.is_empty() {
        let (r1, w1) = decode_rune(s);
        let (r2, w2) = decode_rune(t);
        s = &s[w1..];
        t = &t[w2..];
        if !fold_equal(r1, r2) {
            return Ok(vec![Value::Bool(false)]);
        }
    }
    Ok(vec![Value::Bool(s.is_empty() && t.is_empty())])
}

/// Results larger than this are refused (Go would run out of memory).
const MAX_RESULT: usize = 1 << 32;

/// `repeat(s string, count int)`: the Go wrapper has checked `count` for overflow.
fn repeat(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let n = a[1].as_int().max(0) as usize;
    if a[0].as_bytes().len().saturating_mul(n) > MAX_RESULT {
        return Err(cx.runtime_error("makeslice: len out of range"));
    }
    Ok(vec![Value::bytes_str(a[0].as_bytes().repeat(n))])
}

/// The string argument `v` (a nil value is the empty string).
fn go_str(v: &Value) -> GoStr {
    match v {
        Value::Str(s) => s.clone(),
        _ => GoStr::empty(),
    }
}

/// The byte ranges of the runs of non-space runes in `b` (invalid UTF-8 is not space).
fn field_spans(b: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let (mut i, mut start) = (0, None);
    while i < b.len() {
        let (r, w) = decode_rune(&b[i..]);
        match (is_space(r), start) {
            (true, Some(st)) => {
                spans.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        spans.push((st, b.len()));
    }
    spans
}

/// `Fields(s string) []string`.
fn fields(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = go_str(&a[0]);
    let parts = field_spans(s.as_bytes()).into_iter().map(|(lo, hi)| Value::Str(s.substr(lo, hi))).collect();
    Ok(vec![Value::slice(parts)])
}

/// `TrimSpace(s string) string`.
fn trim_space(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = go_str(&a[0]);
    let b = s.as_bytes();
    let mut lo = 0;
    while lo < b.len() {
        let (r, w) = decode_rune(&b[lo..]);
        if !is_space(r) {
            break;
        }
        lo += w;
    }
    let mut hi = b.len();
    while hi > lo {
        // Step back to the start of the last rune (at most 4 bytes back).
        let start = (hi.saturating_sub(4).max(lo)..hi).find(|&i| decode_rune(&b[i..hi]).1 == hi - i).unwrap_or(hi - 1);
        if !is_space(decode_rune(&b[start..hi]).0) {
            break;
        }
        hi = start;
    }
    Ok(vec![Value::Str(s.substr(lo, hi))])
}

/// `split(s, sep string, keep, n int) []string`: s cut at each of the first n-1
/// occurrences of the non-empty sep (n > 0, at most len(s)+1), each piece keeping the
/// first `keep` bytes of the separator after it.
fn split(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (s, sep) = (go_str(&a[0]), a[1].as_bytes());
    let (keep, n) = (a[2].as_int() as usize, a[3].as_int().max(1) as usize);
    let b = s.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    while pieces.len() + 1 < n {
        let Some(i) = index(&b[start..], sep) else { break };
        pieces.push(Value::Str(s.substr(start, start + i + keep)));
        start += i + sep.len();
    }
    pieces.push(Value::Str(s.substr(start, b.len())));
    Ok(vec![Value::slice(pieces)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("strings", "Fields", fields);
    r.register("strings", "TrimSpace", trim_space);
    r.register("strings", "split", split);
    r.register("strings", "Index", index_native);
    r.register("strings", "LastIndex", last_index);
    r.register("strings", "IndexByte", index_byte);
    r.register("strings", "Count", count);
    r.register("strings", "ToUpper", to_upper);
    r.register("strings", "ToLower", to_lower);
    r.register("strings", "EqualFold", equal_fold);
    r.register("strings", "repeat", repeat);
}
