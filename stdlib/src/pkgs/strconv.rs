//! Package `strconv`'s natives: integer and float parsing, integer formatting, unquoting;
//! float formatting, quoting and printability come from the `fmt` core.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use crate::fmt::float::format_float;
use crate::fmt::quote::{append_quoted, append_quoted_rune, append_rune, can_backquote, decode_rune, is_graphic, is_print};

/// Why a string is not a float.
#[derive(Debug, PartialEq)]
pub(crate) enum ParseFloatError {
    Syntax,
    /// Out of range: the value is ±Inf.
    Range(f64),
}

/// How an integer conversion failed; the numbers are the codes the Go side switches on.
#[derive(Debug, PartialEq, Clone, Copy)]
enum IntError {
    Syntax = 1,
    Range = 2,
    Base = 3,
    BitSize = 4,
}

/// Go's rule for `_` in a number literal accepted with base 0 (or by ParseFloat): every
/// underscore sits between two digits, or between the base prefix and a digit. `s` may
/// carry a sign and a base prefix.
fn underscores_ok(s: &[u8]) -> bool {
    let s = s.strip_prefix(b"+").or_else(|| s.strip_prefix(b"-")).unwrap_or(s);
    let (body, hex, mut after_digit) = match s {
        [b'0', p, rest @ ..] if matches!(p | 0x20, b'b' | b'o' | b'x') => (rest, p | 0x20 == b'x', true),
        _ => (s, false, false),
    };
    let mut after_underscore = false;
    for &c in body {
        let digit = c.is_ascii_digit() || (hex && c.is_ascii_hexdigit());
        if c == b'_' {
            if !after_digit {
                return false;
            }
            after_underscore = true;
            after_digit = false;
        } else if after_underscore && !digit {
            return false;
        } else {
            after_underscore = false;
            after_digit = digit;
        }
    }
    !after_underscore
}

/// `ParseUint(s, base, bitSize)`: the value, or the failure with the value Go returns
/// alongside it (the largest value of the bit size for a range error, else 0).
fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (IntError, u64)> {
    if s.is_empty() {
        return Err((IntError::Syntax, 0));
    }
    let (radix, digits) = match base {
        0 => match s {
            [b'0', p, rest @ ..] if !rest.is_empty() && matches!(p | 0x20, b'b' | b'o' | b'x') => {
                (match p | 0x20 { b'b' => 2, b'o' => 8, _ => 16 }, rest)
            }
            [b'0', rest @ ..] => (8, rest),
            _ => (10, s),
        },
        2..=36 => (base as u32, s),
        _ => return Err((IntError::Base, 0)),
    };
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err((IntError::BitSize, 0)),
    };
    let max = u64::MAX >> (64 - bits);
    let mut n: u64 = 0;
    let mut underscores = false;
    // Digits are read left to right and the first problem wins: "99999999999999999999x"
    // overflows before its bad character is seen.
    for &c in digits {
        if c == b'_' && base == 0 {
            underscores = true;
            continue;
        }
        let d = match (c as char).to_digit(36) {
            Some(d) if d < radix => d as u64,
            _ => return Err((IntError::Syntax, 0)),
        };
        n = match n.checked_mul(radix as u64).and_then(|n| n.checked_add(d)) {
            Some(v) if v <= max => v,
            _ => return Err((IntError::Range, max)),
        };
    }
    if underscores && !underscores_ok(s) {
        return Err((IntError::Syntax, 0));
    }
    Ok(n)
}

