//! Package `time`'s layouts: how a layout string splits into Go's reference-time elements,
//! and the natives behind `Time.Format` and `Parse`.
//!
//! A layout writes the reference time Mon Jan 2 15:04:05 MST 2006 (zone -0700) the way any
//! time should be written. Each recognised spelling of one of its fields (an element: "2006",
//! "Jan", "_2", "-07:00", ".000"...) stands for that field; everything else is literal text.
//! Format fills the elements in; Parse reads them back and reports the civil fields and the
//! zone the value named, leaving the choice of a `*Location` to the Go side
//! (`stdlib/go/time/time.go`), which owns the Location values.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use super::calendar::{civil_from_days, days_from_civil, days_in_month, is_leap, split_seconds, weekday};
use super::duration::quote;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// A zone offset element: `-07`, `-0700`, `-07:00`, `-070000`, `-07:00:00`, or the same
/// starting with `Z` (which writes and reads "Z" for UTC).
#[derive(Clone, Copy, Debug, PartialEq)]
struct OffsetForm {
    z: bool,
    colons: bool,
    /// 1: hours only, 2: hours and minutes, 3: and seconds.
    parts: u8,
}

/// A fractional-second element: a separator ('.' or ',') and a run of 0s (always that many
/// digits) or 9s (up to that many, trailing zeros dropped).
#[derive(Clone, Copy, Debug, PartialEq)]
struct FracForm {
    sep: u8,
    digits: usize,
    trim: bool,
}

/// A layout element, named by the reference time's spelling.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Elem {
    LongYear,     // 2006
    Year,         // 06
    LongMonth,    // January
    Month,        // Jan
    NumMonth,     // 1
    ZeroMonth,    // 01
    LongWeekday,  // Monday
    Weekday,      // Mon
    Day,          // 2
    UnderDay,     // _2
    ZeroDay,      // 02
    UnderYearDay, // __2
    ZeroYearDay,  // 002
    Hour,         // 15
    Hour12,       // 3
    ZeroHour12,   // 03
    Minute,       // 4
    ZeroMinute,   // 04
    Second,       // 5
    ZeroSecond,   // 05
    UpperPM,      // PM
    LowerPM,      // pm
    ZoneName,     // MST
    Offset(OffsetForm),
    Frac(FracForm),
}

/// The elements spelled by fixed text, a longer spelling before any it starts with.
const SPELLINGS: &[(&str, Elem)] = &[
    ("January", Elem::LongMonth),
    ("Monday", Elem::LongWeekday),
    ("2006", Elem::LongYear),
    ("002", Elem::ZeroYearDay),
    ("__2", Elem::UnderYearDay),
    ("MST", Elem::ZoneName),
    ("01", Elem::ZeroMonth),
    ("02", Elem::ZeroDay),
    ("03", Elem::ZeroHour12),
    ("04", Elem::ZeroMinute),
    ("05", Elem::ZeroSecond),
    ("06", Elem::Year),
    ("15", Elem::Hour),
    ("PM", Elem::UpperPM),
    ("pm", Elem::LowerPM),
    ("1", Elem::NumMonth),
    ("2", Elem::Day),
    ("3", Elem::Hour12),
    ("4", Elem::Minute),
    ("5", Elem::Second),
];

/// The offset spellings after the leading '-' or 'Z', longest first.
const OFFSETS: &[(&str, bool, u8)] =
    &[("07:00:00", true, 3), ("070000", false, 3), ("07:00", true, 2), ("0700", false, 2), ("07", false, 1)];

