//! The values of string and rune literals, as the Go spec defines them: escapes decoded,
//! raw strings taken verbatim with carriage returns removed. Inputs are literals the lexer
//! accepted; a malformed one gives `None`.

/// The bytes of a string literal (`"a\tb"` or `` `raw` ``). A Go string is a byte sequence:
/// `\xff` is the single byte 0xff, while `\u00ff` is its UTF-8 encoding.
pub fn unquote_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(body) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return Some(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match escape(&mut chars, '"')? {
            Escaped::Byte(b) => out.push(b),
            Escaped::Char(c) => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Some(out)
}

/// The code point of a rune literal (`'a'`, `'\n'`, `'\x41'`, `'\u00e9'`).
pub fn unquote_rune(raw: &str) -> Option<u32> {
    let body = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars();
    let value = match chars.next()? {
        '\\' => match escape(&mut chars, '\'')? {
            Escaped::Byte(b) => b as u32,
            Escaped::Char(c) => c as u32,
        },
        c => c as u32,
    };
    chars.next().is_none().then_some(value)
}

enum Escaped {
    /// `\NNN` and `\xNN`: one byte.
    Byte(u8),
    Char(char),
}

/// Decodes the escape after a `\`.
fn escape(chars: &mut std::str::Chars, quote: char) -> Option<Escaped> {
    let c = chars.next()?;
    let simple = match c {
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        '\\' => Some('\\'),
        c if c == quote => Some(c),
        _ => None,
    };
    if let Some(s) = simple {
        return Some(Escaped::Char(s));
    }
    let (digits, radix) = match c {
        '0'..='7' => (2, 8),
        'x' => (2, 16),
        'u' => (4, 16),
        'U' => (8, 16),
        _ => return None,
    };
    let mut value = if radix == 8 { c.to_digit(8)? } else { 0 };
    for _ in 0..digits {
        value = value
            .checked_mul(radix)?
            .checked_add(chars.next()?.to_digit(radix)?)?;
    }
    match c {
        '0'..='7' | 'x' => Some(Escaped::Byte(u8::try_from(value).ok()?)),
        _ => char::from_u32(value).map(Escaped::Char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(unquote_string(r#""a\tb\n""#).unwrap(), b"a\tb\n");
        assert_eq!(
            unquote_string(r#""\xff\u00FF\101\"\\""#).unwrap(),
            b"\xff\xc3\xbfA\"\\"
        );
        assert_eq!(
            unquote_string(r#""日本\U00008a9e""#).unwrap(),
            "日本語".as_bytes()
        );
        assert_eq!(unquote_string("`a\\n\r\nb`").unwrap(), b"a\\n\nb");
        assert_eq!(
            unquote_string(r#""\a\b\f\v""#).unwrap(),
            b"\x07\x08\x0c\x0b"
        );
        assert_eq!(unquote_string(r#""\q""#), None);
        assert_eq!(unquote_string(r#""\400""#), None);
    }

    #[test]
    fn runes() {
        assert_eq!(unquote_rune("'a'"), Some(97));
        assert_eq!(unquote_rune("'本'"), Some(0x672c));
        assert_eq!(unquote_rune(r"'\''"), Some(39));
        assert_eq!(unquote_rune(r"'\377'"), Some(255));
        assert_eq!(unquote_rune(r"'\xff'"), Some(255));
        assert_eq!(unquote_rune(r"'\u12e4'"), Some(0x12e4));
        assert_eq!(unquote_rune(r"'\U00101234'"), Some(0x101234));
        assert_eq!(unquote_rune("'ab'"), None);
        assert_eq!(unquote_rune(r"'\uD800'"), None);
    }
}
