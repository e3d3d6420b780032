//! Hand-written scanners for the tokens a regular expression cannot check: numbers, runes,
//! strings and block comments. They follow `cmd/compile/internal/syntax/scanner.go`, so the
//! errors they record (in `lex.extras`) have Go's words and positions. A malformed literal is
//! still returned as a token so that parsing goes on.

use logos::Lexer;

use crate::token::{NumberKind, TokenKind};
use crate::LexError;

type Lex<'s> = Lexer<'s, TokenKind>;

fn error(lex: &mut Lex, offset: usize, msg: String) {
    lex.extras.push(LexError {
        offset: offset as u32,
        msg,
    });
}

/// The offset just past the current token (where the scanner "is").
fn here(lex: &Lex) -> usize {
    lex.span().end
}

fn peek(lex: &Lex) -> Option<char> {
    lex.remainder().chars().next()
}

fn bump_char(lex: &mut Lex) {
    if let Some(c) = peek(lex) {
        lex.bump(c.len_utf8());
    }
}

fn lower(c: char) -> char {
    c.to_ascii_lowercase()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Go's `%q` of a character.
fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\r' => "'\\r'".to_string(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Go's `%#U` of a code point: `U+0040 '@'` (just `U+0007` when not printable).
pub(crate) fn unicode_name(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if !c.is_control() && !c.is_whitespace() => format!("U+{x:04X} '{c}'"),
        _ => format!("U+{x:04X}"),
    }
}

/// Scans the digits of `base` (and `_`); returns Go's `digsep` bits (1: a digit, 2: a `_`)
/// and records in `invalid` the offset of the first digit too large for a base <= 10.
fn digits(lex: &mut Lex, base: u32, invalid: &mut Option<usize>) -> u32 {
    let mut digsep = 0;
    while let Some(c) = peek(lex) {
        let ok = if base <= 10 {
            c.is_ascii_digit()
        } else {
            c.is_ascii_hexdigit()
        };
        if !(ok || c == '_') {
            break;
        }
        if c == '_' {
            digsep |= 2;
        } else {
            digsep |= 1;
            if base <= 10 && c.to_digit(10).unwrap_or(0) >= base && invalid.is_none() {
                *invalid = Some(here(lex));
            }
        }
        bump_char(lex);
    }
    digsep
}

/// Index in `x` of a `_` that does not separate successive digits, as Go's `invalidSep`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| x.len() - 1)
}

/// A number literal; logos has matched its first digit (or `.` and a digit).
pub(crate) fn number(lex: &mut Lex, seen_point: bool) -> NumberKind {
    let start = lex.span().start;
    let mut kind = NumberKind::Int;
    let mut ok = true;
    let mut base = 10;
    let mut prefix = '\0';
    let mut digsep = 0;
    let mut invalid = None;
    let mut seen_point = seen_point;

    if !seen_point {
        let first = lex.slice().as_bytes()[0];
        if first == b'0' {
            match peek(lex).map(lower) {
                Some('x') => {
                    bump_char(lex);
                    base = 16;
                    prefix = 'x';
                }
                Some('o') => {
                    bump_char(lex);
                    base = 8;
                    prefix = 'o';
                }
                Some('b') => {
                    bump_char(lex);
                    base = 2;
                    prefix = 'b';
                }
                _ => {
                    base = 8;
                    prefix = '0';
                    digsep = 1;
                }
            }
        } else {
            digsep = 1;
        }
        digsep |= digits(lex, base, &mut invalid);
        if peek(lex) == Some('.') {
            if prefix == 'o' || prefix == 'b' {
                error(
                    lex,
                    here(lex),
                    format!("invalid radix point in {} literal", base_name(base)),
                );
                ok = false;
            }
            bump_char(lex);
            seen_point = true;
        }
    } else {
        // logos matched `.` and a digit, which counts.
        digsep = 1;
    }
    if seen_point {
        kind = NumberKind::Float;
        digsep |= digits(lex, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        error(
            lex,
            here(lex),
            format!("{} literal has no digits", base_name(base)),
        );
        ok = false;
    }
    match peek(lex) {
        Some(e) if lower(e) == 'e' || lower(e) == 'p' => {
            if ok {
                if lower(e) == 'e' && prefix != '\0' && prefix != '0' {
                    error(
                        lex,
                        here(lex),
                        format!("{} exponent requires decimal mantissa", quote_char(e)),
                    );
                    ok = false;
                } else if lower(e) == 'p' && prefix != 'x' {
                    error(
                        lex,
                        here(lex),
                        format!("{} exponent requires hexadecimal mantissa", quote_char(e)),
                    );
                    ok = false;
                }
            }
            bump_char(lex);
            kind = NumberKind::Float;
            if matches!(peek(lex), Some('+' | '-')) {
                bump_char(lex);
            }
            digsep = digits(lex, 10, &mut None) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                error(lex, here(lex), "exponent has no digits".to_string());
                ok = false;
            }
        }
        _ => {
            if prefix == 'x' && kind == NumberKind::Float && ok {
                error(
                    lex,
                    here(lex),
                    "hexadecimal mantissa requires a 'p' exponent".to_string(),
                );
                ok = false;
            }
        }
    }
    if peek(lex) == Some('i') {
        kind = NumberKind::Imag;
        bump_char(lex);
    }
    if kind == NumberKind::Int && ok {
        if let Some(at) = invalid {
            let c = lex.source()[at..].chars().next().unwrap_or('0');
            error(
                lex,
                at,
                format!(
                    "invalid digit {} in {} literal",
                    quote_char(c),
                    base_name(base)
                ),
            );
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(i) = invalid_sep(lex.slice().as_bytes()) {
            error(
                lex,
                start + i,
                "'_' must separate successive digits".to_string(),
            );
        }
    }
    kind
}

/// Scans an escape after `\`; false (with an error recorded) when it is malformed.
fn escape(lex: &mut Lex, quote: char) -> bool {
    let Some(c) = peek(lex) else { return true };
    let (n, base, max) = match c {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
            bump_char(lex);
            return true;
        }
        c if c == quote => {
            bump_char(lex);
            return true;
        }
        '0'..='7' => (3, 8, 255),
        'x' => {
            bump_char(lex);
            (2, 16, 255)
        }
        'u' => {
            bump_char(lex);
            (4, 16, 0x10FFFF)
        }
        'U' => {
            bump_char(lex);
            (8, 16, 0x10FFFF)
        }
        _ => {
            error(lex, here(lex), "unknown escape".to_string());
            return false;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(c) = peek(lex) else { return true };
        let d = c.to_digit(16).unwrap_or(base);
        if d >= base {
            error(
                lex,
                here(lex),
                format!(
                    "invalid character {} in {} escape",
                    quote_char(c),
                    base_name(base)
                ),
            );
            return false;
        }
        x = x * base + d;
        bump_char(lex);
    }
    if x > max && base == 8 {
        error(lex, here(lex), format!("octal escape value {x} > 255"));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        error(
            lex,
            here(lex),
            format!("escape is invalid Unicode code point {}", unicode_name(x)),
        );
        return false;
    }
    true
}

/// Checks the non-ASCII characters of an identifier (Go's `atIdentChar`).
pub(crate) fn identifier(lex: &mut Lex) {
    let start = lex.span().start;
    let text = lex.slice();
    let mut errors = Vec::new();
    for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        if c.is_alphabetic() {
            continue;
        }
        if c.is_numeric() {
            if i == 0 {
                errors.push((
                    start,
                    format!(
                        "identifier cannot begin with digit {}",
                        unicode_name(c as u32)
                    ),
                ));
            }
            continue;
        }
        errors.push((
            start + i,
            format!("invalid character {} in identifier", unicode_name(c as u32)),
        ));
    }
    for (at, msg) in errors {
        error(lex, at, msg);
    }
}