/// The element spelled at the start of `s`, if any, and its length.
fn elem_at(s: &[u8]) -> Option<(Elem, usize)> {
    let first = *s.first()?;
    if first == b'-' || first == b'Z' {
        let offset = OFFSETS.iter().find(|(text, ..)| s[1..].starts_with(text.as_bytes()));
        if let Some(&(text, colons, parts)) = offset {
            return Some((Elem::Offset(OffsetForm { z: first == b'Z', colons, parts }), 1 + text.len()));
        }
    }
    if first == b'.' || first == b',' {
        return frac_at(s);
    }
    // "Jan" and "Mon" are words only when no lower-case letter follows ("Janet" is text).
    for (text, elem) in [("Jan", Elem::Month), ("Mon", Elem::Weekday)] {
        if s.starts_with(text.as_bytes()) && !s.starts_with(b"January") && !s.starts_with(b"Monday") {
            return (!s.get(3).is_some_and(u8::is_ascii_lowercase)).then_some((elem, 3));
        }
    }
    // "_2006" is an underscore before a year, not a padded day.
    if s.starts_with(b"_2") && !s.starts_with(b"_2006") {
        return Some((Elem::UnderDay, 2));
    }
    SPELLINGS.iter().find(|(text, _)| s.starts_with(text.as_bytes())).map(|&(text, elem)| (elem, text.len()))
}

/// A fractional second at the start of `s`: a separator and a run of one repeated digit, 0 or
/// 9, that no other digit follows.
fn frac_at(s: &[u8]) -> Option<(Elem, usize)> {
    let digit = *s.get(1).filter(|&&c| c == b'0' || c == b'9')?;
    let run = s[1..].iter().take_while(|&&c| c == digit).count();
    if s.get(1 + run).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((Elem::Frac(FracForm { sep: s[0], digits: run, trim: digit == b'9' }), 1 + run))
}

/// One step through a layout: the literal text before the next element, that element with
/// its spelling (None at the end), and the layout after it.
struct Chunk<'a> {
    literal: &'a [u8],
    elem: Option<(Elem, &'a [u8])>,
    rest: &'a [u8],
}

fn next_chunk(layout: &[u8]) -> Chunk<'_> {
    for i in 0..layout.len() {
        if let Some((elem, n)) = elem_at(&layout[i..]) {
            return Chunk { literal: &layout[..i], elem: Some((elem, &layout[i..i + n])), rest: &layout[i + n..] };
        }
    }
    Chunk { literal: layout, elem: None, rest: &[] }
}

// ---- Format ----

/// A time's fields as its zone's clock shows them.
struct Fields<'a> {
    year: i64,
    month: i64,
    day: i64,
    yday: i64,
    weekday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    zone: &'a [u8],
    offset: i64,
}

