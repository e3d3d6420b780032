//! Package `strconv`'s natives: float formatting and parsing, quoting, printability.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use crate::fmt::float::format_float;
use crate::fmt::quote::{append_quoted, append_quoted_rune, can_backquote, is_graphic, is_print};

/// Why a string is not a float.
#[derive(Debug, PartialEq)]
pub(crate) enum ParseFloatError {
    Syntax,
    /// Out of range: the value is ±Inf.
    Range(f64),
}

/// Whether the underscores in `digits` (after any base prefix) only separate digits, as
/// Go's `underscoreOK` requires.
fn underscores_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() > 1 && b[0] == b'0' && matches!(b[1] | 0x20, b'x' | b'b' | b'o') {
        // The base prefix counts as a digit: `0x_1` is fine.
        return underscores_ok_from(&b[2..], true);
    }
    underscores_ok_from(b, false)
}

fn underscores_ok_from(b: &[u8], mut prev_digit: bool) -> bool {
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let next_digit = b.get(i + 1).is_some_and(|n| n.is_ascii_hexdigit());
            if !prev_digit || !next_digit {
                return false;
            }
        }
        prev_digit = c.is_ascii_hexdigit();
    }
    true
}

/// A hexadecimal float body (after `0x`): `h.hhhp±d`; the exponent is mandatory.
fn parse_hex(body: &str) -> Option<f64> {
    let (mant, exp) = body.split_once(['p', 'P'])?;
    let exp: i64 = {
        let e = exp.strip_prefix('+').unwrap_or(exp);
        if e.is_empty() || !e.trim_start_matches('-').bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        e.parse::<i64>().unwrap_or(if e.starts_with('-') { -100_000 } else { 100_000 })
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut m: u64 = 0;
    let mut scale: i64 = 0;
    let mut sticky = false;
    for (k, part) in [int, frac].iter().enumerate() {
        for c in part.bytes() {
            let d = (c as char).to_digit(16)? as u64;
            if m >> 56 == 0 {
                m = m << 4 | d;
                if k == 1 {
                    scale -= 4;
                }
            } else {
                sticky |= d != 0;
                if k == 0 {
                    scale += 4;
                }
            }
        }
    }
    if sticky {
        m |= 1;
    }
    let e = exp.saturating_add(scale).clamp(-3000, 3000) as i32;
    // `m` (< 2^60, with a sticky bit for dropped digits) is rounded once to 53 bits by
    // the conversion; scaling by powers of two is exact outside the subnormal range.
    Some(m as f64 * 2f64.powi(e / 2) * 2f64.powi(e - e / 2))
}

/// `strconv.ParseFloat(s, bit_size)`.
pub(crate) fn parse_float(s: &str, bit_size: u32) -> Result<f64, ParseFloatError> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return if body.len() == s.len() { Ok(f64::NAN) } else { Err(ParseFloatError::Syntax) };
    }
    if body.is_empty() || !body.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'+' || c == b'-') {
        return Err(ParseFloatError::Syntax);
    }
    if body.contains('_') && !underscores_ok(body) {
        return Err(ParseFloatError::Syntax);
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let v = if clean.len() > 1 && (clean.starts_with("0x") || clean.starts_with("0X")) {
        let v = parse_hex(&clean[2..]).ok_or(ParseFloatError::Syntax)?;
        if bit_size == 32 {
            v as f32 as f64
        } else {
            v
        }
    } else {
        if clean.bytes().any(|c| c.is_ascii_alphabetic() && c != b'e' && c != b'E') {
            return Err(ParseFloatError::Syntax);
        }
        if bit_size == 32 {
            clean.parse::<f32>().map_err(|_| ParseFloatError::Syntax)? as f64
        } else {
            clean.parse::<f64>().map_err(|_| ParseFloatError::Syntax)?
        }
    };
    let v = if neg { -v } else { v };
    if v.is_infinite() {
        return Err(ParseFloatError::Range(v));
    }
    Ok(v)
}

fn format_float_native(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (f, fmt, prec, bits) = (a[0].as_float(), a[1].as_int() as u8, a[2].as_int(), a[3].as_int());
    // Go would try to allocate the digits and run out of memory.
    if prec > 1 << 26 {
        return Err(cx.runtime_error("makeslice: len out of range"));
    }
    Ok(vec![Value::str(&format_float(f, fmt, prec, if bits == 32 { 32 } else { 64 }))])
}