/// `ParseInt(s, base, bitSize)`: an optional sign, then `parse_uint`'s rules; out-of-range
/// values are clamped to the bit size's limits.
fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (IntError, i64)> {
    if s.is_empty() {
        return Err((IntError::Syntax, 0));
    }
    let (neg, digits) = match s[0] {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = match parse_uint(digits, base, bit_size) {
        Ok(u) => u,
        Err((IntError::Range, max)) => max,
        Err((e, _)) => return Err((e, 0)),
    };
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let limit = 1u64 << (bits - 1); // the magnitude of the most negative value
    match (neg, magnitude) {
        (false, m) if m >= limit => Err((IntError::Range, (limit - 1) as i64)),
        (true, m) if m > limit => Err((IntError::Range, limit.wrapping_neg() as i64)),
        (true, m) => Ok(m.wrapping_neg() as i64),
        (false, m) => Ok(m as i64),
    }
}

/// `u` in base `radix` (2..=36, checked by the Go side), lower-case digits.
fn format_radix(mut u: u64, radix: u64, neg: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(24);
    loop {
        out.push(char::from_digit((u % radix) as u32, radix as u32).map_or(b'?', |c| c as u8));
        u /= radix;
        if u == 0 {
            break;
        }
    }
    if neg {
        out.push(b'-');
    }
    out.reverse();
    out
}

/// The first character of a quoted literal's body `s` (without the opening quote):
/// its value, whether it is a rune to encode as UTF-8 (rather than one raw byte), and how
/// many bytes of `s` it took. `None` for a bad escape, or an unescaped `quote` (when
/// `quote` is `'` or `"`).
fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, usize)> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, w) = decode_rune(s);
        return Some((r, true, w));
    }
    if c != b'\\' {
        return Some((c as u32, false, 1));
    }
    let esc = *s.get(1)?;
    let simple = match esc {
        b'a' => Some(0x07),
        b'b' => Some(0x08),
        b'f' => Some(0x0C),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(0x0B),
        b'\\' => Some(b'\\'),
        b'\'' | b'"' if esc == quote => Some(esc),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v as u32, false, 2));
    }
    let (width, radix) = match esc {
        b'x' => (2, 16),
        b'u' => (4, 16),
        b'U' => (8, 16),
        b'0'..=b'7' => (3, 8),
        _ => return None,
    };
    let start = if radix == 8 { 1 } else { 2 };
    let digits = s.get(start..start + width)?;
    let mut v: u32 = 0;
    for &d in digits {
        v = v * radix + (d as char).to_digit(radix)?;
    }
    match esc {
        b'u' | b'U' if v > 0x10FFFF || (0xD800..0xE000).contains(&v) => None,
        b'u' | b'U' => Some((v, true, start + width)),
        _ if v > 0xFF => None,
        _ => Some((v, false, start + width)),
    }
}

/// The quoted literal (`"…"`, `'…'` or a raw string) at the start of `s`: its value and
/// its length in `s`, or `None` if `s` does not start with a valid one.
fn unquote_prefix(s: &[u8]) -> Option<(Vec<u8>, usize)> {
    let (&quote, body) = s.split_first()?;
    match quote {
        b'`' => {
            let end = body.iter().position(|&c| c == b'`')?;
            // Carriage returns are dropped from raw strings, as the compiler does.
            let out = body[..end].iter().copied().filter(|&c| c != b'\r').collect();
            Some((out, end + 2))
        }
        b'"' | b'\'' => {
            let mut out = Vec::with_capacity(body.len());
            let mut i = 0;
            while i < body.len() && body[i] != quote {
                if body[i] == b'\n' {
                    return None;
                }
                let (v, rune, w) = unquote_char(&body[i..], quote)?;
                if rune {
                    append_rune(&mut out, v);
                } else {
                    out.push(v as u8);
                }
                i += w;
                if quote == b'\'' {
                    break; // a character literal holds one character
                }
            }
            (body.get(i) == Some(&quote)).then_some((out, i + 2))
        }
        _ => None,
    }
}

/// A float literal's pieces after its sign, checked against ParseFloat's grammar: decimal
/// `d.dEd` (exponent optional) or hexadecimal `0xh.hPd` (exponent required), with at least
/// one mantissa digit and `_` separators as in Go source.
struct FloatLiteral {
    hex: bool,
    /// The mantissa's digits without separators, with any `.`.
    mantissa: String,
    /// The exponent's digits with its sign; empty if there is none.
    exponent: String,
}