impl<'a> Fields<'a> {
    /// The fields of the instant `abs` seconds after day 0 on the zone's clock.
    fn new(abs: i64, nsec: i64, zone: &'a [u8], offset: i64) -> Fields<'a> {
        let (days, secs) = split_seconds(abs);
        let c = civil_from_days(days);
        let (hour, min, sec) = (secs / 3600, secs / 60 % 60, secs % 60);
        Fields { year: c.year, month: c.month, day: c.day, yday: c.yday, weekday: weekday(days), hour, min, sec, nsec, zone, offset }
    }

    fn hour12(&self) -> i64 {
        match self.hour % 12 {
            0 => 12,
            h => h,
        }
    }
}

/// `v` in decimal with its digits zero-filled to `width` (a minus sign goes before them).
fn push_padded(out: &mut Vec<u8>, v: i64, width: usize) {
    if v < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(format!("{:0width$}", v.unsigned_abs()).as_bytes());
}

fn push_num(out: &mut Vec<u8>, v: i64) {
    push_padded(out, v, 0);
}

/// `v` right-aligned in `width` columns with spaces.
fn push_spaced(out: &mut Vec<u8>, v: i64, width: usize) {
    out.extend_from_slice(format!("{v:>width$}").as_bytes());
}

/// A zone offset: its sign, then hours and (as `form` asks) minutes and seconds. The sign
/// and magnitude come from the whole minutes, so a zone less than a minute west of UTC
/// writes +00 with negative seconds.
fn push_offset(out: &mut Vec<u8>, offset: i64, form: OffsetForm) {
    let minutes = offset / 60;
    let (sign, minutes, secs) = if minutes < 0 { (b'-', -minutes, -offset % 60) } else { (b'+', minutes, offset % 60) };
    out.push(sign);
    push_padded(out, minutes / 60, 2);
    for (part, v) in [(2, minutes % 60), (3, secs)] {
        if form.parts >= part {
            if form.colons {
                out.push(b':');
            }
            push_padded(out, v, 2);
        }
    }
}

fn push_frac(out: &mut Vec<u8>, nsec: i64, form: FracForm) {
    let all = format!("{nsec:09}");
    let mut digits = &all[..form.digits.min(9)];
    if form.trim {
        digits = digits.trim_end_matches('0');
        if digits.is_empty() {
            return;
        }
    }
    out.push(form.sep);
    out.extend_from_slice(digits.as_bytes());
}

fn push_elem(out: &mut Vec<u8>, elem: Elem, f: &Fields) {
    let month = MONTHS[(f.month - 1) as usize];
    let day = DAYS[f.weekday as usize];
    match elem {
        Elem::LongYear => push_padded(out, f.year, 4),
        Elem::Year => push_padded(out, (f.year % 100).abs(), 2),
        Elem::LongMonth => out.extend_from_slice(month.as_bytes()),
        Elem::Month => out.extend_from_slice(&month.as_bytes()[..3]),
        Elem::NumMonth => push_num(out, f.month),
        Elem::ZeroMonth => push_padded(out, f.month, 2),
        Elem::LongWeekday => out.extend_from_slice(day.as_bytes()),
        Elem::Weekday => out.extend_from_slice(&day.as_bytes()[..3]),
        Elem::Day => push_num(out, f.day),
        Elem::UnderDay => push_spaced(out, f.day, 2),
        Elem::ZeroDay => push_padded(out, f.day, 2),
        Elem::UnderYearDay => push_spaced(out, f.yday, 3),
        Elem::ZeroYearDay => push_padded(out, f.yday, 3),
        Elem::Hour => push_padded(out, f.hour, 2),
        Elem::Hour12 => push_num(out, f.hour12()),
        Elem::ZeroHour12 => push_padded(out, f.hour12(), 2),
        Elem::Minute => push_num(out, f.min),
        Elem::ZeroMinute => push_padded(out, f.min, 2),
        Elem::Second => push_num(out, f.sec),
        Elem::ZeroSecond => push_padded(out, f.sec, 2),
        Elem::UpperPM => out.extend_from_slice(if f.hour >= 12 { b"PM" } else { b"AM" }),
        Elem::LowerPM => out.extend_from_slice(if f.hour >= 12 { b"pm" } else { b"am" }),
        Elem::ZoneName if f.zone.is_empty() => push_offset(out, f.offset, OffsetForm { z: false, colons: false, parts: 2 }),
        Elem::ZoneName => out.extend_from_slice(f.zone),
        Elem::Offset(form) if form.z && f.offset == 0 => out.push(b'Z'),
        Elem::Offset(form) => push_offset(out, f.offset, form),
        Elem::Frac(form) => push_frac(out, f.nsec, form),
    }
}

/// `layout` with its elements replaced by the fields of `f`.
fn format(layout: &[u8], f: &Fields) -> Vec<u8> {
    let mut out = Vec::with_capacity(layout.len() + 16);
    let mut rest = layout;
    loop {
        let chunk = next_chunk(rest);
        out.extend_from_slice(chunk.literal);
        let Some((elem, _)) = chunk.elem else { return out };
        push_elem(&mut out, elem, f);
        rest = chunk.rest;
    }
}

// ---- Parse ----

/// What a value said about its zone.
#[derive(Debug, Default, PartialEq)]
enum ZoneSeen {
    #[default]
    None,
    /// "Z" or "UTC".
    Utc,
    /// A numeric offset in seconds, and the name beside it if the layout also had MST.
    Offset(i64, Vec<u8>),
    /// Only a name; the offset is that of a "GMT+h" name, else 0.
    Name(Vec<u8>, i64),
}

/// Why a value does not match its layout: the layout element and the value text at fault
/// (for "cannot parse"), or a message such as ": month out of range".
#[derive(Debug)]
struct ParseFailure {
    layout_elem: Vec<u8>,
    value_elem: Vec<u8>,
    message: String,
}

/// The fields read so far; None where the value has not given one.
#[derive(Default)]
struct Reading {
    year: i64,
    month: Option<i64>,
    day: Option<i64>,
    yday: Option<i64>,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    /// Whether "PM" or "AM" was read (after both, PM counts).
    pm: bool,
    am: bool,
    utc: bool,
    offset: Option<i64>,
    zone_name: Option<Vec<u8>>,
}

/// How an element failed: its text did not fit, or it named a value out of range (the
/// field's name, and the value after the element).
enum Bad<'v> {
    Syntax,
    Range(&'static str, &'v [u8]),
}