/// `parseFloat(s string, bitSize int) (float64, int)`: code 0 ok, 1 syntax, 2 range.
fn parse_float_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = String::from_utf8_lossy(a[0].as_bytes()).into_owned();
    let (f, code) = match parse_float(&s, if a[1].as_int() == 32 { 32 } else { 64 }) {
        Ok(f) => (f, 0),
        Err(ParseFloatError::Syntax) => (0.0, 1),
        Err(ParseFloatError::Range(f)) => (f, 2),
    };
    Ok(vec![Value::Float(f), Value::Int(code)])
}

fn quote_with(s: &[u8], ascii: bool) -> Value {
    let mut b = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut b, s, b'"', ascii);
    Value::bytes_str(b)
}

fn quote(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![quote_with(a[0].as_bytes(), false)])
}

fn quote_to_ascii(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![quote_with(a[0].as_bytes(), true)])
}

fn quote_rune_with(r: i64, ascii: bool) -> Value {
    let mut b = Vec::with_capacity(8);
    append_quoted_rune(&mut b, u32::try_from(r).unwrap_or(0xFFFD), ascii);
    Value::bytes_str(b)
}

fn quote_rune(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![quote_rune_with(a[0].as_int(), false)])
}

fn quote_rune_to_ascii(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![quote_rune_with(a[0].as_int(), true)])
}

fn can_backquote_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::Bool(can_backquote(a[0].as_bytes()))])
}

fn is_print_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::Bool(u32::try_from(a[0].as_int()).is_ok_and(is_print))])
}

fn is_graphic_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::Bool(u32::try_from(a[0].as_int()).is_ok_and(is_graphic))])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("strconv", "FormatFloat", format_float_native);
    r.register("strconv", "parseFloat", parse_float_native);
    r.register("strconv", "Quote", quote);
    r.register("strconv", "QuoteToASCII", quote_to_ascii);
    r.register("strconv", "QuoteRune", quote_rune);
    r.register("strconv", "QuoteRuneToASCII", quote_rune_to_ascii);
    r.register("strconv", "CanBackquote", can_backquote_native);
    r.register("strconv", "IsPrint", is_print_native);
    r.register("strconv", "IsGraphic", is_graphic_native);
}

#[cfg(test)]
mod tests {
    use super::{parse_float, ParseFloatError::*};

    // Expected values from Go 1.27's strconv.ParseFloat.
    #[test]
    fn parses_like_go() {
        assert_eq!(parse_float("1e-400", 64), Ok(0.0));
        assert_eq!(parse_float("1e400", 64), Err(Range(f64::INFINITY)));
        assert_eq!(parse_float("-1e400", 64), Err(Range(f64::NEG_INFINITY)));
        assert_eq!(parse_float("-Infinity", 64), Ok(f64::NEG_INFINITY));
        assert!(parse_float("NaN", 64).unwrap().is_nan());
        assert_eq!(parse_float("-nan", 64), Err(Syntax));
        assert_eq!(parse_float("0x1.8p3", 64), Ok(12.0));
        assert_eq!(parse_float("0x_1p0", 64), Ok(1.0));
        assert_eq!(parse_float("1_0", 64), Ok(10.0));
        assert_eq!(parse_float("_10", 64), Err(Syntax));
        assert_eq!(parse_float("1.", 64), Ok(1.0));
        assert_eq!(parse_float("  1", 64), Err(Syntax));
        assert_eq!(parse_float(".5e1", 64), Ok(5.0));
        assert_eq!(parse_float("1e", 64), Err(Syntax));
        assert_eq!(parse_float("+.5", 64), Ok(0.5));
        assert_eq!(parse_float("0x1p-1080", 64), Ok(0.0));
        assert_eq!(parse_float("1e308", 32), Err(Range(f64::INFINITY)));
        assert_eq!(parse_float("3.4e39", 64), Ok(3.4e39));
        assert_eq!(parse_float("0.1", 32), Ok(0.1f32 as f64));
    }
}
