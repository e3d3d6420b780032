//! Package `unicode/utf8`'s natives: decoding from either end, counting, validation and
//! encoding. A `[]byte` argument is read element by element (only the bytes a call needs),
//! a string argument as bytes.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use crate::fmt::quote::{append_rune, decode_rune, rune_count, RUNE_ERROR};

/// Bytes `lo..hi` of a `[]byte` value, clamped to its length.
fn bytes_of(v: &Value, lo: usize, hi: usize) -> Vec<u8> {
    match v {
        Value::Slice(h) => (lo.min(h.len)..hi.min(h.len)).map(|i| h.get(i).as_int() as u8).collect(),
        _ => Vec::new(),
    }
}

fn slice_len(v: &Value) -> usize {
    match v {
        Value::Slice(h) => h.len,
        _ => 0,
    }
}

/// The length of the encoding a lead byte announces; 1 for ASCII and for bytes that
/// cannot lead (they decode alone, as an error).
fn announced_len(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 1,
    }
}

/// Whether `b` starts with a whole encoding, valid or not: a short prefix is whole when
/// it already cannot become valid. Completing it with the smallest continuation bytes
/// each lead allows (0x80, 0x90 or 0xA0) tells.
fn full_rune(b: &[u8]) -> bool {
    let Some(&lead) = b.first() else { return false };
    let need = announced_len(lead);
    if b.len() >= need {
        return true;
    }
    ![0x80u8, 0x90, 0xA0].iter().any(|&pad| {
        let mut completed = b.to_vec();
        completed.resize(need, pad);
        decode_rune(&completed).1 == need
    })
}

/// The last rune of `b`: decoded from the last byte that can start an encoding, among the
/// last four; it must end exactly at the end, else the last byte alone is an error.
fn decode_last_rune(b: &[u8]) -> (u32, usize) {
    let Some(&last) = b.last() else { return (RUNE_ERROR, 0) };
    if last < 0x80 {
        return (last as u32, 1);
    }
    let window = b.len().saturating_sub(4);
    let start = (window..b.len()).rev().find(|&i| b[i] & 0xC0 != 0x80);
    match start.map(|s| (s, decode_rune(&b[s..]))) {
        Some((s, (r, n))) if s + n == b.len() => (r, n),
        _ => (RUNE_ERROR, 1),
    }
}

fn rune_and_size((r, n): (u32, usize)) -> NativeResult {
    Ok(vec![Value::Int(r as i64), Value::Int(n as i64)])
}

fn decode_bytes(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    rune_and_size(decode_rune(&bytes_of(&a[0], 0, 4)))
}

fn decode_last_bytes(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let n = slice_len(&a[0]);
    rune_and_size(decode_last_rune(&bytes_of(&a[0], n.saturating_sub(4), n)))
}

fn all_bytes(v: &Value) -> Vec<u8> {
    bytes_of(v, 0, slice_len(v))
}

/// `EncodeRune(p []byte, r rune) int`.
fn encode_rune(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let r = a[1].as_int();
    let mut enc = Vec::with_capacity(4);
    append_rune(&mut enc, u32::try_from(r).unwrap_or(RUNE_ERROR));
    let Value::Slice(h) = &a[0] else {
        return Err(cx.runtime_error(&format!("index out of range [{}] with length 0", enc.len() - 1)));
    };
    if h.len < enc.len() {
        return Err(cx.runtime_error(&format!("index out of range [{}] with length {}", enc.len() - 1, h.len)));
    }
    for (i, &b) in enc.iter().enumerate() {
        h.set(i, Value::Int(b as i64));
    }
    Ok(vec![Value::Int(enc.len() as i64)])
}

fn int(n: usize) -> NativeResult {
    Ok(vec![Value::Int(n as i64)])
}

fn bool(b: bool) -> NativeResult {
    Ok(vec![Value::Bool(b)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    const P: &str = "unicode/utf8";
    r.register(P, "FullRune", |_, a| bool(full_rune(&bytes_of(&a[0], 0, 4))));
    r.register(P, "FullRuneInString", |_, a| bool(full_rune(a[0].as_bytes())));
    r.register(P, "DecodeRune", decode_bytes);
    r.register(P, "DecodeRuneInString", |_, a| rune_and_size(decode_rune(a[0].as_bytes())));
    r.register(P, "DecodeLastRune", decode_last_bytes);
    r.register(P, "DecodeLastRuneInString", |_, a| rune_and_size(decode_last_rune(a[0].as_bytes())));
    r.register(P, "RuneCount", |_, a| int(rune_count(&all_bytes(&a[0]))));
    r.register(P, "RuneCountInString", |_, a| int(rune_count(a[0].as_bytes())));
    r.register(P, "Valid", |_, a| bool(std::str::from_utf8(&all_bytes(&a[0])).is_ok()));
    r.register(P, "ValidString", |_, a| bool(std::str::from_utf8(a[0].as_bytes()).is_ok()));
    r.register(P, "EncodeRune", encode_rune);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_prefixes() {
        assert!(!full_rune(b""));
        assert!(!full_rune(b"\xe4\xb8"));
        assert!(full_rune(b"\xe0\x80"));
        assert!(!full_rune(b"\xf4\x8f"));
        assert!(full_rune(b"\xf4\x90"));
        assert!(full_rune(b"\xff"));
    }

    #[test]
    fn last_runes() {
        assert_eq!(decode_last_rune("a世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_last_rune(b"\xe4\xb8\x96\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune(b"\x80\x80\x80\x80\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune(b""), (RUNE_ERROR, 0));
    }
}
