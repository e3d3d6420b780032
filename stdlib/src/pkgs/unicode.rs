//! Package `unicode`'s natives over Rust's `char` properties. Rust exposes Unicode's
//! binary properties, not general categories, so the category-based predicates are
//! approximated outside ASCII/Latin-1 (exact there): `IsLetter` is `Alphabetic` minus
//! marks and letter-numbers, `IsPunct`/`IsSymbol`/`IsMark` use the main Unicode blocks.
//! `IsPrint`/`IsGraphic` are exact (Go's strconv tables).

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use super::strings::map_case;
use crate::fmt::quote::{is_graphic, is_print};

fn ch(r: i64) -> Option<char> {
    u32::try_from(r).ok().and_then(char::from_u32)
}

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let u = c as u32;
    ranges.iter().any(|&(lo, hi)| lo <= u && u <= hi)
}

/// Combining marks (Mn/Mc/Me) in the main combining blocks.
const MARKS: &[(u32, u32)] = &[(0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x0610, 0x061A), (0x064B, 0x065F), (0x0900, 0x0903), (0x093A, 0x094F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0x302A, 0x302F), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F)];
/// Letter numbers (Nl) and other numbers (No) outside Latin-1.
const NON_DECIMAL_NUMBERS: &[(u32, u32)] = &[(0x2070, 0x209F), (0x2150, 0x218B), (0x2460, 0x24FF), (0x2776, 0x2793), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303A), (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x325F), (0x3280, 0x3289), (0x32B1, 0x32BF)];
/// Punctuation (P*) outside Latin-1.
const PUNCT: &[(u32, u32)] = &[(0x037E, 0x037E), (0x0387, 0x0387), (0x055A, 0x055F), (0x0589, 0x058A), (0x05BE, 0x05BE), (0x05C0, 0x05C0), (0x05C3, 0x05C3), (0x05F3, 0x05F4), (0x060C, 0x060D), (0x061B, 0x061F), (0x066A, 0x066D), (0x06D4, 0x06D4), (0x0964, 0x0965), (0x2010, 0x2027), (0x2030, 0x2043), (0x2045, 0x2051), (0x2053, 0x205E), (0x207D, 0x207E), (0x208D, 0x208E), (0x2308, 0x230B), (0x2329, 0x232A), (0x2768, 0x2775), (0x27C5, 0x27C6), (0x27E6, 0x27EF), (0x2983, 0x2998), (0x29D8, 0x29DB), (0x29FC, 0x29FD), (0x2E00, 0x2E4F), (0x3001, 0x3003), (0x3008, 0x3011), (0x3014, 0x301F), (0x3030, 0x3030), (0x303D, 0x303D), (0x30A0, 0x30A0), (0x30FB, 0x30FB), (0xFE10, 0xFE19), (0xFE30, 0xFE52), (0xFE54, 0xFE61), (0xFE63, 0xFE63), (0xFE68, 0xFE68), (0xFE6A, 0xFE6B), (0xFF01, 0xFF03), (0xFF05, 0xFF0A), (0xFF0C, 0xFF0F), (0xFF1A, 0xFF1B), (0xFF1F, 0xFF20), (0xFF3B, 0xFF3D), (0xFF3F, 0xFF3F), (0xFF5B, 0xFF5B), (0xFF5D, 0xFF5D), (0xFF5F, 0xFF65)];
/// Titlecase letters (Lt): the Latin digraphs and Greek capitals with prosgegrammeni.
const TITLE: &[(u32, u32)] = &[(0x01C5, 0x01C5), (0x01C8, 0x01C8), (0x01CB, 0x01CB), (0x01F2, 0x01F2), (0x1F88, 0x1F8F), (0x1F98, 0x1F9F), (0x1FA8, 0x1FAF), (0x1FBC, 0x1FBC), (0x1FCC, 0x1FCC), (0x1FFC, 0x1FFC)];

pub(crate) fn is_mark(c: char) -> bool {
    in_ranges(c, MARKS)
}

fn is_upper(c: char) -> bool {
    if (c as u32) <= 0xFF {
        return c.is_uppercase();
    }
    c.is_uppercase() && !in_ranges(c, NON_DECIMAL_NUMBERS)
}

fn is_lower(c: char) -> bool {
    // Rust's Lowercase includes modifier letters (Lm, e.g. ª º ʰ), which Go's Ll does not.
    c.is_lowercase() && !matches!(c as u32, 0xAA | 0xBA | 0x02B0..=0x02B8 | 0x02C0..=0x02C1 | 0x02E0..=0x02E4 | 0x1D2C..=0x1D6A | 0x2071 | 0x207F | 0x2090..=0x209C | 0x2170..=0x217F | 0x24D0..=0x24E9)
}

fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !is_mark(c) && !in_ranges(c, NON_DECIMAL_NUMBERS) && !matches!(c as u32, 0x0345 | 0x24B6..=0x24E9)
}

