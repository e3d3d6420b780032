//! The format-string reader of `Printf`: splits a format into literal text and
//! `%` directives (flags, width, precision, explicit `[n]` operand indexes and the verb),
//! without looking at the operands. The printer resolves what a directive refers to.
//!
//! The grammar, from the `fmt` package documentation, with the corner cases real Go shows:
//! `%` flags\* (`[n]`)? (`*` | digits)? (`.` (`[n]`)? (`*` | digits)?)? (`[n]`)? verb.
//! - A `[n]` that is directly followed by literal width digits or by the `.` makes the
//!   directive a `%!v(BADINDEX)`.
//! - An index just before the verb is read only when no earlier index is still waiting
//!   for a use (a `*` uses one): in `%[1]d` the verb takes operand 1; in `%[1][2]d` the
//!   verb is `[`.
//! - A number that is already above a million when another digit follows swallows the
//!   rest of the format (so the directive has no verb).
//! - `.` counts as a precision only when something follows it; `%.` makes `.` the verb.

use super::quote::decode_rune;

/// The `#0+- ` flags of one directive. `zero` is set only when padding goes on the left
/// (a `-` anywhere wins over `0`).
#[derive(Clone, Copy, Default, PartialEq, Debug)]
pub struct FlagSet {
    pub sharp: bool,
    pub zero: bool,
    pub plus: bool,
    pub minus: bool,
    pub space: bool,
}

/// A width or precision as written.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Amount {
    /// Not written (for a precision: no `.`).
    Unset,
    /// Literal digits; a lone `.` is a precision of 0.
    Literal(usize),
    /// `*`: taken from the next operand.
    Star,
}

/// An explicit operand index `[...]`.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Index {
    /// `[n]` with `n` as written (1-based; 0 and out-of-range values are bad at print time).
    Number(usize),
    /// A bracket that does not hold a number: always a bad index.
    Malformed,
}

/// One `%` directive.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Directive {
    pub flags: FlagSet,
    /// The index before the width, consulted before a `*` width reads its operand.
    pub width_index: Option<Index>,
    pub width: Amount,
    /// The index after the `.`, consulted before a `*` precision reads its operand.
    pub prec_index: Option<Index>,
    pub precision: Amount,
    /// The index just before the verb.
    pub verb_index: Option<Index>,
    /// An index was followed by literal digits or `.`: the directive prints BADINDEX.
    pub misplaced_index: bool,
    /// `None` when the format ended before the verb (`%!(NOVERB)`).
    pub verb: Option<char>,
}

impl Directive {
    /// Whether any `[...]` was written: operands may then be used out of order, and
    /// unused ones are not reported as EXTRA.
    pub fn has_index(&self) -> bool {
        self.width_index.is_some() || self.prec_index.is_some() || self.verb_index.is_some()
    }
}

/// A piece of a format string.
#[derive(PartialEq, Debug)]
pub enum Piece<'f> {
    Text(&'f [u8]),
    Directive(Directive),
}

/// Iterates over the pieces of a format string.
pub struct Pieces<'f> {
    format: &'f [u8],
    pos: usize,
}

impl<'f> Pieces<'f> {
    pub fn new(format: &'f [u8]) -> Self {
        Pieces { format, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.format.get(self.pos).copied()
    }

    /// Consumes `c` if it comes next.
    fn eat(&mut self, c: u8) -> bool {
        let found = self.peek() == Some(c);
        self.pos += found as usize;
        found
    }

    fn flags(&mut self) -> FlagSet {
        let mut f = FlagSet::default();
        loop {
            match self.peek() {
                Some(b'#') => f.sharp = true,
                Some(b'0') => f.zero = !f.minus,
                Some(b'+') => f.plus = true,
                Some(b' ') => f.space = true,
                Some(b'-') => {
                    f.minus = true;
                    f.zero = false;
                }
                _ => return f,
            }
            self.pos += 1;
        }
    }

    /// Literal digits; `None` when there are none, or when the number grew too large (then
    /// the rest of the format is consumed, as Go does).
    fn digits(&mut self) -> Option<usize> {
        let (n, len) = leading_number(&self.format[self.pos..]);
        self.pos += len;
        n
    }

    /// A `[...]` operand index, if one starts here.
    fn index(&mut self) -> Option<Index> {
        if self.peek() != Some(b'[') {
            return None;
        }
        let rest = &self.format[self.pos..];
        // Go needs room for at least `[n]`; an unclosed bracket consumes only itself.
        let close = rest.iter().position(|&c| c == b']').filter(|_| rest.len() >= 3);
        let Some(close) = close else {
            self.pos += 1;
            return Some(Index::Malformed);
        };
        self.pos += close + 1;
        let inside = &rest[1..close];
        Some(match leading_number(inside) {
            (Some(n), len) if len == inside.len() => Index::Number(n),
            _ => Index::Malformed,
        })
    }

    /// `*` or literal digits.
    fn amount(&mut self) -> Amount {
        if self.eat(b'*') {
            Amount::Star
        } else {
            self.digits().map_or(Amount::Unset, Amount::Literal)
        }
    }

    /// Parses the directive whose `%` has just been consumed.
    fn directive(&mut self) -> Directive {
        let flags = self.flags();
        let width_index = self.index();
        let width = self.amount();
        // An index is "pending" until a `*` uses it; a pending index serves the verb, and
        // literal digits or a `.` right after it are misplaced.
        let mut pending_index = is_number(width_index) && width != Amount::Star;
        let mut misplaced_index = pending_index && width != Amount::Unset;
        let (mut prec_index, mut precision) = (None, Amount::Unset);
        if self.peek() == Some(b'.') && self.pos + 1 < self.format.len() {
            self.pos += 1;
            misplaced_index |= pending_index;
            prec_index = self.index();
            precision = match self.amount() {
                Amount::Unset => Amount::Literal(0),
                a => a,
            };
            // Digits after `.[n]` are allowed: that index goes on serving the verb.
            pending_index = is_number(prec_index) && precision != Amount::Star;
        }
        let verb_index = if pending_index { None } else { self.index() };
        let (r, len) = decode_rune(&self.format[self.pos..]);
        self.pos += len;
        let verb = (len > 0).then(|| char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER));
        Directive { flags, width_index, width, prec_index, precision, verb_index, misplaced_index, verb }
    }
}