impl FloatLiteral {
    fn scan(body: &str) -> Option<FloatLiteral> {
        let b = body.as_bytes();
        let hex = b.len() > 1 && b[0] == b'0' && b[1] | 0x20 == b'x';
        let mut i = if hex { 2 } else { 0 };
        let is_digit = |c: u8| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() };
        let (mut mantissa, mut exponent) = (String::new(), String::new());
        let (mut digits, mut dot) = (0, false);
        while let Some(&c) = b.get(i) {
            match c {
                b'_' => {}
                b'.' if !dot => dot = true,
                _ if is_digit(c) => digits += 1,
                _ => break,
            }
            if c != b'_' {
                mantissa.push(c as char);
            }
            i += 1;
        }
        if digits == 0 {
            return None;
        }
        let marker = if hex { b'p' } else { b'e' };
        match b.get(i) {
            Some(&c) if c | 0x20 == marker => {
                i += 1;
                if let Some(&sign @ (b'+' | b'-')) = b.get(i) {
                    exponent.push(sign as char);
                    i += 1;
                }
                for &c in &b[i..] {
                    match c {
                        b'_' => {}
                        b'0'..=b'9' => exponent.push(c as char),
                        _ => return None,
                    }
                }
                if !exponent.bytes().any(|c| c.is_ascii_digit()) {
                    return None;
                }
            }
            None if !hex => {}
            _ => return None,
        }
        if body.contains('_') && !underscores_ok(b) {
            return None;
        }
        Some(FloatLiteral { hex, mantissa, exponent })
    }

    /// The exponent's value, saturated far beyond any float's range.
    fn exponent(&self) -> i64 {
        if self.exponent.is_empty() {
            return 0;
        }
        self.exponent.parse::<i64>().unwrap_or(if self.exponent.starts_with('-') { -1 << 40 } else { 1 << 40 })
    }

    /// The correctly rounded value for a float of `bit_size` bits (32 or 64).
    fn value(&self, bit_size: u32) -> f64 {
        if self.hex {
            return self.hex_value(bit_size);
        }
        let text = format!("{}e{}", self.mantissa, self.exponent().clamp(-1 << 32, 1 << 32));
        if bit_size == 32 {
            text.parse::<f32>().map_or(f64::NAN, f64::from)
        } else {
            text.parse::<f64>().unwrap_or(f64::NAN)
        }
    }

    /// A hexadecimal mantissa is exact in binary: gather its leading 60 bits (the rest
    /// only matter as a sticky bit) and round once to the float's precision.
    fn hex_value(&self, bit_size: u32) -> f64 {
        let (mut m, mut sticky, mut scale) = (0u64, false, 0i64);
        let mut after_dot = false;
        for c in self.mantissa.chars() {
            let Some(d) = c.to_digit(16) else {
                after_dot = true;
                continue;
            };
            if m >> 56 == 0 {
                m = m << 4 | d as u64;
                scale -= if after_dot { 4 } else { 0 };
            } else {
                sticky |= d != 0;
                scale += if after_dot { 0 } else { 4 };
            }
        }
        let exp = self.exponent().saturating_add(scale).clamp(-1 << 20, 1 << 20);
        round_binary(m, sticky, exp, bit_size)
    }
}

/// `m · 2^exp` (plus a little more if `sticky`) rounded to nearest-even in a float of
/// `bit_size` bits, including its subnormal range; ±Inf beyond its largest value.
fn round_binary(m: u64, sticky: bool, exp: i64, bit_size: u32) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let (precision, min_exp) = if bit_size == 32 { (24, -126) } else { (53, -1022) };
    // The value is in [2^top, 2^(top+1)); below 2^min_exp fewer bits are kept.
    let top = 63 - m.leading_zeros() as i64 + exp;
    let lowest_kept = (top - precision + 1).max(min_exp - precision + 1);
    let shift = lowest_kept - exp;
    let (mut kept, mut e) = (m, exp);
    if shift > 0 {
        let shift = shift.min(64) as u32;
        let rest = if shift == 64 { m } else { m & ((1u64 << shift) - 1) };
        kept = m.checked_shr(shift).unwrap_or(0);
        let half = 1u64 << (shift - 1);
        let more = rest > half || (rest == half && sticky);
        if more || (rest == half && kept & 1 == 1) {
            kept += 1;
        }
        e = lowest_kept;
    }
    let v = kept as f64 * 2f64.powi((e / 2) as i32) * 2f64.powi((e - e / 2) as i32);
    if bit_size == 32 {
        v as f32 as f64
    } else {
        v
    }
}