/// A number of one to `max` digits (exactly `max` if `fixed`) at the start of `s`.
fn getnum(s: &[u8], max: usize, fixed: bool) -> Result<(i64, &[u8]), Bad<'static>> {
    let digits = s.iter().take(max).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || fixed && digits < max {
        return Err(Bad::Syntax);
    }
    Ok((number(&s[..digits]), &s[digits..]))
}

/// A one- or two-digit field (exactly two if `fixed`) within `bounds`.
fn ranged<'v>(s: &'v [u8], fixed: bool, (lo, hi): (i64, i64), what: &'static str) -> Result<(i64, &'v [u8]), Bad<'v>> {
    let (v, rest) = getnum(s, 2, fixed)?;
    if v < lo || v > hi {
        return Err(Bad::Range(what, rest));
    }
    Ok((v, rest))
}

/// `s` without up to `n` leading spaces.
fn strip_spaces(s: &[u8], n: usize) -> &[u8] {
    &s[s.iter().take(n).take_while(|&&c| c == b' ').count()..]
}

/// The value of a run of ASCII digits (short enough not to overflow).
fn number(digits: &[u8]) -> i64 {
    digits.iter().fold(0, |n, &c| n * 10 + (c - b'0') as i64)
}

/// `s` as a whole number with an optional sign; "" and a bare sign are 0.
fn signed(s: &[u8]) -> Option<i64> {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let n = digits.iter().try_fold(0i64, |n, &c| {
        c.is_ascii_digit().then_some(())?;
        n.checked_mul(10)?.checked_add((c - b'0') as i64)
    })?;
    Some(if neg { -n } else { n })
}

/// Which of `names` starts `s`, ignoring ASCII case, and its length.
fn lookup(names: &[&str], s: &[u8], len: impl Fn(&str) -> usize) -> Result<(i64, usize), Bad<'static>> {
    names
        .iter()
        .enumerate()
        .find(|(_, name)| s.len() >= len(name) && s[..len(name)].eq_ignore_ascii_case(&name.as_bytes()[..len(name)]))
        .map(|(i, name)| (i as i64, len(name)))
        .ok_or(Bad::Syntax)
}

/// Consumes the literal `text` from `value`; a space in the text matches a run of one or
/// more spaces (or the end of the value). On a mismatch, the value from the mismatch on.
fn skip_literal<'v>(mut text: &[u8], mut value: &'v [u8]) -> Result<&'v [u8], &'v [u8]> {
    while let Some(&c) = text.first() {
        if c == b' ' {
            if value.first().is_some_and(|&v| v != b' ') {
                return Err(value);
            }
            text = trim_spaces(text);
            value = trim_spaces(value);
            continue;
        }
        if value.first() != Some(&c) {
            return Err(value);
        }
        (text, value) = (&text[1..], &value[1..]);
    }
    Ok(value)
}

fn trim_spaces(s: &[u8]) -> &[u8] {
    &s[s.iter().take_while(|&&c| c == b' ').count()..]
}

/// The fraction of a second spelled by `s[..n]`: a separator, then digits (a sign is read
/// too, as Go does). Digits past the ninth are ignored.
fn nanoseconds(s: &[u8], n: usize) -> Result<i64, Bad<'_>> {
    if s[0] != b'.' && s[0] != b',' {
        return Err(Bad::Syntax);
    }
    let n = n.min(10);
    let v = signed(&s[1..n]).ok_or(Bad::Syntax)?;
    if v < 0 {
        return Err(Bad::Range("fractional second", &s[n..]));
    }
    Ok(v * 10i64.pow((10 - n) as u32))
}

