//! String and rune quoting as Go does it (`strconv.Quote`, `QuoteToASCII`, `QuoteRune`,
//! `CanBackquote`, `IsPrint`, `IsGraphic`) and UTF-8 decoding with Go's error rule (each
//! bad byte is one U+FFFD), shared by `fmt` (`%q`, `%U`) and the `strconv` natives.

use super::isprint::{IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};

pub const RUNE_ERROR: u32 = 0xFFFD;
pub const MAX_RUNE: u32 = 0x10FFFF;

/// `utf8.DecodeRune`: the first rune of `b` and its width; `(RuneError, 1)` for an invalid
/// encoding and `(RuneError, 0)` for empty input.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&c0) = b.first() else { return (RUNE_ERROR, 0) };
    if c0 < 0x80 {
        return (c0 as u32, 1);
    }
    let (n, min, init) = match c0 {
        0xC2..=0xDF => (2, 0x80, (c0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (c0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (c0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = r << 6 | (c & 0x3F) as u32;
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// `utf8.AppendRune`: invalid runes (surrogates, > MaxRune) become U+FFFD.
pub fn append_rune(buf: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// `utf8.RuneCount`.
pub fn rune_count(mut b: &[u8]) -> usize {
    let mut n = 0;
    while !b.is_empty() {
        let (_, w) = decode_rune(b);
        b = &b[w..];
        n += 1;
    }
    n
}

/// Whether `x` lies in one of the inclusive ranges `[lo, hi]` that `bounds` lists flat and
/// sorted. Counting the bounds below `x`: an odd count puts it inside a range, an even
/// one leaves it only on a range's first value.
fn in_ranges<T: Ord + Copy>(bounds: &[T], x: T) -> bool {
    let below = bounds.partition_point(|&b| b < x);
    below % 2 == 1 || bounds.get(below) == Some(&x)
}

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
/// Latin-1 is decided here; above it, the range tables say what is printable and the
/// exception lists take single code points back out.
pub fn is_print(r: u32) -> bool {
    match r {
        0..=0xFF => matches!(r, 0x20..=0x7E | 0xA1..=0xFF) && r != 0xAD,
        0x100..=0xFFFF => {
            let r = r as u16;
            in_ranges(IS_PRINT16, r) && IS_NOT_PRINT16.binary_search(&r).is_err()
        }
        // The 32-bit exceptions are stored as offsets from U+10000 and all lie below U+20000.
        _ => in_ranges(IS_PRINT32, r) && (r >= 0x20000 || IS_NOT_PRINT32.binary_search(&((r - 0x10000) as u16)).is_err()),
    }
}

/// `strconv.IsGraphic`: printable or a Unicode space character.
pub fn is_graphic(r: u32) -> bool {
    is_print(r) || u16::try_from(r).is_ok_and(|r| IS_GRAPHIC.binary_search(&r).is_ok())
}

/// `strconv.Quote` (`ascii_only`: `QuoteToASCII`) appended to `buf`.
pub fn append_quoted(buf: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool) {
    buf.push(quote);
    let mut rest = s;
    while !rest.is_empty() {
        let (r, width) = decode_rune(rest);
        if (r, width) == (RUNE_ERROR, 1) {
            // A byte that starts no valid UTF-8 sequence is shown as itself in hex.
            buf.extend_from_slice(format!("\\x{:02x}", rest[0]).as_bytes());
        } else {
            append_escaped_rune(buf, r, quote, ascii_only);
        }
        rest = &rest[width..];
    }
    buf.push(quote);
}

/// `strconv.QuoteRune` (`ascii_only`: `QuoteRuneToASCII`) appended to `buf`; invalid runes
/// are quoted as U+FFFD.
pub fn append_quoted_rune(buf: &mut Vec<u8>, r: u32, ascii_only: bool) {
    buf.push(b'\'');
    append_escaped_rune(buf, r, b'\'', ascii_only);
    buf.push(b'\'');
}

/// One rune inside `quote` quotes: itself if printable (and ASCII when `ascii_only`), else
/// its one-letter escape, else a `\x`, `\u` or `\U` escape of its code point.
fn append_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    let r = if char::from_u32(r).is_some() { r } else { RUNE_ERROR };
    let escape = match r {
        _ if r == u32::from(quote) || r == u32::from(b'\\') => format!("\\{}", r as u8 as char),
        _ if is_print(r) && (r < 0x80 || !ascii_only) => return append_rune(buf, r),
        0x07 => "\\a".into(),
        0x08 => "\\b".into(),
        0x09 => "\\t".into(),
        0x0A => "\\n".into(),
        0x0B => "\\v".into(),
        0x0C => "\\f".into(),
        0x0D => "\\r".into(),
        0..=0x1F | 0x7F => format!("\\x{r:02x}"),
        0x80..=0xFFFF => format!("\\u{r:04x}"),
        _ => format!("\\U{r:08x}"),
    };
    buf.extend_from_slice(escape.as_bytes());
}

/// `strconv.CanBackquote`: `s` can be a raw string literal: valid UTF-8 without a
/// backquote, a byte order mark, or control characters other than tab.
pub fn can_backquote(s: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(s) else { return false };
    !text.chars().any(|c| c == '`' || c == '\u{FEFF}' || c == '\u{7F}' || (c < ' ' && c != '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(s: &[u8], ascii: bool) -> String {
        let mut b = Vec::new();
        append_quoted(&mut b, s, b'"', ascii);
        String::from_utf8(b).unwrap()
    }

    // Expected strings from Go 1.27 (`strconv.Quote`, `QuoteToASCII`, `QuoteRune`).
    #[test]
    fn quotes_like_go() {
        assert_eq!(quote(b"hi\n\"x\"\\", false), r#""hi\n\"x\"\\""#);
        assert_eq!(quote("héllo☺\u{7f}\u{ad}".as_bytes(), false), r#""héllo☺\x7f\u00ad""#);
        assert_eq!(quote("héllo☺😀".as_bytes(), true), r#""h\u00e9llo\u263a\U0001f600""#);
        assert_eq!(quote(b"\xff\x00\x07", false), r#""\xff\x00\a""#);
        let mut b = Vec::new();
        append_quoted_rune(&mut b, '\'' as u32, false);
        append_quoted_rune(&mut b, 0xD800, false);
        append_quoted_rune(&mut b, 0x263a, true);
        assert_eq!(String::from_utf8(b).unwrap(), "'\\'''\u{FFFD}''\\u263a'");
    }

    #[test]
    fn printability() {
        assert!(is_print('a' as u32) && is_print(0x263a) && is_print(0x1F600));
        assert!(!is_print(0x7F) && !is_print(0xAD) && !is_print(0x2028) && !is_print(0xE000));
        assert!(!is_print(0x3000) && is_graphic(0x3000));
        assert!(can_backquote(b"a\tb") && !can_backquote(b"a`b") && !can_backquote(b"\xff"));
    }

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe2\x98"), (RUNE_ERROR, 1));
        assert_eq!(rune_count(b"a\xe2\x98\xba\xff"), 3);
    }
}