/// `strconv.ParseFloat(s, bit_size)`.
pub(crate) fn parse_float(s: &str, bit_size: u32) -> Result<f64, ParseFloatError> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let literal = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        // Go accepts no sign on NaN.
        "nan" if body.len() == s.len() => return Ok(f64::NAN),
        _ => FloatLiteral::scan(body).ok_or(ParseFloatError::Syntax)?,
    };
    let v = sign * literal.value(bit_size);
    if v.is_infinite() {
        return Err(ParseFloatError::Range(v));
    }
    Ok(v)
}

/// `parseInt(s string, base, bitSize int) (int64, int)`: the value and 0, or the value
/// Go returns with the error and the error's `IntError` code.
fn parse_int_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (v, code) = match parse_int(a[0].as_bytes(), a[1].as_int(), a[2].as_int()) {
        Ok(v) => (v, 0),
        Err((e, v)) => (v, e as i64),
    };
    Ok(vec![Value::Int(v), Value::Int(code)])
}

/// `parseUint(s string, base, bitSize int) (uint64, int)`, as `parseInt`.
fn parse_uint_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (v, code) = match parse_uint(a[0].as_bytes(), a[1].as_int(), a[2].as_int()) {
        Ok(v) => (v, 0),
        Err((e, v)) => (v, e as i64),
    };
    Ok(vec![Value::Int(v as i64), Value::Int(code)])
}

/// `formatInt(i int64, base int) string`; the base is valid.
fn format_int(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let i = a[0].as_int();
    Ok(vec![Value::bytes_str(format_radix(i.unsigned_abs(), a[1].as_int() as u64, i < 0))])
}

/// `formatUint(u uint64, base int) string`; the base is valid.
fn format_uint(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::bytes_str(format_radix(a[0].as_int() as u64, a[1].as_int() as u64, false))])
}

/// `unquoteChar(s string, quote byte) (value rune, multibyte bool, size int)`: size 0 for
/// a syntax error.
fn unquote_char_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (v, rune, w) = unquote_char(a[0].as_bytes(), a[1].as_int() as u8).unwrap_or((0, false, 0));
    Ok(vec![Value::Int(v as i64), Value::Bool(rune), Value::Int(w as i64)])
}

/// `unquote(s string) (string, int)`: the value of the literal `s` starts with and its
/// length, or -1 if it does not start with one.
fn unquote_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(match unquote_prefix(a[0].as_bytes()) {
        Some((out, n)) => vec![Value::bytes_str(out), Value::Int(n as i64)],
        None => vec![Value::str(""), Value::Int(-1)],
    })
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

/// `parseComplex(s string, bitSize int) (re, im float64, code int)`: code 0 ok, 1 syntax,
/// 2 range (the parts as ParseFloat left them).
fn parse_complex_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = String::from_utf8_lossy(a[0].as_bytes()).into_owned();
    let bits = if a[1].as_int() == 64 { 32 } else { 64 };
    let (re, im, code) = match parse_complex(&s, bits) {
        Ok((re, im)) => (re, im, 0),
        Err(None) => (0.0, 0.0, 1),
        Err(Some((re, im))) => (re, im, 2),
    };
    Ok(vec![Value::Float(re), Value::Float(im), Value::Int(code)])
}

/// `strconv.ParseComplex` with parts of `bits` bits: `Err(None)` for a syntax error,
/// `Err(Some(parts))` when a part is out of range.
fn parse_complex(s: &str, bits: u32) -> Result<(f64, f64), Option<(f64, f64)>> {
    let s = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(s);
    // One part: a real number, or an imaginary one when it ends in `i`.
    let (re, im) = if let Some(body) = s.strip_suffix('i').filter(|_| parse_float(s, bits) == Err(ParseFloatError::Syntax)) {
        match complex_split(body) {
            Some(k) => {
                // A `+` before the imaginary part is dropped (so that `+NaN` reads), but
                // not the first of two.
                let imag = &body[k..];
                let imag = if imag.starts_with('+') && !imag[1..].starts_with('+') { &imag[1..] } else { imag };
                (parse_float(&body[..k], bits), parse_float(imag, bits))
            }
            None => (Ok(0.0), parse_float(body, bits)),
        }
    } else {
        (parse_float(s, bits), Ok(0.0))
    };
    let part = |r: Result<f64, ParseFloatError>| match r {
        Ok(f) => Ok((f, false)),
        Err(ParseFloatError::Range(f)) => Ok((f, true)),
        Err(ParseFloatError::Syntax) => Err(None),
    };
    let ((re, re_range), (im, im_range)) = (part(re)?, part(im)?);
    if re_range || im_range {
        return Err(Some((re, im)));
    }
    Ok((re, im))
}