/// A leading "+h"/"-h" of at most 23 hours (how zone names such as "+07" or "GMT-3" end):
/// its length, or 0 if there is none.
fn signed_hours_len(s: &[u8]) -> usize {
    if !matches!(s.first(), Some(b'+' | b'-')) {
        return 0;
    }
    let digits = s[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    match signed(&s[1..1 + digits]) {
        Some(h) if digits > 0 && h < 24 => 1 + digits,
        _ => 0,
    }
}

/// The length of the zone name (abbreviation) at the start of `s`: three upper-case
/// letters, four ending in T (or WITA), five ending in T, ChST or MeST, GMT with an optional
/// signed hour, or a bare signed hour like "+07".
fn zone_name_len(s: &[u8]) -> Option<usize> {
    if s.len() < 3 {
        return None;
    }
    if s.starts_with(b"ChST") || s.starts_with(b"MeST") {
        return Some(4);
    }
    if s.starts_with(b"GMT") {
        return Some(3 + signed_hours_len(&s[3..]));
    }
    if matches!(s[0], b'+' | b'-') {
        return Some(signed_hours_len(s)).filter(|&n| n > 0);
    }
    let upper = s.iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
    match upper {
        3 => Some(3),
        4 if s[3] == b'T' || s.starts_with(b"WITA") => Some(4),
        5 if s[4] == b'T' => Some(5),
        _ => None,
    }
}

/// A numeric offset in `form` at the start of `s`: seconds east of UTC and the rest.
fn offset(s: &[u8], form: OffsetForm) -> Result<(i64, &[u8]), Bad<'_>> {
    // Where the hours, minutes and seconds sit, and the colons between them.
    let (len, colons): (usize, &[usize]) = match (form.parts, form.colons) {
        (1, _) => (3, &[]),
        (2, true) => (6, &[3]),
        (2, false) => (5, &[]),
        (_, true) => (9, &[3, 6]),
        (_, false) => (7, &[]),
    };
    if s.len() < len || colons.iter().any(|&i| s[i] != b':') {
        return Err(Bad::Syntax);
    }
    // The parts are read in order up to the first that is not two digits; a part out of
    // range (the last one, if several) is reported before that or a bad sign.
    let step = if form.colons { 3 } else { 2 };
    let mut parts = [0i64; 3];
    let mut digits_ok = true;
    for (i, part) in parts.iter_mut().enumerate().take(form.parts as usize) {
        let at = 1 + i * step;
        match getnum(&s[at..at + 2], 2, true) {
            Ok((v, _)) => *part = v,
            Err(_) => {
                digits_ok = false;
                break;
            }
        }
    }
    let [h, m, sec] = parts;
    let bounds = [(sec, 60, "time zone offset second"), (m, 60, "time zone offset minute"), (h, 24, "time zone offset hour")];
    if let Some(&(_, _, what)) = bounds.iter().find(|(v, limit, _)| v > limit) {
        return Err(Bad::Range(what, &s[len..]));
    }
    let magnitude = (h * 60 + m) * 60 + sec;
    match s[0] {
        b'+' if digits_ok => Ok((magnitude, &s[len..])),
        b'-' if digits_ok => Ok((-magnitude, &s[len..])),
        _ => Err(Bad::Syntax),
    }
}

/// Whether the next element of `layout` is a fractional second.
fn frac_follows(layout: &[u8]) -> bool {
    matches!(next_chunk(layout).elem, Some((Elem::Frac(_), _)))
}

