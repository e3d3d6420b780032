//! Rendering of one scalar operand under a directive's [`Spec`] (width, precision, flags):
//! integers, floats, strings, byte strings in hex, runes and booleans. Every renderer
//! builds the operand's text first and then lays it out in the width with [`Formatter::pad`]
//! (or its zero-filling variant); the printer (`print.rs`) picks the renderer for a value
//! and a verb.

use super::directive::FlagSet;
use super::float::format_float;
use super::quote::{append_quoted, append_quoted_rune, append_rune, can_backquote, is_print, rune_count, MAX_RUNE, RUNE_ERROR};

/// The directive being rendered.
#[derive(Clone, Copy, Default)]
pub struct Spec {
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub sharp: bool,
    /// Pad on the left with zeros rather than spaces (never with `minus`).
    pub zero: bool,
    pub plus: bool,
    pub minus: bool,
    pub space: bool,
    /// `%#v`: Go syntax.
    pub go_syntax: bool,
    /// `%+v`: struct field names.
    pub field_names: bool,
}

impl Spec {
    pub fn from_flags(f: FlagSet) -> Spec {
        Spec { sharp: f.sharp, zero: f.zero, plus: f.plus, minus: f.minus, space: f.space, ..Spec::default() }
    }

    /// For `%v`: `#` asks for Go syntax and `+` for field names instead of their usual
    /// meanings.
    pub fn for_v(&mut self) {
        self.go_syntax = std::mem::take(&mut self.sharp);
        self.field_names = std::mem::take(&mut self.plus);
    }

    /// The sign written before a non-negative number: `+`, a space, or none.
    fn positive_sign(&self) -> &'static str {
        if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// The output buffer and the spec of the operand being written.
#[derive(Default)]
pub struct Formatter {
    pub buf: Vec<u8>,
    pub spec: Spec,
}

impl Formatter {
    fn fill(&mut self, c: u8, n: usize) {
        self.buf.resize(self.buf.len() + n, c);
    }

    /// Appends `text`, filled to the width (counted in runes) with zeros on the left under
    /// the `0` flag, else with spaces on the side `-` selects.
    pub fn pad(&mut self, text: &[u8]) {
        let fill = if self.spec.zero { b'0' } else { b' ' };
        self.pad_with(text, fill);
    }

    /// [`pad`](Self::pad) with spaces whatever the flags.
    fn pad_spaces(&mut self, text: &[u8]) {
        self.pad_with(text, b' ');
    }

    fn pad_with(&mut self, text: &[u8], fill: u8) {
        let gap = self.spec.width.unwrap_or(0).saturating_sub(rune_count(text));
        if self.spec.minus {
            self.buf.extend_from_slice(text);
            self.fill(b' ', gap);
        } else {
            self.fill(fill, gap);
            self.buf.extend_from_slice(text);
        }
    }

    pub fn boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// An integer of magnitude `magnitude` under `verb`: `b`, `o`, `O`, `x`, `X` pick the
    /// base (and hex case); anything else is decimal.
    pub fn integer(&mut self, magnitude: u64, negative: bool, verb: char) {
        let spec = self.spec;
        if spec.precision == Some(0) && magnitude == 0 {
            // Go prints no digit, sign or prefix here: only the padding.
            return self.pad_spaces(b"");
        }
        let digits = match verb {
            'b' => format!("{magnitude:b}"),
            'o' | 'O' => format!("{magnitude:o}"),
            'x' => format!("{magnitude:x}"),
            'X' => format!("{magnitude:X}"),
            _ => magnitude.to_string(),
        };
        let sign = if negative { "-" } else { spec.positive_sign() };
        // Leading zeros come from the precision or, without one, from the 0 flag filling
        // the width; the sign counts towards that width but the `#` prefix does not.
        let min_digits = match (spec.precision, spec.width) {
            (Some(p), _) => p,
            (None, Some(w)) if spec.zero => w.saturating_sub(sign.len()),
            _ => 0,
        };
        let zeros = min_digits.saturating_sub(digits.len());
        let octal_zero = spec.sharp && zeros == 0 && !digits.starts_with('0');
        let prefix = match verb {
            'b' if spec.sharp => "0b",
            'x' if spec.sharp => "0x",
            'X' if spec.sharp => "0X",
            'o' if octal_zero => "0",
            'O' if octal_zero => "0o0",
            'O' => "0o",
            _ => "",
        };
        let mut text = Vec::with_capacity(sign.len() + prefix.len() + zeros + digits.len());
        text.extend_from_slice(sign.as_bytes());
        text.extend_from_slice(prefix.as_bytes());
        text.resize(text.len() + zeros, b'0');
        text.extend_from_slice(digits.as_bytes());
        self.pad_spaces(&text);
    }

    /// `%U`: `U+0041` with at least four (or the precision's) hex digits; `#` appends
    /// the character itself when it is printable.
    pub fn unicode(&mut self, u: u64) {
        let digits = self.spec.precision.unwrap_or(0).max(4);
        let mut text = format!("U+{u:0digits$X}");
        if let Some(c) = char::from_u32(u as u32).filter(|_| self.spec.sharp && u <= MAX_RUNE as u64 && is_print(u as u32)) {
            text.push_str(&format!(" '{c}'"));
        }
        self.pad_spaces(text.as_bytes());
    }