/// Where the imaginary part of `re±im` starts: the first sign after the first byte that
/// is not an exponent's sign.
fn complex_split(body: &str) -> Option<usize> {
    let b = body.as_bytes();
    (1..b.len()).find(|&k| matches!(b[k], b'+' | b'-') && !matches!(b[k - 1], b'e' | b'E' | b'p' | b'P'))
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
    r.register("strconv", "parseComplex", parse_complex_native);
    r.register("strconv", "parseInt", parse_int_native);
    r.register("strconv", "parseUint", parse_uint_native);
    r.register("strconv", "formatInt", format_int);
    r.register("strconv", "formatUint", format_uint);
    r.register("strconv", "unquoteChar", unquote_char_native);
    r.register("strconv", "unquote", unquote_native);
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
    use super::{parse_float, parse_int, parse_uint, unquote_prefix, IntError, ParseFloatError::*};

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

    // Expected values from Go 1.27's strconv.ParseInt/ParseUint.
    #[test]
    fn parses_integers_like_go() {
        assert_eq!(parse_int(b"-0x80", 0, 8), Ok(-128));
        assert_eq!(parse_int(b"0x80", 0, 8), Err((IntError::Range, 127)));
        assert_eq!(parse_int(b"-129", 10, 8), Err((IntError::Range, -128)));
        assert_eq!(parse_int(b"-9223372036854775808", 10, 64), Ok(i64::MIN));
        assert_eq!(parse_int(b"1_000", 0, 0), Ok(1000));
        assert_eq!(parse_int(b"1_000", 10, 0), Err((IntError::Syntax, 0)));
        assert_eq!(parse_int(b"0_7", 0, 0), Ok(7));
        assert_eq!(parse_int(b"0x_1f_", 0, 0), Err((IntError::Syntax, 0)));
        assert_eq!(parse_int(b"12", 1, 0), Err((IntError::Base, 0)));
        assert_eq!(parse_int(b"12", 10, 65), Err((IntError::BitSize, 0)));
        assert_eq!(parse_uint(b"99999999999999999999x", 10, 64), Err((IntError::Range, u64::MAX)));
        assert_eq!(parse_uint(b"Zz", 36, 64), Ok(1295));
        assert_eq!(parse_uint(b"0x", 0, 64), Err((IntError::Syntax, 0)));
    }

    #[test]
    fn unquotes_like_go() {
        let ok = |s: &str| unquote_prefix(s.as_bytes()).map(|(v, n)| (String::from_utf8_lossy(&v).into_owned(), n));
        assert_eq!(ok(r#""a\tb\u00e9\101"rest"#), Some(("a\tbéA".to_string(), 16)));
        assert_eq!(ok(r"'\''"), Some(("'".to_string(), 4)));
        assert_eq!(ok("`a\\rb\r`"), Some(("a\\rb".to_string(), 7)));
        assert_eq!(ok("'ab'"), None);
        assert_eq!(ok(r#""\400""#), None);
        assert_eq!(ok(r#""\uD800""#), None);
        assert_eq!(ok("\"a\nb\""), None);
    }

    #[test]
    fn rounds_hex_floats_once() {
        // 1 + 2^-53 + a sticky bit rounds up; without it, to even (down).
        assert_eq!(parse_float("0x1.00000000000008p0", 64), Ok(1.0));
        assert_eq!(parse_float("0x1.000000000000080001p0", 64), Ok(1.0000000000000002));
        // 3·2^-1076 is 0.75 of the smallest subnormal.
        assert_eq!(parse_float("0x3p-1076", 64), Ok(5e-324));
        assert_eq!(parse_float("0x1.0000018p0", 32), Ok(1.0000001192092896));
        assert_eq!(parse_float("0x1p-150", 32), Ok(0.0));
        assert_eq!(parse_float("--1", 64), Err(Syntax));
        assert_eq!(parse_float("1e_1", 64), Err(Syntax));
    }
}