impl Reading {
    /// Reads `elem` from the start of `value`, returning the rest. `layout` is what follows
    /// the element (a seconds element looks ahead for a fraction).
    fn read<'v>(&mut self, elem: Elem, value: &'v [u8], layout: &[u8]) -> Result<&'v [u8], Bad<'v>> {
        use Elem::*;
        let rest = match elem {
            LongYear => {
                if value.len() < 4 || !value[..4].iter().all(u8::is_ascii_digit) {
                    return Err(Bad::Syntax);
                }
                self.year = number(&value[..4]);
                &value[4..]
            }
            Year => {
                let y = value.get(..2).and_then(signed).ok_or(Bad::Syntax)?;
                self.year = y + if y >= 69 { 1900 } else { 2000 };
                &value[2..]
            }
            LongMonth | Month => {
                let (m, n) = lookup(&MONTHS, value, |name| if elem == Month { 3 } else { name.len() })?;
                self.month = Some(m + 1);
                &value[n..]
            }
            LongWeekday | Weekday => {
                // The day of the week is read but not checked against the date.
                let (_, n) = lookup(&DAYS, value, |name| if elem == Weekday { 3 } else { name.len() })?;
                &value[n..]
            }
            NumMonth | ZeroMonth => {
                let (m, rest) = ranged(value, elem == ZeroMonth, (1, 12), "month")?;
                self.month = Some(m);
                rest
            }
            Day | UnderDay | ZeroDay => {
                let value = if elem == UnderDay { strip_spaces(value, 1) } else { value };
                // Checked against the month at the end.
                let (d, rest) = getnum(value, 2, elem == ZeroDay)?;
                self.day = Some(d);
                rest
            }
            UnderYearDay | ZeroYearDay => {
                let value = if elem == UnderYearDay { strip_spaces(value, 2) } else { value };
                // Checked against the year at the end.
                let (d, rest) = getnum(value, 3, elem == ZeroYearDay)?;
                self.yday = Some(d);
                rest
            }
            Hour => {
                let (h, rest) = ranged(value, false, (0, 23), "hour")?;
                self.hour = h;
                rest
            }
            Hour12 | ZeroHour12 => {
                let (h, rest) = ranged(value, elem == ZeroHour12, (0, 12), "hour")?;
                self.hour = h;
                rest
            }
            Minute | ZeroMinute => {
                let (m, rest) = ranged(value, elem == ZeroMinute, (0, 59), "minute")?;
                self.min = m;
                rest
            }
            Second | ZeroSecond => self.read_second(elem, value, layout)?,
            UpperPM | LowerPM => {
                let (am, pm): (&[u8], &[u8]) = if elem == UpperPM { (b"AM", b"PM") } else { (b"am", b"pm") };
                match value.get(..2).ok_or(Bad::Syntax)? {
                    t if t == pm => self.pm = true,
                    t if t == am => self.am = true,
                    _ => return Err(Bad::Syntax),
                }
                &value[2..]
            }
            ZoneName => self.read_zone_name(value)?,
            Offset(form) if form.z && value.first() == Some(&b'Z') => {
                self.utc = true;
                &value[1..]
            }
            Offset(form) => {
                let (o, rest) = offset(value, form)?;
                self.offset = Some(o);
                rest
            }
            Frac(form) => self.read_frac(form, value)?,
        };
        Ok(rest)
    }

    /// Seconds, and a fraction after them even when the layout has none.
    fn read_second<'v>(&mut self, elem: Elem, value: &'v [u8], layout: &[u8]) -> Result<&'v [u8], Bad<'v>> {
        let (s, rest) = ranged(value, elem == Elem::ZeroSecond, (0, 59), "second")?;
        self.sec = s;
        let fraction = rest.len() >= 2 && matches!(rest[0], b'.' | b',') && rest[1].is_ascii_digit();
        if !fraction || frac_follows(layout) {
            return Ok(rest);
        }
        let n = 1 + rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        self.nsec = nanoseconds(rest, n)?;
        Ok(&rest[n..])
    }

    fn read_frac<'v>(&mut self, form: FracForm, value: &'v [u8]) -> Result<&'v [u8], Bad<'v>> {
        let n = if form.trim {
            if value.len() < 2 || !matches!(value[0], b'.' | b',') || !value[1].is_ascii_digit() {
                return Ok(value); // an optional fraction left out
            }
            1 + value[1..].iter().take_while(|c| c.is_ascii_digit()).count()
        } else {
            1 + form.digits
        };
        if value.len() < n {
            return Err(Bad::Syntax);
        }
        self.nsec = nanoseconds(value, n)?;
        Ok(&value[n..])
    }

    fn read_zone_name<'v>(&mut self, value: &'v [u8]) -> Result<&'v [u8], Bad<'v>> {
        if let Some(rest) = value.strip_prefix(b"UTC") {
            self.utc = true;
            return Ok(rest);
        }
        let n = zone_name_len(value).ok_or(Bad::Syntax)?;
        self.zone_name = Some(value[..n].to_vec());
        Ok(&value[n..])
    }

    /// The date once every element is read: the day of the year settles month and day
    /// (and must agree with them), the day must exist in its month.
    fn date(&self) -> Result<(i64, i64), &'static str> {
        let (mut month, mut day) = (self.month.unwrap_or(1), self.day.unwrap_or(1));
        if let Some(yday) = self.yday {
            let year_len = if is_leap(self.year) { 366 } else { 365 };
            if yday < 1 || yday > year_len {
                return Err(": day-of-year out of range");
            }
            let c = civil_from_days(days_from_civil(self.year, 1, yday));
            if self.month.is_some_and(|m| m != c.month) {
                return Err(": day-of-year does not match month");
            }
            if self.day.is_some_and(|d| d != c.day) {
                return Err(": day-of-year does not match day");
            }
            (month, day) = (c.month, c.day);
        }
        if day < 1 || day > days_in_month(self.year, month) {
            return Err(": day out of range");
        }
        Ok((month, day))
    }

    /// The zone the value named: "Z"/"UTC" wins, then a numeric offset, then a name.
    fn zone(&mut self) -> ZoneSeen {
        let name = self.zone_name.take();
        match (self.utc, self.offset, name) {
            (true, ..) => ZoneSeen::Utc,
            (_, Some(o), name) => ZoneSeen::Offset(o, name.unwrap_or_default()),
            (_, None, Some(name)) => {
                let hours = if name.starts_with(b"GMT") { signed(&name[3..]).unwrap_or(0) } else { 0 };
                ZoneSeen::Name(name, hours * 3600)
            }
            _ => ZoneSeen::None,
        }
    }
}

