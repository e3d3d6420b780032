//! Package `time`'s `Duration` text natives: `Duration.String` and `ParseDuration`.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use crate::fmt::quote::decode_rune;

const MICRO: u64 = 1_000;
const MILLI: u64 = 1_000_000;
const SECOND: u64 = 1_000_000_000;

/// `n / 10^places` in decimal, with the fraction's trailing zeros (and a bare point) left
/// out: (1500, 3) is "1.5".
fn decimal(out: &mut String, n: u64, places: u32) {
    let scale = 10u64.pow(places);
    out.push_str(&(n / scale).to_string());
    let frac = n % scale;
    if frac != 0 {
        let digits = format!("{:0width$}", frac, width = places as usize);
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

/// Go's text for a duration: hours, minutes and seconds ("1h2m3.5s") from one second up,
/// else one unit chosen so the number starts with a non-zero digit ("1.5ms", "42ns").
fn duration_string(d: i64) -> String {
    let mut out = String::with_capacity(24);
    if d < 0 {
        out.push('-');
    }
    let n = d.unsigned_abs();
    match n {
        0 => return "0s".into(),
        1..MICRO => decimal(&mut out, n, 0),
        MICRO..MILLI => decimal(&mut out, n, 3),
        MILLI..SECOND => decimal(&mut out, n, 6),
        _ => {
            let minutes = n / SECOND / 60;
            if minutes >= 60 {
                out.push_str(&format!("{}h", minutes / 60));
            }
            if minutes > 0 {
                out.push_str(&format!("{}m", minutes % 60));
            }
            decimal(&mut out, n % (60 * SECOND), 9);
        }
    }
    out.push_str(match n {
        1..MICRO => "ns",
        MICRO..MILLI => "µs",
        MILLI..SECOND => "ms",
        _ => "s",
    });
    out
}

/// `s` between double quotes the way package time quotes: `"` and `\` escaped, and every
/// byte of a control or non-ASCII rune (or of invalid UTF-8) as `\xHH`.
pub(crate) fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = s;
    while !rest.is_empty() {
        let (r, w) = decode_rune(rest);
        if r < 0x20 || r >= 0x80 {
            for b in &rest[..w] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        } else {
            if r == '"' as u32 || r == '\\' as u32 {
                out.push('\\');
            }
            out.push(r as u8 as char);
        }
        rest = &rest[w..];
    }
    out.push('"');
    out
}

/// Nanoseconds per unit name.
fn unit(name: &[u8]) -> Option<u64> {
    Some(match name {
        b"ns" => 1,
        b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => MICRO, // also µs (micro sign) and μs (mu)
        b"ms" => MILLI,
        b"s" => SECOND,
        b"m" => 60 * SECOND,
        b"h" => 3600 * SECOND,
        _ => return None,
    })
}

/// The largest magnitude a duration may reach while parsing: that of the most negative one.
const LIMIT: u64 = 1 << 63;

/// Why a duration does not parse.
enum DurationError {
    Invalid,
    MissingUnit,
    UnknownUnit(Vec<u8>),
}

/// The leading decimal digits of `s`: their value (None past `LIMIT`) and count.
fn integer(s: &[u8]) -> (Option<u64>, usize) {
    let len = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let value = s[..len].iter().try_fold(0u64, |v, &c| {
        let v = v.checked_mul(10)?.checked_add((c - b'0') as u64)?;
        (v <= LIMIT).then_some(v)
    });
    (value, len)
}

/// The leading digits of a fraction: its numerator, 10^(digits used) as a float, and the
/// count of digits. Digits past what a u64 (up to `LIMIT`) can hold are skipped.
fn fraction(s: &[u8]) -> (u64, f64, usize) {
    let (mut num, mut scale, mut full) = (0u64, 1.0, false);
    let len = s.iter().take_while(|c| c.is_ascii_digit()).count();
    for &c in &s[..len] {
        match num.checked_mul(10).map(|v| v + (c - b'0') as u64) {
            Some(v) if !full && v <= LIMIT => {
                num = v;
                scale *= 10.0;
            }
            _ => full = true,
        }
    }
    (num, scale, len)
}

/// `ParseDuration`'s grammar: an optional sign, then one or more `<decimal><unit>`, or
/// just "0". The magnitude is summed unsigned and may reach 2^63 only when negative.
fn parse_duration(s: &[u8]) -> Result<i64, DurationError> {
    let (neg, mut rest) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == b"0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(DurationError::Invalid);
    }
    let mut total: u64 = 0;
    while !rest.is_empty() {
        if !(rest[0] == b'.' || rest[0].is_ascii_digit()) {
            return Err(DurationError::Invalid);
        }
        let (whole, int_len) = integer(rest);
        let whole = whole.ok_or(DurationError::Invalid)?;
        rest = &rest[int_len..];
        let (mut num, mut scale, mut frac_len) = (0, 1.0, 0);
        if let Some(after_dot) = rest.strip_prefix(b".") {
            (num, scale, frac_len) = fraction(after_dot);
            rest = &after_dot[frac_len..];
        }
        if int_len == 0 && frac_len == 0 {
            return Err(DurationError::Invalid);
        }
        let name_len = rest.iter().take_while(|&&c| c != b'.' && !c.is_ascii_digit()).count();
        if name_len == 0 {
            return Err(DurationError::MissingUnit);
        }
        let ns = unit(&rest[..name_len]).ok_or_else(|| DurationError::UnknownUnit(rest[..name_len].to_vec()))?;
        rest = &rest[name_len..];
        if whole > LIMIT / ns {
            return Err(DurationError::Invalid);
        }
        // The fraction goes through a float, as in Go: exact to the nanosecond for up to
        // an hour's worth.
        let part = whole * ns + if num > 0 { (num as f64 * (ns as f64 / scale)) as u64 } else { 0 };
        total = total.saturating_add(part);
        if part > LIMIT || total > LIMIT {
            return Err(DurationError::Invalid);
        }
    }
    match (neg, total) {
        (true, t) => Ok((t as i64).wrapping_neg()),
        (false, LIMIT) => Err(DurationError::Invalid),
        (false, t) => Ok(t as i64),
    }
}