/// Whether a bracket held a number (even 0 or one out of range).
fn is_number(index: Option<Index>) -> bool {
    matches!(index, Some(Index::Number(_)))
}

/// The decimal number at the start of `s` and the bytes it takes: `(None, 0)` without a
/// digit. A number that exceeds a million before its last digit is not a number and takes
/// all of `s`.
fn leading_number(s: &[u8]) -> (Option<usize>, usize) {
    let mut n: usize = 0;
    for (i, &c) in s.iter().enumerate() {
        if !c.is_ascii_digit() {
            return (if i == 0 { None } else { Some(n) }, i);
        }
        if n > 1_000_000 {
            return (None, s.len());
        }
        n = n * 10 + usize::from(c - b'0');
    }
    (if s.is_empty() { None } else { Some(n) }, s.len())
}

impl<'f> Iterator for Pieces<'f> {
    type Item = Piece<'f>;

    fn next(&mut self) -> Option<Piece<'f>> {
        let rest = &self.format[self.pos..];
        if rest.is_empty() {
            return None;
        }
        let text_len = rest.iter().position(|&c| c == b'%').unwrap_or(rest.len());
        if text_len > 0 {
            self.pos += text_len;
            return Some(Piece::Text(&rest[..text_len]));
        }
        self.pos += 1;
        Some(Piece::Directive(self.directive()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(format: &str) -> Directive {
        let pieces: Vec<Piece> = Pieces::new(format.as_bytes()).collect();
        match pieces.as_slice() {
            [Piece::Directive(d)] => *d,
            _ => panic!("{format:?} is not one directive: {pieces:?}"),
        }
    }

    #[test]
    fn splits_text_and_directives() {
        let pieces: Vec<Piece> = Pieces::new(b"a%db%%").collect();
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces[0], Piece::Text(b"a"));
        assert_eq!(pieces[2], Piece::Text(b"b"));
        assert!(matches!(pieces[3], Piece::Directive(Directive { verb: Some('%'), .. })));
    }

    #[test]
    fn reads_flags_width_precision() {
        let d = only("%-08.3f");
        assert!(d.flags.minus && !d.flags.zero);
        assert_eq!((d.width, d.precision, d.verb), (Amount::Literal(8), Amount::Literal(3), Some('f')));
        let d = only("%*.*d");
        assert_eq!((d.width, d.precision), (Amount::Star, Amount::Star));
        assert_eq!(only("%.d").precision, Amount::Literal(0));
        assert_eq!(only("%.").verb, Some('.'));
    }

    #[test]
    fn reads_indexes() {
        let d = only("%[3]*.[2]*[1]f");
        assert_eq!((d.width_index, d.prec_index, d.verb_index), (Some(Index::Number(3)), Some(Index::Number(2)), Some(Index::Number(1))));
        assert!(!d.misplaced_index);
        assert!(only("%[1]5d").misplaced_index);
        assert!(only("%[1].2d").misplaced_index);
        assert_eq!(only("%[x]d").width_index, Some(Index::Malformed));
        assert_eq!(only("%[99999999]d").width_index, Some(Index::Malformed));
        assert_eq!(only("%[1]").verb, None);
    }

    #[test]
    fn huge_numbers_swallow_the_format() {
        assert_eq!(only("%99999999d|x").verb, None);
        assert_eq!(only("%9999999d").width, Amount::Literal(9_999_999));
    }
}