/// A successful parse: the civil time in seconds from day 0 on the zone's clock, the
/// nanoseconds, and the zone.
#[derive(Debug, PartialEq)]
struct Parsed {
    civil: i64,
    nsec: i64,
    zone: ZoneSeen,
}

fn failure(layout_elem: &[u8], value_elem: &[u8], message: String) -> ParseFailure {
    ParseFailure { layout_elem: layout_elem.to_vec(), value_elem: value_elem.to_vec(), message }
}

/// Reads `value` as `layout` writes the reference time.
fn parse(layout: &[u8], value: &[u8]) -> Result<Parsed, ParseFailure> {
    let mut r = Reading::default();
    let (mut layout, mut value) = (layout, value);
    loop {
        let chunk = next_chunk(layout);
        value = skip_literal(chunk.literal, value).map_err(|at| failure(chunk.literal, at, String::new()))?;
        let Some((elem, text)) = chunk.elem else { break };
        layout = chunk.rest;
        value = match r.read(elem, value, layout) {
            Ok(rest) => rest,
            Err(Bad::Syntax) => return Err(failure(text, value, String::new())),
            Err(Bad::Range(what, rest)) => return Err(failure(text, rest, format!(": {what} out of range"))),
        };
    }
    if !value.is_empty() {
        return Err(failure(b"", value, format!(": extra text: {}", quote(value))));
    }
    if r.pm && r.hour < 12 {
        r.hour += 12;
    } else if r.am && !r.pm && r.hour == 12 {
        r.hour = 0;
    }
    let (month, day) = r.date().map_err(|m| failure(b"", value, m.to_string()))?;
    let civil = days_from_civil(r.year, month, day) * 86_400 + r.hour * 3600 + r.min * 60 + r.sec;
    Ok(Parsed { civil, nsec: r.nsec, zone: r.zone() })
}

/// `format(layout string, abs int64, nsec int64, zone string, offset int) string`: `abs` is
/// the time in seconds from day 0 on its zone's clock.
fn format_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let f = Fields::new(a[1].as_int(), a[2].as_int(), a[3].as_bytes(), a[4].as_int());
    Ok(vec![Value::bytes_str(format(a[0].as_bytes(), &f))])
}

/// The zone kinds `parseLayout` reports, as the Go side numbers them.
const ZONE_NONE: i64 = 0;
const ZONE_UTC: i64 = 1;
const ZONE_OFFSET: i64 = 2;
const ZONE_NAME: i64 = 3;