/// `Duration.String(d Duration) string`.
fn string(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::str(&duration_string(a[0].as_int()))])
}

/// `parseDuration(s string) (Duration, string)`: the duration, or 0 and the error text.
fn parse(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = a[0].as_bytes();
    let message = match parse_duration(s) {
        Ok(d) => return Ok(vec![Value::Int(d), Value::str("")]),
        Err(DurationError::Invalid) => format!("time: invalid duration {}", quote(s)),
        Err(DurationError::MissingUnit) => format!("time: missing unit in duration {}", quote(s)),
        Err(DurationError::UnknownUnit(u)) => format!("time: unknown unit {} in duration {}", quote(&u), quote(s)),
    };
    Ok(vec![Value::Int(0), Value::str(&message)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("time", "Duration.String", string);
    r.register("time", "parseDuration", parse);
}

#[cfg(test)]
mod tests {
    use super::{duration_string, parse_duration};

    // Expected values from Go 1.27.
    #[test]
    fn formats_like_go() {
        assert_eq!(duration_string(0), "0s");
        assert_eq!(duration_string(1500), "1.5µs");
        assert_eq!(duration_string(-3_600_000_000_001), "-1h0m0.000000001s");
        assert_eq!(duration_string(i64::MIN), "-2562047h47m16.854775808s");
    }

    #[test]
    fn parses_like_go() {
        assert_eq!(parse_duration(b"-2562047h47m16.854775808s").ok(), Some(i64::MIN));
        assert!(parse_duration(b"2562047h47m16.854775808s").is_err());
        assert_eq!(parse_duration(b"1.5h").ok(), Some(5_400_000_000_000));
        assert_eq!(parse_duration(b".5m").ok(), Some(30_000_000_000));
        assert!(parse_duration(b".s").is_err());
    }
}
