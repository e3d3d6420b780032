//! Hand-written scanners for the tokens a regular expression cannot check: numbers, runes,
//! strings and block comments. The errors they record (in `lex.extras`) have the words and
//! positions of Go's compiler (pinned by `testdata/compile_errors/lex_*`). A malformed
//! literal is still returned as a token so that parsing goes on.

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

/// The base of a number literal, as its prefix gives it.
#[derive(Clone, Copy, PartialEq)]
enum Radix {
    Decimal,
    /// A leading `0` without a letter: octal if the literal stays an integer.
    LeadingZero,
    Hex,
    Octal,
    Binary,
}

impl Radix {
    fn base(self) -> u32 {
        match self {
            Radix::Decimal => 10,
            Radix::LeadingZero | Radix::Octal => 8,
            Radix::Hex => 16,
            Radix::Binary => 2,
        }
    }

    fn name(self) -> &'static str {
        base_name(self.base())
    }

    /// Written with `0x`, `0o` or `0b`.
    fn has_letter(self) -> bool {
        matches!(self, Radix::Hex | Radix::Octal | Radix::Binary)
    }

    /// Whether `c` is read as part of a digit run (letters only in hex; `8` and `9` are
    /// read in any base and judged later).
    fn reads(self, c: char) -> bool {
        c.is_ascii_digit() || (self == Radix::Hex && c.is_ascii_hexdigit())
    }
}

/// What a run of digits held.
#[derive(Default)]
struct DigitRun {
    any_digit: bool,
    any_separator: bool,
    /// The offset of the first decimal digit too large for the base.
    too_large: Option<usize>,
}

/// Consumes digits of `radix` and `_` separators, noting what it saw in `run`.
fn digit_run(lex: &mut Lex, radix: Radix, run: &mut DigitRun) {
    while let Some(c) = peek(lex).filter(|&c| c == '_' || radix.reads(c)) {
        if c == '_' {
            run.any_separator = true;
        } else {
            run.any_digit = true;
            if c.to_digit(10).is_some_and(|d| d >= radix.base()) && run.too_large.is_none() {
                run.too_large = Some(here(lex));
            }
        }
        bump_char(lex);
    }
}

/// The index in the literal `text` of the first `_` that is not between two digits: one
/// must come right after a digit (or after the `0x`/`0o`/`0b` prefix) and be followed by
/// a digit or by another `_` (which is then the one to blame).
fn misplaced_separator(text: &[u8], radix: Radix) -> Option<usize> {
    let is_digit = |c: u8| c.is_ascii_digit() || (radix == Radix::Hex && c.is_ascii_hexdigit());
    let body_start = if radix.has_letter() { 2 } else { 0 };
    (body_start..text.len())
        .filter(|&i| text[i] == b'_')
        .find(|&i| {
            let after_digit = if i == body_start {
                body_start == 2
            } else {
                is_digit(text[i - 1])
            };
            let before_digit = text.get(i + 1).is_some_and(|&c| c == b'_' || is_digit(c));
            !after_digit || !before_digit
        })
}

/// The radix a number starting with the digit logos matched has, consuming its prefix
/// letter if any.
fn radix_prefix(lex: &mut Lex) -> Radix {
    if !lex.slice().starts_with('0') {
        return Radix::Decimal;
    }
    let radix = match peek(lex).map(lower) {
        Some('x') => Radix::Hex,
        Some('o') => Radix::Octal,
        Some('b') => Radix::Binary,
        _ => return Radix::LeadingZero,
    };
    bump_char(lex);
    radix
}

/// The first problem of a literal: Go reports only that one.
#[derive(Default)]
struct FirstProblem(Option<(usize, String)>);

impl FirstProblem {
    fn report(&mut self, at: usize, msg: String) {
        self.0.get_or_insert((at, msg));
    }
}

/// A number literal; logos has matched its first digit, or `.` and a digit when
/// `starts_with_point`.
pub(crate) fn number(lex: &mut Lex, starts_with_point: bool) -> NumberKind {
    let start = lex.span().start;
    let mut problem = FirstProblem::default();
    let radix = if starts_with_point {
        Radix::Decimal
    } else {
        radix_prefix(lex)
    };
    // The digit logos matched counts, except the `0` of a prefix.
    let mut mantissa = DigitRun {
        any_digit: !radix.has_letter(),
        ..DigitRun::default()
    };
    let mut kind = NumberKind::Int;
    let mut in_fraction = starts_with_point;
    if !starts_with_point {
        digit_run(lex, radix, &mut mantissa);
        if peek(lex) == Some('.') {
            if matches!(radix, Radix::Octal | Radix::Binary) {
                problem.report(
                    here(lex),
                    format!("invalid radix point in {} literal", radix.name()),
                );
            }
            bump_char(lex);
            in_fraction = true;
        }
    }
    if in_fraction {
        kind = NumberKind::Float;
        digit_run(lex, radix, &mut mantissa);
    }
    if !mantissa.any_digit {
        problem.report(here(lex), format!("{} literal has no digits", radix.name()));
    }
    match exponent(lex, radix, &mut problem) {
        Some(exponent_separators) => {
            kind = NumberKind::Float;
            mantissa.any_separator |= exponent_separators;
        }
        None if radix == Radix::Hex && kind == NumberKind::Float => problem.report(
            here(lex),
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        ),
        None => {}
    }
    if peek(lex) == Some('i') {
        kind = NumberKind::Imag;
        bump_char(lex);
    }
    // A digit too large for the base only matters while the literal is an integer
    // (`09.5` and `09i` are fine).
    if let Some(at) = mantissa.too_large.filter(|_| kind == NumberKind::Int) {
        let c = lex.source()[at..].chars().next().unwrap_or('0');
        problem.report(
            at,
            format!(
                "invalid digit {} in {} literal",
                quote_char(c),
                radix.name()
            ),
        );
    }
    if mantissa.any_separator {
        if let Some(i) = misplaced_separator(lex.slice().as_bytes(), radix) {
            problem.report(start + i, "'_' must separate successive digits".to_string());
        }
    }
    if let Some((at, msg)) = problem.0 {
        error(lex, at, msg);
    }
    kind
}

