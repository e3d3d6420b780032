//! Go's string and rune quoting (`strconv.Quote`, `QuoteToASCII`, `QuoteRune`,
//! `CanBackquote`, `IsPrint`, `IsGraphic`) and UTF-8 decoding with Go's error rule, shared
//! by `fmt` (`%q`, `%U`) and the `strconv` natives. Ported from Go's
//! `src/strconv/quote.go` and `src/unicode/utf8/utf8.go` (BSD licence, The Go Authors).

use super::isprint::{IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};

pub const RUNE_ERROR: u32 = 0xFFFD;
pub const MAX_RUNE: u32 = 0x10FFFF;
const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

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

fn bsearch<T: Ord + Copy>(s: &[T], v: T) -> (usize, bool) {
    let i = s.partition_point(|&x| x < v);
    (i, i < s.len() && s[i] == v)
}

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
pub fn is_print(r: u32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if r < 1 << 16 {
        let rr = r as u16;
        let (i, _) = bsearch(IS_PRINT16, rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        return !bsearch(IS_NOT_PRINT16, rr).1;
    }
    let (i, _) = bsearch(IS_PRINT32, r);
    if i >= IS_PRINT32.len() || r < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < r {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    !bsearch(IS_NOT_PRINT32, (r - 0x10000) as u16).1
}

fn is_in_graphic_list(r: u32) -> bool {
    r <= 0xFFFF && bsearch(IS_GRAPHIC, r as u16).1
}

/// `strconv.IsGraphic`: printable or a Unicode space character.
pub fn is_graphic(r: u32) -> bool {
    is_print(r) || is_in_graphic_list(r)
}

/// `strconv.Quote` (`ascii_only`: `QuoteToASCII`) appended to `buf`.
pub fn append_quoted(buf: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool) {
    buf.push(quote);
    let mut s = s;
    while !s.is_empty() {
        let (r, width) = decode_rune(s);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[0] >> 4) as usize]);
            buf.push(LOWERHEX[(s[0] & 0xF) as usize]);
        } else {
            append_escaped_rune(buf, r, quote, ascii_only);
        }
        s = &s[width..];
    }
    buf.push(quote);
}

/// `strconv.QuoteRune` (`ascii_only`: `QuoteRuneToASCII`) appended to `buf`; invalid runes
/// are quoted as U+FFFD.
pub fn append_quoted_rune(buf: &mut Vec<u8>, r: u32, ascii_only: bool) {
    let r = if char::from_u32(r).is_some() { r } else { RUNE_ERROR };
    buf.push(b'\'');
    append_escaped_rune(buf, r, b'\'', ascii_only);
    buf.push(b'\'');
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        append_rune(buf, r);
        return;
    }
    let esc: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !esc.is_empty() {
        buf.extend_from_slice(esc);
        return;
    }
    let hex = |buf: &mut Vec<u8>, prefix: &[u8], r: u32, digits: u32| {
        buf.extend_from_slice(prefix);
        for k in (0..digits).rev() {
            buf.push(LOWERHEX[((r >> (4 * k)) & 0xF) as usize]);
        }
    };
    if r < 0x20 || r == 0x7F {
        hex(buf, b"\\x", r, 2);
    } else {
        let r = if char::from_u32(r).is_some() { r } else { RUNE_ERROR };
        if r < 0x10000 {
            hex(buf, b"\\u", r, 4);
        } else {
            hex(buf, b"\\U", r, 8);
        }
    }
}

/// `strconv.CanBackquote`: `s` can be a raw string literal without control characters
/// other than tab.
pub fn can_backquote(mut s: &[u8]) -> bool {
    while !s.is_empty() {
        let (r, w) = decode_rune(s);
        s = &s[w..];
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR || (r < 0x20 && r != 0x09) || r == '`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
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