fn is_digit(c: char) -> bool {
    if (c as u32) <= 0xFF {
        return c.is_ascii_digit();
    }
    c.is_numeric() && !in_ranges(c, NON_DECIMAL_NUMBERS)
}

fn is_punct(c: char) -> bool {
    if (c as u32) <= 0xFF {
        return matches!(c, '!' | '"' | '#' | '%' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':' | ';' | '?' | '@' | '[' | '\\' | ']' | '_' | '{' | '}' | '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}');
    }
    in_ranges(c, PUNCT)
}

fn is_symbol(c: char) -> bool {
    if (c as u32) <= 0xFF {
        return matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '\u{A2}'..='\u{A6}' | '\u{A8}' | '\u{A9}' | '\u{AC}' | '\u{AE}'..='\u{B1}' | '\u{B4}' | '\u{B8}' | '\u{D7}' | '\u{F7}');
    }
    is_print(c as u32) && !c.is_alphanumeric() && !is_punct(c) && !is_mark(c) && !c.is_whitespace()
}

fn to_title(r: u32) -> u32 {
    match r {
        0x01C4..=0x01C6 => 0x01C5,
        0x01C7..=0x01C9 => 0x01C8,
        0x01CA..=0x01CC => 0x01CB,
        0x01F1..=0x01F3 => 0x01F2,
        _ => map_case(r, true),
    }
}

fn pred(a: &[Value], f: fn(char) -> bool) -> NativeResult {
    Ok(vec![Value::Bool(ch(a[0].as_int()).is_some_and(f))])
}

fn map(a: &[Value], f: fn(u32) -> u32) -> NativeResult {
    let r = a[0].as_int();
    Ok(vec![Value::Int(match u32::try_from(r) {
        Ok(u) => f(u) as i64,
        Err(_) => r,
    })])
}

macro_rules! predicates {
    ($r:ident, $($name:literal => $f:expr),* $(,)?) => {
        $( $r.register("unicode", $name, |_: &mut NativeCx, a: &[Value]| pred(a, $f)); )*
    };
}

pub(crate) fn register(r: &mut NativeRegistry) {
    predicates!(r,
        "IsUpper" => is_upper, "IsLower" => is_lower, "IsLetter" => is_letter,
        "IsDigit" => is_digit, "IsNumber" => char::is_numeric, "IsSpace" => char::is_whitespace,
        "IsPunct" => is_punct, "IsControl" => char::is_control, "IsSymbol" => is_symbol,
        "IsMark" => is_mark, "IsTitle" => |c| in_ranges(c, TITLE),
        "IsPrint" => |c| is_print(c as u32), "IsGraphic" => |c| is_graphic(c as u32),
    );
    r.register("unicode", "ToUpper", |_: &mut NativeCx, a: &[Value]| map(a, |r| map_case(r, true)));
    r.register("unicode", "ToLower", |_: &mut NativeCx, a: &[Value]| map(a, |r| map_case(r, false)));
    r.register("unicode", "ToTitle", |_: &mut NativeCx, a: &[Value]| map(a, to_title));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Go's results for the runes 0..=0x24F, generated by `testdata/gen_unicode.go`.
    const TABLE: &str = include_str!("testdata/unicode.txt");

    fn predicate(name: &str) -> fn(char) -> bool {
        match name {
            "IsUpper" => is_upper,
            "IsLower" => is_lower,
            "IsTitle" => |c| in_ranges(c, TITLE),
            "IsLetter" => is_letter,
            "IsDigit" => is_digit,
            "IsNumber" => char::is_numeric,
            "IsSpace" => char::is_whitespace,
            "IsPunct" => is_punct,
            "IsControl" => char::is_control,
            "IsPrint" => |c| is_print(c as u32),
            "IsGraphic" => |c| is_graphic(c as u32),
            "IsSymbol" => is_symbol,
            "IsMark" => is_mark,
            _ => panic!("unknown predicate {name}"),
        }
    }

    #[test]
    fn latin_runes_match_go() {
        for line in TABLE.lines() {
            let (name, data) = line.split_once('\t').unwrap();
            match name {
                "ToUpper" | "ToLower" | "ToTitle" => {
                    let f: fn(u32) -> u32 = match name {
                        "ToUpper" => |r| map_case(r, true),
                        "ToLower" => |r| map_case(r, false),
                        _ => to_title,
                    };
                    for (r, want) in data.split(',').enumerate() {
                        assert_eq!(f(r as u32), u32::from_str_radix(want, 16).unwrap(), "{name}({r:#x})");
                    }
                }
                _ => {
                    let f = predicate(name);
                    for (r, want) in data.bytes().enumerate() {
                        let c = char::from_u32(r as u32).unwrap();
                        assert_eq!(f(c), want == b'1', "{name}({r:#x})");
                    }
                }
            }
        }
    }
}
