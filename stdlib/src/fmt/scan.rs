//! The scanner's fast path (`fmt.scanWindow`). Scanning is written in Go (the scanner in
//! `stdlib/go/fmt/fmt.go` reads its input rune by rune, and every rule and error lives
//! there); when the input can show its next bytes without reading them (the rest of an
//! `Sscan` string, what a `bufio.Reader` holds), this native finds the common tokens in
//! them at once: a word, a decimal integer, a plain decimal float, after the spaces before
//! it. It answers only when the token is well formed and ends inside the window with the
//! same text the rune-by-rune path would read; anything else (errors, base prefixes,
//! underscores, `nan`, exponents in p, a token running past the window) is left to that
//! path, which then decides exactly as Go.
//!
//! Also here: what Go's scanner finds by reflection for an operand of a defined type
//! (`*Celsius` with `type Celsius float64`): the basic kind it points to
//! (`fmt.pointeeKind`), and the store through it (`fmt.storeThrough`).

use minigo_types::{BasicKind, Type};
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// The token a scan wants, as `fmt.go` numbers it (`tokenWord`, ...).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Want {
    /// `%s`/`%v` into a string: the run of non-space runes.
    Word,
    /// An integer for a signed (`true`) or unsigned type.
    Integer { signed: bool, verb_v: bool },
    /// A float under any float verb.
    Float,
}

impl Want {
    fn from_go(kind: i64, verb: i64) -> Option<Want> {
        let verb_v = verb == 'v' as i64;
        match kind {
            0 => Some(Want::Word),
            1 | 2 => Some(Want::Integer { signed: kind == 1, verb_v }),
            3 => Some(Want::Float),
            _ => None,
        }
    }
}

/// `scanWindow(kind int, verb rune, newlineIsSpace bool, window string, complete bool)
/// (start, end int)`: the token is `window[start:end]`, and reading it consumes
/// `window[:end]`; (-1, -1) leaves the scan to the rune-by-rune path. `complete` says that
/// the input ends where the window does.
fn scan_window(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let span = Want::from_go(a[0].as_int(), a[1].as_int())
        .and_then(|want| token_span(want, a[2].as_bool(), a[3].as_bytes(), a[4].as_bool()));
    let (start, end) = span.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
    Ok(vec![Value::Int(start), Value::Int(end)])
}

/// Where the wanted token starts and ends in `w`, if the window settles it.
fn token_span(want: Want, newline_is_space: bool, w: &[u8], complete: bool) -> Option<(usize, usize)> {
    let start = first_non_space(w, newline_is_space)?;
    let end = match want {
        Want::Word => word_end(w, start)?,
        Want::Integer { signed, verb_v } => integer_end(w, start, signed, verb_v)?,
        Want::Float => float_end(w, start)?,
    };
    let delimited = end < w.len() || complete;
    delimited.then_some((start, end))
}

/// The rune at `w[i..]` and its length, if the window holds a whole valid encoding.
fn rune_at(w: &[u8], i: usize) -> Option<(char, usize)> {
    let tail = &w[i..w.len().min(i + 4)];
    let valid = match std::str::from_utf8(tail) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&tail[..e.valid_up_to()]).ok()?,
    };
    let c = valid.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The index of the first rune after the leading spaces. A newline where it is not a
/// space, and the window running out, are for the slow path.
fn first_non_space(w: &[u8], newline_is_space: bool) -> Option<usize> {
    let mut i = 0;
    loop {
        let (c, len) = rune_at(w, i)?;
        if c == '\n' && !newline_is_space {
            return None;
        }
        if !c.is_whitespace() {
            return Some(i);
        }
        i += len;
    }
}

/// The end of the run of non-space runes at `start`.
fn word_end(w: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    while i < w.len() {
        let (c, len) = rune_at(w, i)?;
        if c.is_whitespace() {
            break;
        }
        i += len;
    }
    Some(i)
}