/// The exponent of a number literal (`e`/`p`, a sign, decimal digits), if one follows;
/// returns whether it held a `_`.
fn exponent(lex: &mut Lex, radix: Radix, problem: &mut FirstProblem) -> Option<bool> {
    let letter = peek(lex).filter(|&c| matches!(lower(c), 'e' | 'p'))?;
    if lower(letter) == 'e' && radix.has_letter() {
        problem.report(
            here(lex),
            format!("{} exponent requires decimal mantissa", quote_char(letter)),
        );
    } else if lower(letter) == 'p' && radix != Radix::Hex {
        problem.report(
            here(lex),
            format!(
                "{} exponent requires hexadecimal mantissa",
                quote_char(letter)
            ),
        );
    }
    bump_char(lex);
    if matches!(peek(lex), Some('+' | '-')) {
        bump_char(lex);
    }
    let mut digits = DigitRun::default();
    digit_run(lex, Radix::Decimal, &mut digits);
    if !digits.any_digit {
        problem.report(here(lex), "exponent has no digits".to_string());
    }
    Some(digits.any_separator)
}

/// Checks an escape after `\` (the backslash consumed); false, with an error recorded,
/// when it is malformed. At the end of input it is left for the literal to report.
fn escape(lex: &mut Lex, quote: char) -> bool {
    let Some(marker) = peek(lex) else { return true };
    // A numeric escape: how many digits, in which radix.
    let (count, radix) = match marker {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => return bump_true(lex),
        c if c == quote => return bump_true(lex),
        // Octal digits start right away: the first is part of the value.
        '0'..='7' => (3, 8),
        'x' => (2, 16),
        'u' => (4, 16),
        'U' => (8, 16),
        _ => {
            error(lex, here(lex), "unknown escape".to_string());
            return false;
        }
    };
    if radix == 16 {
        bump_char(lex);
    }
    let mut value: u32 = 0;
    for _ in 0..count {
        let Some(c) = peek(lex) else { return true };
        let Some(d) = c.to_digit(radix) else {
            error(
                lex,
                here(lex),
                format!(
                    "invalid character {} in {} escape",
                    quote_char(c),
                    base_name(radix)
                ),
            );
            return false;
        };
        value = value * radix + d;
        bump_char(lex);
    }
    let problem = match marker {
        '0'..='7' if value > 255 => format!("octal escape value {value} > 255"),
        'u' | 'U' if char::from_u32(value).is_none() => format!(
            "escape is invalid Unicode code point {}",
            unicode_name(value)
        ),
        _ => return true,
    };
    error(lex, here(lex), problem);
    false
}

/// Consumes one character and says it was fine.
fn bump_true(lex: &mut Lex) -> bool {
    bump_char(lex);
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

/// How a quoted literal's scan ended.
#[derive(PartialEq)]
enum Ending {
    Closed,
    Newline,
    EndOfInput,
}

/// A rune literal; logos has matched the opening `'`. It must hold exactly one character
/// or escape; a bad escape is the only error reported for it.
pub(crate) fn rune_lit(lex: &mut Lex) {
    let start = lex.span().start;
    let mut units = 0;
    let mut escapes_ok = true;
    let ending = loop {
        match peek(lex) {
            Some('\'') => break Ending::Closed,
            Some('\n') => break Ending::Newline,
            None => break Ending::EndOfInput,
            Some('\\') => {
                bump_char(lex);
                escapes_ok &= escape(lex, '\'');
            }
            Some(_) => bump_char(lex),
        }
        units += 1;
    };
    if escapes_ok {
        match ending {
            Ending::Closed if units == 0 => error(
                lex,
                here(lex),
                "empty rune literal or unescaped '".to_string(),
            ),
            Ending::Closed if units > 1 => error(
                lex,
                start,
                "more than one character in rune literal".to_string(),
            ),
            Ending::Closed => {}
            Ending::Newline => error(lex, here(lex), "newline in rune literal".to_string()),
            Ending::EndOfInput => error(lex, start, "rune literal not terminated".to_string()),
        }
    }
    if ending == Ending::Closed {
        bump_char(lex);
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