/// A rune literal; logos has matched the opening `'`.
pub(crate) fn rune_lit(lex: &mut Lex) {
    let start = lex.span().start;
    let mut ok = true;
    let mut n = 0;
    loop {
        match peek(lex) {
            Some('\'') => {
                if ok {
                    if n == 0 {
                        error(
                            lex,
                            here(lex),
                            "empty rune literal or unescaped '".to_string(),
                        );
                    } else if n != 1 {
                        error(
                            lex,
                            start,
                            "more than one character in rune literal".to_string(),
                        );
                    }
                }
                bump_char(lex);
                return;
            }
            Some('\\') => {
                bump_char(lex);
                if !escape(lex, '\'') {
                    ok = false;
                }
            }
            Some('\n') => {
                if ok {
                    error(lex, here(lex), "newline in rune literal".to_string());
                }
                return;
            }
            None => {
                if ok {
                    error(lex, start, "rune literal not terminated".to_string());
                }
                return;
            }
            Some(_) => bump_char(lex),
        }
        n += 1;
    }
}

/// An interpreted string literal; logos has matched the opening `"`.
pub(crate) fn interpreted_string(lex: &mut Lex) {
    let start = lex.span().start;
    loop {
        match peek(lex) {
            Some('"') => {
                bump_char(lex);
                return;
            }
            Some('\\') => {
                bump_char(lex);
                escape(lex, '"');
            }
            Some('\n') => {
                error(lex, here(lex), "newline in string".to_string());
                return;
            }
            None => {
                error(lex, start, "string not terminated".to_string());
                return;
            }
            Some(_) => bump_char(lex),
        }
    }
}

/// A raw string literal; logos has matched the opening backquote.
pub(crate) fn raw_string(lex: &mut Lex) {
    let start = lex.span().start;
    match lex.remainder().find('`') {
        Some(i) => lex.bump(i + 1),
        None => {
            let rest = lex.remainder().len();
            lex.bump(rest);
            error(lex, start, "string not terminated".to_string());
        }
    }
}

/// A block comment; logos has matched `/*`. Returns whether it spans a newline.
pub(crate) fn block_comment(lex: &mut Lex) -> bool {
    let start = lex.span().start;
    match lex.remainder().find("*/") {
        Some(i) => {
            let newline = lex.remainder()[..i].contains('\n');
            lex.bump(i + 2);
            newline
        }
        None => {
            let rest = lex.remainder().len();
            let newline = lex.remainder().contains('\n');
            lex.bump(rest);
            error(lex, start, "comment not terminated".to_string());
            newline
        }
    }
}