    /// `s` cut to at most `precision` runes.
    fn clip<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        let Some(limit) = self.spec.precision else { return s };
        let mut end = 0;
        for _ in 0..limit {
            if end == s.len() {
                break;
            }
            end += super::quote::decode_rune(&s[end..]).1;
        }
        &s[..end]
    }

    /// `%s`.
    pub fn string(&mut self, s: &[u8]) {
        let s = self.clip(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice: two digits a byte for the first `precision`
    /// bytes; a space flag separates bytes, and `#` marks each group (or the whole) `0x`.
    pub fn hex_bytes(&mut self, s: &[u8], upper: bool) {
        let bytes = &s[..self.spec.precision.unwrap_or(s.len()).min(s.len())];
        let marker: &[u8] = if upper { b"0X" } else { b"0x" };
        let mut text = Vec::with_capacity(bytes.len() * 5);
        for (i, b) in bytes.iter().enumerate() {
            if i > 0 && self.spec.space {
                text.push(b' ');
            }
            if self.spec.sharp && (i == 0 || self.spec.space) {
                text.extend_from_slice(marker);
            }
            let pair = if upper { format!("{b:02X}") } else { format!("{b:02x}") };
            text.extend_from_slice(pair.as_bytes());
        }
        self.pad(&text);
    }

    /// `%q` of a string: Go-quoted (ASCII only under `+`), or backquoted under `#` when
    /// the text allows.
    pub fn quoted(&mut self, s: &[u8]) {
        let s = self.clip(s);
        let mut text = Vec::with_capacity(s.len() + 2);
        if self.spec.sharp && can_backquote(s) {
            text.push(b'`');
            text.extend_from_slice(s);
            text.push(b'`');
        } else {
            append_quoted(&mut text, s, b'"', self.spec.plus);
        }
        self.pad(&text);
    }

    /// `%c`; values that are not code points print U+FFFD.
    pub fn char(&mut self, c: u64) {
        let mut text = Vec::with_capacity(4);
        append_rune(&mut text, as_rune(c));
        self.pad(&text);
    }

    /// `%q` of an integer: a quoted rune.
    pub fn quoted_char(&mut self, c: u64) {
        let mut text = Vec::with_capacity(12);
        append_quoted_rune(&mut text, as_rune(c), self.spec.plus);
        self.pad(&text);
    }

    /// A float in `strconv.FormatFloat` format `verb`, to the precision or else
    /// `default_prec` (-1: the shortest exact form); `bits` is 32 or 64.
    pub fn float(&mut self, v: f64, bits: u32, verb: char, default_prec: i64) {
        let spec = self.spec;
        let prec = spec.precision.map_or(default_prec, |p| p as i64);
        let formatted = format_float(v, verb as u8, prec, bits);
        let (negative, body) = match formatted.as_bytes() {
            [b'-', rest @ ..] => (true, rest),
            [b'+', rest @ ..] => (false, rest),
            all => (false, all),
        };
        let sign = if negative { "-" } else { spec.positive_sign() };
        if !v.is_finite() {
            // Not padded with zeros; `+Inf` keeps its sign even without a flag.
            let sign = if sign.is_empty() && v.is_infinite() { "+" } else { sign };
            return self.pad_spaces(&[sign.as_bytes(), body].concat());
        }
        let mut body = body.to_vec();
        if spec.sharp && verb != 'b' {
            let wanted = match verb {
                'g' | 'G' | 'x' if prec < 0 => 6,
                'g' | 'G' | 'x' => prec,
                _ => 0,
            };
            body = with_point_and_digits(&body, verb, wanted);
        }
        match spec.width {
            Some(w) if spec.zero && w > sign.len() + body.len() => {
                self.buf.extend_from_slice(sign.as_bytes());
                self.fill(b'0', w - sign.len() - body.len());
                self.buf.extend_from_slice(&body);
            }
            _ => self.pad_spaces(&[sign.as_bytes(), &body].concat()),
        }
    }
}

/// A `%c`/`%q` operand as a rune (`U+FFFD` past the last code point).
fn as_rune(c: u64) -> u32 {
    if c > MAX_RUNE as u64 {
        RUNE_ERROR
    } else {
        c as u32
    }
}

/// The `#` form of a formatted float (sign removed): the mantissa always has a decimal
/// point, and trailing zeros are added until it has `wanted` significant characters
/// (counted from the first one that is neither `0` nor `.`, the way Go counts them, so
/// the `x` of a hex mantissa counts too; a bare `0` mantissa counts once).
fn with_point_and_digits(body: &[u8], verb: char, wanted: i64) -> Vec<u8> {
    let hex = matches!(verb, 'x' | 'X');
    let exponent_at = body.iter().position(|&c| matches!(c, b'p' | b'P') || (!hex && matches!(c, b'e' | b'E'))).unwrap_or(body.len());
    let (mantissa, exponent) = body.split_at(exponent_at);
    let mut out = mantissa.to_vec();
    let mut significant = mantissa.iter().skip_while(|&&c| c == b'0' || c == b'.').filter(|&&c| c != b'.').count() as i64;
    if !mantissa.contains(&b'.') {
        if mantissa == b"0" {
            significant += 1;
        }
        out.push(b'.');
    }
    out.resize(out.len() + (wanted - significant).max(0) as usize, b'0');
    out.extend_from_slice(exponent);
    out
}
