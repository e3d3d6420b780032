//! Helpers behind Go's builtins and conversions: `print`/`println` formatting, UTF-8
//! decoding for `range` over strings and `[]rune(s)`, `append`'s capacity growth
//! (`growslice` with Go's size classes), `string(rune)`.

use crate::bytecode::PrintKind;
use crate::value::Value;

/// Formats one argument of the builtin `print` as Go's runtime does (`printfloat`, ...).
pub fn print_arg(v: &Value, kind: PrintKind, out: &mut Vec<u8>) {
    match kind {
        PrintKind::Int => out.extend_from_slice(v.as_int().to_string().as_bytes()),
        PrintKind::Uint => out.extend_from_slice((v.as_int() as u64).to_string().as_bytes()),
        PrintKind::Float => out.extend_from_slice(print_float(v.as_float(), false).as_bytes()),
        PrintKind::Float32 => out.extend_from_slice(print_float(v.as_float(), true).as_bytes()),
        PrintKind::Complex => out.extend_from_slice(print_complex(v, false).as_bytes()),
        PrintKind::Complex64 => out.extend_from_slice(print_complex(v, true).as_bytes()),
        PrintKind::Bool => out.extend_from_slice(if v.as_bool() { b"true" } else { b"false" }),
        PrintKind::Str => out.extend_from_slice(v.as_bytes()),
        PrintKind::Pointer => out.extend_from_slice(format!("{:#x}", v.address()).as_bytes()),
        PrintKind::Iface => {
            let (t, d) = match v {
                Value::Iface(t, x) => (0xc000_0000u64 + t.0 as u64 * 16, x.address()),
                _ => (0, 0),
            };
            out.extend_from_slice(format!("({t:#x},{d:#x})").as_bytes());
        }
    }
}

/// Go's runtime `printcomplex`: `(re+imi)` with each part as `print_float` writes it and
/// the imaginary part always signed.
pub fn print_complex(v: &Value, bits32: bool) -> String {
    let (re, im) = match v {
        Value::Complex(c) => **c,
        _ => (0.0, 0.0),
    };
    let im = print_float(im, bits32);
    let sign = if im.starts_with(['+', '-']) { "" } else { "+" };
    format!("({}{sign}{im}i)", print_float(re, bits32))
}

/// Go's runtime `printfloat`: `strconv.FormatFloat(f, 'g', -1, bits)` (shortest digits;
/// exponent form below 1e-4 and from 1e6).
pub fn print_float(f: f64, bits32: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    // Rust's `{:e}` gives the shortest round-tripping digits: `d.ddddde[-]x`.
    let e = if bits32 { format!("{:e}", f as f32) } else { format!("{:e}", f) };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

/// Decodes the rune starting at `s[i]`: `(rune, width)`; invalid UTF-8 gives `(0xFFFD, 1)`.
pub fn decode_rune(s: &[u8], i: usize) -> (i32, usize) {
    let b0 = s[i];
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let (len, init) = match b0 {
        0xC2..=0xDF => (2, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if i + len > s.len() {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for k in 1..len {
        let b = s[i + k];
        if b & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    let ok = match len {
        2 => r >= 0x80,
        3 => r >= 0x800 && !(0xD800..=0xDFFF).contains(&r),
        _ => (0x10000..=0x10FFFF).contains(&r),
    };
    if ok {
        (r as i32, len)
    } else {
        (0xFFFD, 1)
    }
}

/// Appends the UTF-8 encoding of rune `r` (invalid runes become U+FFFD), as `string(r)`.
pub fn push_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// The runes of a string, as `[]rune(s)`.
pub fn runes(s: &[u8]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(s, i);
        out.push(Value::Int(r as i64));
        i += w;
    }
    out
}

/// Go's malloc size classes up to 32 KiB.
const SIZE_CLASSES: [usize; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
    480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
    4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
];

fn roundupsize(size: usize) -> usize {
    if size <= 32768 {
        match SIZE_CLASSES.binary_search(&size) {
            Ok(i) => SIZE_CLASSES[i],
            Err(i) => SIZE_CLASSES[i],
        }
    } else {
        size.div_ceil(8192) * 8192
    }
}

/// `growslice`: the new capacity when appending to a slice of capacity `old_cap` so that it
/// holds `new_len` elements of `elem_size` bytes. (Go's compiler gives a slice that does not
/// escape a 32-byte stack buffer for its first append; minigo follows the heap rule, which
/// is what Go does for slices that escape, e.g. by being printed.)
pub fn grow_cap(old_cap: usize, new_len: usize, elem_size: usize) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if new_len > doublecap {
        newcap = new_len;
    } else {
        const THRESHOLD: usize = 256;
        if old_cap < THRESHOLD {
            newcap = doublecap;
        } else {
            while newcap < new_len {
                newcap += (newcap + 3 * THRESHOLD) >> 2;
            }
        }
    }
    if elem_size == 0 {
        return newcap;
    }
    roundupsize(newcap.saturating_mul(elem_size)) / elem_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_matches_go() {
        // From Go 1.27 (escaping slice): appending one at a time to a nil []int gives caps
        // 1 2 4 8 16 ...
        let mut cap = 0;
        let mut seen = vec![];
        for len in 1..=20 {
            if len > cap {
                cap = grow_cap(cap, len, 8);
                seen.push(cap);
            }
        }
        assert_eq!(seen, vec![1, 2, 4, 8, 16, 32]);
        // []byte: the smallest size class is 8 bytes.
        assert_eq!(grow_cap(0, 1, 1), 8);
    }

    #[test]
    fn float_printing() {
        // From Go 1.27's print(...) of the same constants.
        let got: Vec<String> =
            [1.0, -0.5, 1e100, 1e20, 0.0001, 0.00001, 123.456, 123456.0, 1234567.0].iter().map(|f| print_float(*f, false)).collect();
        assert_eq!(got, ["1", "-0.5", "1e+100", "1e+20", "0.0001", "1e-05", "123.456", "123456", "1.234567e+06"]);
    }

    #[test]
    fn utf8_decoding() {
        assert_eq!(decode_rune("é".as_bytes(), 0), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff", 0), (0xFFFD, 1));
        assert_eq!(decode_rune(b"\xe2\x82", 0), (0xFFFD, 1));
    }
}
