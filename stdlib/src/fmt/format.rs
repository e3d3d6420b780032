//! Formatting of one operand under width, precision and flags: a port of Go's
//! `src/fmt/format.go` (BSD licence, The Go Authors). [`Fmt`] appends to a byte buffer;
//! the printer (`print.rs`) decides which of these to call for a value and verb.

use super::float::format_float;
use super::quote::{append_quoted, append_quoted_rune, append_rune, can_backquote, decode_rune, is_print, rune_count, MAX_RUNE};

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Flags of the current verb.
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
    pub wid: usize,
    pub prec: usize,
}

/// The formatter state: the output buffer and the current verb's flags.
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    pub fn write_padding(&mut self, n: usize) {
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n, pad);
    }

    /// Appends `b` padded to the width (counted in runes).
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid.saturating_sub(rune_count(b));
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, with `#`: `U+0041 'A'`.
    pub fn fmt_unicode(&mut self, u: u64) {
        let prec = if self.f.prec_present && self.f.prec > 4 { self.f.prec } else { 4 };
        let mut s = format!("U+{:0prec$X}", u);
        if self.f.sharp && u <= MAX_RUNE as u64 && is_print(u as u32) {
            s.push_str(" '");
            s.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            s.push('\'');
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(s.as_bytes());
        self.f.zero = old_zero;
    }

    /// Integers in base 2, 8, 10 or 16 (`digits` picks the hex case; `verb` `'O'` adds `0o`).
    pub fn fmt_integer(&mut self, u: u64, base: u64, is_signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = is_signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        // Digits are produced backwards.
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&rev);
        self.f.zero = old_zero;
    }

    /// `s` cut to the precision (counted in runes).
    fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                if n == 0 {
                    return &s[..i];
                }
                n -= 1;
                i += decode_rune(&s[i..]).1;
            }
        }
        s
    }

    /// `%s`.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice.
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 0xF) as usize]]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// `%q` of a string: Go-quoted, backquoted with `#` when possible, ASCII-only with `+`.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        let mut q = Vec::with_capacity(s.len() + 2);
        if self.f.sharp && can_backquote(s) {
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
        } else {
            append_quoted(&mut q, s, b'"', self.f.plus);
        }
        self.pad(&q);
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > MAX_RUNE as u64 { 0xFFFD } else { c as u32 };
        let mut b = Vec::with_capacity(4);
        append_rune(&mut b, r);
        self.pad(&b);
    }

    /// `%q` of an integer: a quoted rune.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > MAX_RUNE as u64 { 0xFFFD } else { c as u32 };
        let mut b = Vec::with_capacity(8);
        append_quoted_rune(&mut b, r, self.f.plus);
        self.pad(&b);
    }

    /// Floats: `verb` is a `strconv.FormatFloat` format, `prec` the default precision.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: char, prec: i64) {
        let prec = if self.f.prec_present { self.f.prec as i64 } else { prec };
        let formatted = format_float(v, verb as u8, prec, size);
        let mut num: Vec<u8> = Vec::with_capacity(formatted.len() + 1);
        if formatted.starts_with('-') || formatted.starts_with('+') {
            num.extend_from_slice(formatted.as_bytes());
        } else {
            num.push(b'+');
            num.extend_from_slice(formatted.as_bytes());
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old_zero;
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits: i64 = match verb {
                'v' | 'g' | 'G' | 'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len());
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