/// The end of the decimal digits at `i`.
fn digits_end(w: &[u8], mut i: usize) -> usize {
    while w.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// The end of an optional sign at `i`.
fn sign_end(w: &[u8], i: usize) -> usize {
    i + usize::from(matches!(w.get(i), Some(b'+' | b'-')))
}

/// The end of a decimal integer at `start`. Under %v a leading 0 (a base prefix, or octal)
/// and an underscore after the digits are for the slow path.
fn integer_end(w: &[u8], start: usize, signed: bool, verb_v: bool) -> Option<usize> {
    let digits = if signed { sign_end(w, start) } else { start };
    let end = digits_end(w, digits);
    if end == digits {
        return None;
    }
    let next = w.get(end).copied();
    let zero_led = w[digits] == b'0' && (end - digits > 1 || next.is_some_and(|b| b.is_ascii_alphabetic()));
    if verb_v && (zero_led || next == Some(b'_')) {
        return None;
    }
    Some(end)
}

/// The end of a plain decimal float at `start` (sign, digits, point, digits, exponent in
/// e), which must be followed by a space for the slow path to read the same text.
fn float_end(w: &[u8], start: usize) -> Option<usize> {
    let whole = sign_end(w, start);
    let mut end = digits_end(w, whole);
    let mut digits = end - whole;
    if w.get(end) == Some(&b'.') {
        let fraction = end + 1;
        end = digits_end(w, fraction);
        digits += end - fraction;
    }
    if digits == 0 {
        return None;
    }
    if matches!(w.get(end), Some(b'e' | b'E')) {
        let exponent = sign_end(w, end + 1);
        end = digits_end(w, exponent);
        if end == exponent {
            return None;
        }
    }
    w.get(end).is_none_or(|b| b.is_ascii_whitespace()).then_some(end)
}

/// `pointeeKind(arg any) (kind, bits int)`: for a pointer to a type whose underlying type
/// is basic, its class (1 bool, 2 signed, 3 unsigned, 4 float, 5 string, 6 complex) and size in
/// bits; `0, 0` for anything else.
fn pointee_kind(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    use BasicKind::*;
    let table = cx.types();
    let class = a[0].iface_parts().and_then(|(ty, _)| match table.under(ty) {
        Type::Pointer(elem) => table.basic_kind(*elem),
        _ => None,
    });
    let (kind, bits) = match class {
        Some(Bool) => (1, 8),
        Some(Int | Int64) => (2, 64),
        Some(Int8) => (2, 8),
        Some(Int16) => (2, 16),
        Some(Int32) => (2, 32),
        Some(Uint | Uint64 | Uintptr) => (3, 64),
        Some(Uint8) => (3, 8),
        Some(Uint16) => (3, 16),
        Some(Uint32) => (3, 32),
        Some(Float32) => (4, 32),
        Some(Float64) => (4, 64),
        Some(String) => (5, 0),
        Some(Complex64) => (6, 64),
        Some(Complex128) => (6, 128),
        _ => (0, 0),
    };
    Ok(vec![Value::Int(kind), Value::Int(bits)])
}

/// `storeThrough(arg any, v any)`: `*arg = v`, with `v` already of the pointee's
/// representation (the Go side converts it).
fn store_through(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    if let (Some((_, ptr)), Some((_, v))) = (a[0].iface_parts(), a[1].iface_parts()) {
        ptr.store_through(v.clone());
    }
    Ok(vec![])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("fmt", "scanWindow", scan_window);
    r.register("fmt", "pointeeKind", pointee_kind);
    r.register("fmt", "storeThrough", store_through);
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNED_V: Want = Want::Integer { signed: true, verb_v: true };
    const UNSIGNED_D: Want = Want::Integer { signed: false, verb_v: false };

    fn span(want: Want, w: &str) -> Option<(usize, usize)> {
        token_span(want, true, w.as_bytes(), false)
    }

    #[test]
    fn words_stop_at_any_unicode_space() {
        assert_eq!(span(Want::Word, "  héllo\u{a0}x"), Some((2, 8)));
        assert_eq!(span(Want::Word, "\n\tword "), Some((2, 6)));
        assert_eq!(span(Want::Word, "word"), None, "may continue past the window");
        assert_eq!(token_span(Want::Word, true, b"word", true), Some((0, 4)));
        assert_eq!(token_span(Want::Word, true, b"ab\xffc ", true), None, "invalid UTF-8 reads as U+FFFD");
        assert_eq!(span(Want::Word, "   "), None);
    }

    #[test]
    fn newlines_where_they_are_not_spaces_go_to_the_slow_path() {
        assert_eq!(token_span(Want::Word, false, b" \nx ", false), None);
        assert_eq!(token_span(Want::Word, false, b" x\n", false), Some((1, 2)));
    }

    #[test]
    fn integers() {
        assert_eq!(span(SIGNED_V, " -42 "), Some((1, 4)));
        assert_eq!(span(SIGNED_V, "12abc"), Some((0, 2)));
        assert_eq!(span(SIGNED_V, "0 "), Some((0, 1)));
        assert_eq!(span(SIGNED_V, "012 "), None, "octal under %v");
        assert_eq!(span(SIGNED_V, "0x1 "), None);
        assert_eq!(span(SIGNED_V, "0b1 "), None);
        assert_eq!(span(SIGNED_V, "-0,"), Some((0, 2)));
        assert_eq!(span(SIGNED_V, "1_000 "), None);
        assert_eq!(span(UNSIGNED_D, "1_000 "), Some((0, 1)));
        assert_eq!(span(UNSIGNED_D, "012 "), Some((0, 3)));
        assert_eq!(span(UNSIGNED_D, "+5 "), None, "no sign for unsigned types");
        assert_eq!(span(SIGNED_V, "- "), None);
    }

    #[test]
    fn floats() {
        assert_eq!(span(Want::Float, "3.25 "), Some((0, 4)));
        assert_eq!(span(Want::Float, "-.5e-3\n"), Some((0, 6)));
        assert_eq!(span(Want::Float, "1. "), Some((0, 2)));
        assert_eq!(span(Want::Float, "1e "), None);
        assert_eq!(span(Want::Float, "1p4 "), None);
        assert_eq!(span(Want::Float, "1.5.5 "), None);
        assert_eq!(span(Want::Float, "nan "), None);
        assert_eq!(span(Want::Float, ". "), None);
    }
}