/// `parseLayout(layout, value string) (civil int64, nsec int64, zoneKind int, zoneName
/// string, zoneOffset int, layoutElem, valueElem, message string, ok bool)`.
fn parse_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let result = parse(a[0].as_bytes(), a[1].as_bytes());
    let ok = result.is_ok();
    let (parsed, failure) = match result {
        Ok(p) => (p, ParseFailure { layout_elem: vec![], value_elem: vec![], message: String::new() }),
        Err(e) => (Parsed { civil: 0, nsec: 0, zone: ZoneSeen::None }, e),
    };
    let (kind, name, offset) = match parsed.zone {
        ZoneSeen::None => (ZONE_NONE, vec![], 0),
        ZoneSeen::Utc => (ZONE_UTC, vec![], 0),
        ZoneSeen::Offset(offset, name) => (ZONE_OFFSET, name, offset),
        ZoneSeen::Name(name, offset) => (ZONE_NAME, name, offset),
    };
    Ok(vec![
        Value::Int(parsed.civil),
        Value::Int(parsed.nsec),
        Value::Int(kind),
        Value::bytes_str(name),
        Value::Int(offset),
        Value::bytes_str(failure.layout_elem),
        Value::bytes_str(failure.value_elem),
        Value::str(&failure.message),
        Value::Bool(ok),
    ])
}

/// `quote(s string) string`: `s` quoted as package time's messages quote.
fn quote_native(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::str(&quote(a[0].as_bytes()))])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("time", "format", format_native);
    r.register("time", "parseLayout", parse_native);
    r.register("time", "quote", quote_native);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elems(layout: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut rest = layout.as_bytes();
        loop {
            let c = next_chunk(rest);
            let Some((_, text)) = c.elem else { return out };
            out.push((String::from_utf8_lossy(c.literal).into(), String::from_utf8_lossy(text).into()));
            rest = c.rest;
        }
    }

    #[test]
    fn splits_layouts_as_go() {
        let pairs = |v: &[(&str, &str)]| v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
        assert_eq!(elems("Janet Jan2006"), pairs(&[("Janet ", "Jan"), ("", "2006")]));
        assert_eq!(elems("_2006 __2"), pairs(&[("_", "2006"), (" ", "__2")]));
        assert_eq!(elems(".0009 05.000"), pairs(&[(".0009 ", "05"), ("", ".000")]));
        assert_eq!(elems("-07:00:00Z07"), pairs(&[("", "-07:00:00"), ("", "Z07")]));
    }

    fn fields(zone: &str, offset: i64) -> Fields<'_> {
        // 2006-01-02 15:04:05.000123 on its zone's clock.
        let abs = days_from_civil(2006, 1, 2) * 86_400 + 15 * 3600 + 4 * 60 + 5;
        Fields::new(abs, 123_000, zone.as_bytes(), offset)
    }

    #[test]
    fn formats_as_go() {
        let f = fields("MST", -7 * 3600);
        assert_eq!(format(b"Mon Jan _2 03:04:05.999999 PM -07:00 MST 002", &f), b"Mon Jan  2 03:04:05.000123 PM -07:00 MST 002");
        assert_eq!(format(b"Z07 -070000 .0", &fields("", 0)), b"Z +000000 .0");
        assert_eq!(format(b"-07:00:00 MST", &fields("", -30)), b"+00:00:-30 +0000");
    }

    #[test]
    fn parses_as_go() {
        let p = parse(b"2006-01-02 15:04:05 -0700 MST", b"2024-02-29 23:59:58.5 +0530 IST").unwrap();
        assert_eq!(p.nsec, 500_000_000);
        assert_eq!(p.zone, ZoneSeen::Offset(19_800, b"IST".to_vec()));
        let e = parse(b"2006-01-02", b"2024-13-01").unwrap_err();
        assert_eq!((e.layout_elem, e.value_elem, e.message), (b"01".to_vec(), b"-01".to_vec(), ": month out of range".into()));
        let e = parse(b"x-y", b"x-z").unwrap_err();
        assert_eq!((e.layout_elem, e.value_elem), (b"x-y".to_vec(), b"z".to_vec()));
        assert_eq!(parse(b"MST", b"GMT-3").unwrap().zone, ZoneSeen::Name(b"GMT-3".to_vec(), -3 * 3600));
    }
}
