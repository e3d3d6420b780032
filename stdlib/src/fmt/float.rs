//! `strconv.FormatFloat` for the formats `'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'`. Decimal digits
//! come from Rust's float formatting: `{:e}` gives the shortest digits that round-trip (what
//! Go's shortest mode produces) and `{:.N}`/`{:.Ne}` give exactly rounded digits (round half
//! to even, as Go's decimal rounding); this file lays them out the way Go does. The binary
//! forms (`'b'`, `'x'`) are computed from the bits.

/// Decimal digits `d` (no leading or trailing zeros; empty for zero) with the decimal point
/// at `dp`: the value is `0.d × 10^dp`.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

impl Digits {
    /// Parses Rust's `{:e}` output of a non-negative finite number (`1.25e-7`, `0e0`).
    fn from_exp(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
        // Rust writes exactly one digit before the point.
        let mut dp = exp + 1;
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        Digits::trimmed(d, dp)
    }

    /// Parses Rust's `{:.N}` output of a non-negative finite number (`123.4500`).
    fn from_fixed(s: &str) -> Digits {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        let mut dp = int.len() as i64;
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        Digits::trimmed(d, dp)
    }

    fn trimmed(mut d: Vec<u8>, dp: i64) -> Digits {
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            return Digits { d, dp: 0 };
        }
        Digits { d, dp }
    }
}

/// `strconv.FormatFloat(f, fmt, prec, bit_size)`. `bit_size` 32 formats `f` as a
/// `float32` (shortest digits of the `f32`). Unknown formats give `%` + fmt, as Go.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: u32) -> String {
    // A float32 format first rounds the value to a float32 (which may overflow to ±Inf).
    let f = if bit_size == 32 { f as f32 as f64 } else { f };
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let a = f.abs();
    let body = match fmt {
        b'b' => binary_exponent(a, bit_size),
        b'x' | b'X' => hex_form(a, bit_size, prec, fmt == b'X'),
        b'e' | b'E' | b'f' | b'g' | b'G' => decimal_form(a, fmt, prec, bit_size),
        _ => return format!("%{}", fmt as char),
    };
    if f.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// The digits of `a` (non-negative, finite): the shortest that read back as `a` when
/// `prec` < 0, else rounded to `prec` places (after the point for `'f'`, after the first
/// digit for `'e'`) or to `prec` significant digits (`'g'`).
fn decimal_digits(a: f64, fmt: u8, prec: i64, bit_size: u32) -> Digits {
    if prec < 0 {
        return Digits::from_exp(&if bit_size == 32 { format!("{:e}", a as f32) } else { format!("{a:e}") });
    }
    // Digits past what any float needs are zeros: the layout supplies those, so Rust
    // need not produce millions of them.
    let p = prec.min(1100) as usize;
    match fmt {
        b'f' => Digits::from_fixed(&format!("{a:.p$}")),
        b'g' | b'G' => Digits::from_exp(&format!("{a:.0$e}", p.max(1) - 1)),
        _ => Digits::from_exp(&format!("{a:.p$e}")),
    }
}

/// `%e`, `%f` or `%g` of `a`. `%g` picks the exponent form when the exponent is below -4
/// or at least the precision (6 for the shortest form) and, unlike the other two, shows
/// only the significant digits it has.
fn decimal_form(a: f64, fmt: u8, prec: i64, bit_size: u32) -> String {
    let d = decimal_digits(a, fmt, prec, bit_size);
    let fraction_of_fixed = (d.d.len() as i64 - d.dp).max(0);
    let fraction_of_exp = (d.d.len() as i64 - 1).max(0);
    match fmt {
        b'e' | b'E' => d.exponent_form(if prec < 0 { fraction_of_exp } else { prec }, fmt as char),
        b'f' => d.fixed_form(if prec < 0 { fraction_of_fixed } else { prec }),
        _ => {
            let limit = if prec < 0 { 6 } else { prec.max(1) };
            let exp = d.dp - 1;
            if exp < -4 || exp >= limit {
                d.exponent_form(fraction_of_exp, if fmt == b'G' { 'E' } else { 'e' })
            } else {
                d.fixed_form(fraction_of_fixed)
            }
        }
    }
}

impl Digits {
    /// The digit at position `i` (0 is the first significant one); zeros outside.
    fn at(&self, i: i64) -> char {
        usize::try_from(i).ok().and_then(|i| self.d.get(i)).map_or('0', |&c| c as char)
    }

    /// `d.ddde±xx` with `fraction` digits after the point.
    fn exponent_form(&self, fraction: i64, e: char) -> String {
        let mut out = String::new();
        out.push(self.at(0));
        if fraction > 0 {
            out.push('.');
            out.extend((1..=fraction).map(|i| self.at(i)));
        }
        let exp = if self.d.is_empty() { 0 } else { self.dp - 1 };
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{out}{e}{sign}{:02}", exp.abs())
    }

    /// `ddd.ddd` with `fraction` digits after the point.
    fn fixed_form(&self, fraction: i64) -> String {
        let mut out: String = if self.dp > 0 { (0..self.dp).map(|i| self.at(i)).collect() } else { "0".into() };
        if fraction > 0 {
            out.push('.');
            out.extend((0..fraction).map(|i| self.at(self.dp + i)));
        }
        out
    }
}

/// The significand (with its implicit leading bit) and the exponent of `a` (non-negative,
/// finite) as a `float32` or `float64`, scaled so that `a = significand × 2^(exp − 52)`
/// with bit 52 the leading one, whatever the size (zero stays zero).
fn normalized(a: f64, bit_size: u32) -> (u64, i64) {
    let (mut m, exp) = raw_parts(a, bit_size);
    if m == 0 {
        return (0, 0);
    }
    let width = if bit_size == 32 { 23 } else { 52 };
    m <<= 52 - width;
    let shift = m.leading_zeros() as i64 - 11;
    (m << shift, exp - shift)
}

/// The stored significand (implicit bit added for normal numbers) and the unbiased
/// exponent of the leading bit position, per IEEE 754.
fn raw_parts(a: f64, bit_size: u32) -> (u64, i64) {
    let (bits, width, bias, exp_mask) = if bit_size == 32 { (u64::from((a as f32).to_bits()), 23, 127, 0xFF) } else { (a.to_bits(), 52, 1023, 0x7FF) };
    let biased = ((bits >> width) & exp_mask) as i64;
    let fraction = bits & ((1 << width) - 1);
    match biased {
        0 => (fraction, 1 - bias),
        _ => (fraction | 1 << width, biased - bias),
    }
}

/// `%b`: `ddddp±ddd`, the integer significand and the binary exponent.
fn binary_exponent(a: f64, bit_size: u32) -> String {
    let (m, exp) = raw_parts(a, bit_size);
    let exp = exp - if bit_size == 32 { 23 } else { 52 };
    format!("{m}p{}{}", if exp >= 0 { "+" } else { "-" }, exp.abs())
}

/// `%x`/`%X`: `0x1.hhhhp±dd`, with the fraction rounded (half to even) to `prec` hex digits,
/// or as few as are exact when `prec` < 0.
fn hex_form(a: f64, bit_size: u32, prec: i64, upper: bool) -> String {
    let (mut m, mut exp) = normalized(a, bit_size);
    // 52 fraction bits are 13 hex digits: fewer asked for means rounding.
    if (0..13).contains(&prec) {
        let dropped = 52 - 4 * prec as u32;
        let rest = m & ((1 << dropped) - 1);
        let half = 1 << (dropped - 1);
        m >>= dropped;
        if rest > half || (rest == half && m & 1 == 1) {
            m += 1;
        }
        if m >> (4 * prec) == 2 {
            // Rounded up to 2.0: renormalise.
            m >>= 1;
            exp += 1;
        }
        m <<= dropped;
    }
    let lead = m >> 52;
    let mut hex = format!("{:013x}", m & ((1 << 52) - 1));
    match usize::try_from(prec) {
        Err(_) => hex.truncate(hex.trim_end_matches('0').len()),
        Ok(p) if p <= 13 => hex.truncate(p),
        Ok(p) => hex.extend(std::iter::repeat_n('0', p - 13)),
    }
    let point = if hex.is_empty() { "" } else { "." };
    let sign = if exp < 0 { '-' } else { '+' };
    let out = format!("0x{lead}{point}{hex}p{sign}{:02}", exp.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::format_float;

    /// `(value bits, fmt, prec, bitSize, Go's strconv.FormatFloat result)`, generated by
    /// `testdata/gen_float.go` with real Go.
    const TABLE: &str = include_str!("testdata/float.txt");

    #[test]
    fn matches_go_format_float() {
        let mut n = 0;
        for line in TABLE.lines() {
            let mut it = line.split('\t');
            let bits = u64::from_str_radix(it.next().unwrap(), 16).unwrap();
            let fmt = it.next().unwrap().as_bytes()[0];
            let prec: i64 = it.next().unwrap().parse().unwrap();
            let size: u32 = it.next().unwrap().parse().unwrap();
            let want = it.next().unwrap();
            let f = f64::from_bits(bits);
            assert_eq!(format_float(f, fmt, prec, size), want, "FormatFloat({f:e}, '{}', {prec}, {size})", fmt as char);
            n += 1;
        }
        assert!(n > 1000);
    }
}
