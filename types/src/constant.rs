//! Exact constant values, as Go's `go/constant`: untyped constants keep arbitrary precision.
//!
//! This module owns literal evaluation (Go's integer, float, rune and string literal
//! syntax), exact arithmetic on constants, and Go's rules for whether a constant is
//! representable by a basic type (with rounding for floats).
//!
//! A complex constant is a pair of real constants (each an `Int` or a `Float`), as
//! go/constant keeps it: `2i` has integer parts and prints as `(0 + 2i)`, while
//! `complex(1, 2)` has float parts. Arithmetic keeps integer parts integral where it can.
use std::cmp::Ordering;
use std::fmt;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use minigo_parser::ast::{BinaryOp, LitKind};

use crate::api::BasicKind;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    /// Go strings are byte sequences and may hold invalid UTF-8 (`"\xff"`).
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    /// `(real, imaginary)`, each an `Int` or a `Float`.
    Complex(Box<(Value, Value)>),
}

/// Largest decimal exponent accepted in a float literal (keeps exact arithmetic bounded).
const MAX_EXP10: i64 = 4000;
/// Largest constant shift count accepted (Go's limit is similar: `shift count too large`).
pub const MAX_SHIFT: u64 = 10000;

/// Why a constant is not representable by a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unrepresentable {
    Overflows,
    Truncated,
    /// Wrong kind altogether (a string as an int, ...).
    Mismatch,
}

impl Value {
    pub fn int(i: i64) -> Value {
        Value::Int(BigInt::from(i))
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one (an integral float counts).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(r) if r.is_integer() => Some(r.to_integer()),
            Value::Complex(c) if c.1.is_zero() => c.0.to_int(),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(r) => Some(r.clone()),
            Value::Complex(c) if c.1.is_zero() => c.0.to_rat(),
            _ => None,
        }
    }

    /// A complex constant from its parts.
    pub fn complex(re: Value, im: Value) -> Value {
        Value::Complex(Box::new((re, im)))
    }

    /// The value's real and imaginary parts (a real value has imaginary part 0).
    pub fn parts(&self) -> Option<(Value, Value)> {
        match self {
            Value::Complex(c) => Some((c.0.clone(), c.1.clone())),
            Value::Int(_) | Value::Float(_) => Some((self.clone(), Value::int(0))),
            _ => None,
        }
    }

    /// Whether a numeric value is zero (both parts, for a complex one).
    pub fn is_zero(&self) -> bool {
        self.sign() == Ordering::Equal
    }

    pub fn to_f64(&self) -> Option<f64> {
        self.to_rat().map(|r| rat_to_f64(&r))
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Float(_) | Value::Complex(_))
    }

    /// Sign of a numeric value (a complex one is `Equal` when zero, else `Greater`).
    pub fn sign(&self) -> Ordering {
        match self {
            Value::Int(i) => i.sign_cmp(),
            Value::Float(r) => r.numer().sign_cmp(),
            Value::Complex(c) if c.0.is_zero() && c.1.is_zero() => Ordering::Equal,
            Value::Complex(_) => Ordering::Greater,
            _ => Ordering::Equal,
        }
    }

    /// Go's `go/constant` `String()`: short human-readable form used in messages.
    pub fn short_string(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(r) => float_string(r),
            Value::Complex(c) => format!("({} + {}i)", c.0.short_string(), c.1.short_string()),
            Value::String(s) => {
                let q = quote(s);
                if q.chars().count() > 72 {
                    let head: String = q.chars().take(72 - 3 - 1).collect();
                    format!("{head}...\"")
                } else {
                    q
                }
            }
        }
    }
}

trait SignCmp {
    fn sign_cmp(&self) -> Ordering;
}
impl SignCmp for BigInt {
    fn sign_cmp(&self) -> Ordering {
        self.cmp(&BigInt::zero())
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short_string())
    }
}

/// `strconv.Quote` for a Go byte string.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let text = String::from_utf8_lossy(s);
    let valid = std::str::from_utf8(s).is_ok();
    if !valid {
        for &b in s {
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\t' => out.push_str("\\t"),
                0x20..=0x7e => out.push(b as char),
                _ => out.push_str(&format!("\\x{b:02x}")),
            }
        }
    } else {
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\x07' => out.push_str("\\a"),
                '\x08' => out.push_str("\\b"),
                '\x0c' => out.push_str("\\f"),
                '\x0b' => out.push_str("\\v"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
                c => out.push(c),
            }
        }
    }
    out.push('"');
    out
}

/// Nearest `f64` to an exact rational (infinite when out of range).
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    if let (Some(n), Some(d)) = (r.numer().to_f64(), r.denom().to_f64()) {
        if n.is_finite() && d.is_finite() && n.abs() < 9.007199254740992e15 && d < 9.007199254740992e15 {
            return n / d;
        }
    }
    round_rat(r, 53, -1074)
}

/// The float with `precision` significant bits nearest to `r` (ties to even), as an `f64`;
/// `min_lsb` is the exponent of the smallest subnormal (-1074 for float64, -149 for
/// float32). Rounds once, from the exact value: rounding to float64 first and then to
/// float32 can land on the wrong neighbour. Infinite when out of float64's range.
fn round_rat(r: &BigRational, precision: i64, min_lsb: i64) -> f64 {
    let (n, d) = (r.numer().abs(), r.denom().clone());
    // e = floor(log2 |r|): n/d lies in [2^(bits(n)-bits(d)-1), 2^(bits(n)-bits(d)+1)).
    let mut e = n.bits() as i64 - d.bits() as i64;
    if scaled(&n, -e) < scaled(&d, e) {
        e -= 1;
    }
    if e > 1100 {
        return if r.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    // The weight of the last kept bit; below it the quotient's remainder decides.
    let lsb = (e - precision + 1).max(min_lsb);
    let (num, den) = (scaled(&n, -lsb), scaled(&d, lsb));
    let (mut q, rem) = (&num / &den, &num % &den);
    let twice = rem << 1usize;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1;
    }
    // q has at most precision+1 bits: exact as an f64, and so is each power of two.
    let half = lsb / 2;
    let v = q.to_f64().unwrap_or(f64::INFINITY) * pow2(half) * pow2(lsb - half);
    if r.is_negative() { -v } else { v }
}

/// x * 2^k for k >= 0, x unchanged otherwise (the caller scales the other side).
fn scaled(x: &BigInt, k: i64) -> BigInt {
    if k > 0 { x << k as usize } else { x.clone() }
}

/// 2^k as an f64, for k in float64's normal exponent range.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

fn f64_to_rat(f: f64) -> BigRational {
    BigRational::from_float(f).unwrap_or_else(BigRational::zero)
}

/// `%.6g` formatting of Go's fmt (with `%g` fallback for non-integers, as go/constant does).
fn float_string(r: &BigRational) -> String {
    let x = rat_to_f64(r);
    if x.is_infinite() || (x == 0.0) != r.is_zero() {
        // Out of float64 range: mantissa/exponent approximation.
        let e = approx_log10(r);
        let scaled = r / pow10(e);
        return format!("{}e{:+}", fmt_g(rat_to_f64(&scaled), 6), e);
    }
    let s = fmt_g(x, 6);
    if !r.is_integer() && !s.contains('.') && !s.contains('e') {
        return fmt_g_shortest(x);
    }
    s
}

fn approx_log10(r: &BigRational) -> i64 {
    let n = r.numer().abs().to_string().len() as i64;
    let d = r.denom().to_string().len() as i64;
    let mut e = n - d;
    let abs = r.abs();
    if abs < pow10(e) {
        e -= 1;
    }
    e
}

fn pow10(e: i64) -> BigRational {
    let p = BigInt::from(10).pow(e.unsigned_abs() as u32);
    if e >= 0 { BigRational::from_integer(p) } else { BigRational::new(BigInt::one(), p) }
}

/// C/Go `%.{prec}g`.
pub fn fmt_g(x: f64, prec: usize) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let exp_str = format!("{:.*e}", prec - 1, x);
    let (mant, exp) = exp_str.split_once('e').unwrap_or((&exp_str, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mant = trim_zeros(mant);
        format!("{}e{}{:02}", mant, if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, x)).to_string()
    }
}

/// Go's `%g` (shortest representation that round-trips).
fn fmt_g_shortest(x: f64) -> String {
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits = mant.replace(['-', '.'], "").len();
    if exp < -4 || exp >= digits.max(21) as i32 {
        format!("{}e{}{:02}", mant, if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        format!("{x}")
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

// ---------------------------------------------------------------------------------------
// Literals

/// Evaluates a literal as written in the source; `None` if malformed (the lexer normally
/// rejects those already).
pub fn eval_literal(kind: LitKind, raw: &str) -> Option<Value> {
    match kind {
        LitKind::Int => parse_int(raw).map(Value::Int),
        LitKind::Float => parse_float(raw).map(Value::Float),
        LitKind::Imag => {
            let body = raw.strip_suffix('i')?;
            Some(Value::complex(Value::int(0), imag_part(body)?))
        }
        LitKind::Rune => {
            let body = raw.strip_prefix('\'')?.strip_suffix('\'')?;
            let bytes = unescape(body, '\'')?;
            let s = String::from_utf8(bytes.clone()).ok();
            match s.as_deref().map(|s| s.chars().collect::<Vec<_>>()) {
                Some(cs) if cs.len() == 1 => Some(Value::int(cs[0] as i64)),
                _ if bytes.len() == 1 => Some(Value::int(bytes[0] as i64)),
                _ => None,
            }
        }
        LitKind::String => {
            if let Some(body) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
                Some(Value::String(body.replace('\r', "").into_bytes()))
            } else {
                let body = raw.strip_prefix('"')?.strip_suffix('"')?;
                unescape(body, '"').map(Value::String)
            }
        }
    }
}

fn parse_int(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The imaginary part of an imaginary literal (`body` is the literal without its `i`). A
/// body of decimal digits is a decimal integer even with a leading 0 (`0123i` is `123i`, for
/// backward compatibility); a prefixed integer (`0x1fi`) is an integer; the rest are floats.
fn imag_part(body: &str) -> Option<Value> {
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        return BigInt::parse_bytes(digits.as_bytes(), 10).map(Value::Int);
    }
    let lower = digits.to_ascii_lowercase();
    let prefixed = ["0x", "0b", "0o"].iter().any(|p| lower.starts_with(p));
    if prefixed && !lower.contains(['.', 'p']) {
        return parse_int(body).map(Value::Int);
    }
    parse_float(body).map(Value::Float)
}

fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = hex.split_once(['p', 'P'])?;
        let exp: i64 = exp.parse().ok()?;
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 16)? };
        let e2 = exp - 4 * fp.len() as i64;
        if e2.abs() > MAX_EXP10 * 4 {
            return None;
        }
        let p = BigInt::one() << e2.unsigned_abs() as usize;
        return Some(if e2 >= 0 { BigRational::from_integer(m * p) } else { BigRational::new(m, p) });
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (&s[..], 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 10)? };
    let e10 = exp - fp.len() as i64;
    if e10.abs() > MAX_EXP10 {
        return None;
    }
    Some(BigRational::from_integer(m) * pow10(e10))
}

/// Interprets Go escape sequences in a quoted literal body.
fn unescape(body: &str, quote: char) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next()?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            c if c == quote => Some(c as u8),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let take = |chars: &mut std::iter::Peekable<std::str::Chars>, n: usize, radix: u32| -> Option<u32> {
            let mut v = 0u32;
            for _ in 0..n {
                v = v.checked_mul(radix)?.checked_add(chars.next()?.to_digit(radix)?)?;
            }
            Some(v)
        };
        match e {
            'x' => out.push(take(&mut chars, 2, 16)? as u8),
            '0'..='7' => {
                let rest = take(&mut chars, 2, 8)?;
                let v = e.to_digit(8)? * 64 + rest;
                out.push(u8::try_from(v).ok()?);
            }
            'u' | 'U' => {
                let v = take(&mut chars, if e == 'u' { 4 } else { 8 }, 16)?;
                let c = char::from_u32(v)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            _ => return None,
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------
// Arithmetic

/// Result of a constant operation that can fail.
#[derive(Debug, PartialEq)]
pub enum OpError {
    DivByZero,
    /// Not defined for these operand kinds (checked by the caller beforehand normally).
    Invalid,
}

/// `x op y` for an arithmetic or logical operator. `integer` asks for truncated integer
/// division (both operands are of integer type, typed or untyped).
pub fn binary_op(x: &Value, op: BinaryOp, y: &Value, integer: bool) -> Result<Value, OpError> {
    use BinaryOp::*;
    match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            LAnd => Ok(Value::Bool(*a && *b)),
            LOr => Ok(Value::Bool(*a || *b)),
            _ => Err(OpError::Invalid),
        },
        (Value::String(a), Value::String(b)) if op == Add => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            Ok(Value::String(s))
        }
        (Value::Complex(_), _) | (_, Value::Complex(_)) => complex_op(x, op, y),
        _ if integer => {
            let (a, b) = (x.to_int().ok_or(OpError::Invalid)?, y.to_int().ok_or(OpError::Invalid)?);
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Quo | Rem if b.is_zero() => return Err(OpError::DivByZero),
                Quo => a / b,
                Rem => a % b,
                And => a & b,
                Or => a | b,
                Xor => a ^ b,
                AndNot => a & !b,
                _ => return Err(OpError::Invalid),
            };
            Ok(Value::Int(r))
        }
        _ => {
            let (a, b) = (x.to_rat().ok_or(OpError::Invalid)?, y.to_rat().ok_or(OpError::Invalid)?);
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Quo if b.is_zero() => return Err(OpError::DivByZero),
                Quo => a / b,
                _ => return Err(OpError::Invalid),
            };
            Ok(Value::Float(r))
        }
    }
}

/// `x op y` when an operand is complex: `+ - * /` on the pairs, each part exact.
fn complex_op(x: &Value, op: BinaryOp, y: &Value) -> Result<Value, OpError> {
    use BinaryOp::*;
    let ((a, b), (c, d)) = (x.parts().ok_or(OpError::Invalid)?, y.parts().ok_or(OpError::Invalid)?);
    let f = real_op;
    match op {
        Add | Sub => Ok(Value::complex(f(&a, op, &c)?, f(&b, op, &d)?)),
        // (a+bi)(c+di) = (ac-bd) + (ad+bc)i
        Mul => Ok(Value::complex(f(&f(&a, Mul, &c)?, Sub, &f(&b, Mul, &d)?)?, f(&f(&a, Mul, &d)?, Add, &f(&b, Mul, &c)?)?)),
        // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
        Quo => {
            if y.is_zero() {
                return Err(OpError::DivByZero);
            }
            let n = f(&f(&c, Mul, &c)?, Add, &f(&d, Mul, &d)?)?;
            let re = f(&f(&a, Mul, &c)?, Add, &f(&b, Mul, &d)?)?;
            let im = f(&f(&b, Mul, &c)?, Sub, &f(&a, Mul, &d)?)?;
            Ok(Value::complex(f(&re, Quo, &n)?, f(&im, Quo, &n)?))
        }
        _ => Err(OpError::Invalid),
    }
}

/// `p op q` on the real parts of complex constants: integral when both are integers (but a
/// quotient is always exact rational, as for untyped floats).
fn real_op(p: &Value, op: BinaryOp, q: &Value) -> Result<Value, OpError> {
    let integer = matches!((p, q), (Value::Int(_), Value::Int(_))) && op != BinaryOp::Quo;
    binary_op(p, op, q, integer)
}

/// `x op y` for a comparison operator.
pub fn compare(x: &Value, op: BinaryOp, y: &Value) -> Option<bool> {
    use BinaryOp::*;
    let ord = match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => {
            return match op {
                Eq => Some(a == b),
                Ne => Some(a != b),
                _ => None,
            }
        }
        (Value::String(a), Value::String(b)) => a.cmp(b),
        (Value::Complex(_), _) | (_, Value::Complex(_)) => {
            let ((a, b), (c, d)) = (x.parts()?, y.parts()?);
            let same = compare(&a, Eq, &c)? && compare(&b, Eq, &d)?;
            return match op {
                Eq => Some(same),
                Ne => Some(!same),
                _ => None,
            };
        }
        _ => x.to_rat()?.cmp(&y.to_rat()?),
    };
    Some(match op {
        Eq => ord == Ordering::Equal,
        Ne => ord != Ordering::Equal,
        Lt => ord == Ordering::Less,
        Le => ord != Ordering::Greater,
        Gt => ord == Ordering::Greater,
        Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `x << s` / `x >> s` on an integer constant.
pub fn shift(x: &Value, left: bool, s: u64) -> Option<Value> {
    let i = x.to_int()?;
    let s = s as usize;
    Some(Value::Int(if left { i << s } else { i >> s }))
}

/// `-x`.
pub fn negate(x: &Value) -> Option<Value> {
    match x {
        Value::Int(i) => Some(Value::Int(-i)),
        Value::Float(r) => Some(Value::Float(-r)),
        Value::Complex(c) => Some(Value::complex(negate(&c.0)?, negate(&c.1)?)),
        _ => None,
    }
}

/// `^x` for an integer constant of the given kind (untyped: `-x-1`; unsigned: within
/// the type's bit width).
pub fn complement(x: &Value, kind: BasicKind) -> Option<Value> {
    let i = x.to_int()?;
    if kind.is_unsigned() {
        let mask = (BigInt::one() << kind.bits() as usize) - 1;
        Some(Value::Int(i ^ mask))
    } else {
        Some(Value::Int(-i - 1))
    }
}

/// Whether `x` is representable by basic type `kind`; on success returns the value as it
/// is stored in that type (floats rounded, integral floats turned into ints, complex values
/// as a pair of rounded floats). A complex value with a nonzero imaginary part is
/// `Truncated` for an integer type and `Overflows` for a float type, as Go reports them.
pub fn representable(x: &Value, kind: BasicKind) -> Result<Value, Unrepresentable> {
    use BasicKind::*;
    if let Value::Complex(c) = x {
        if kind.is_integer() || kind.is_float() {
            if !c.1.is_zero() {
                return Err(if kind.is_integer() { Unrepresentable::Truncated } else { Unrepresentable::Overflows });
            }
            return representable(&c.0, kind);
        }
    }
    match kind {
        Bool | UntypedBool => match x {
            Value::Bool(_) => Ok(x.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        String | UntypedString => match x {
            Value::String(_) => Ok(x.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        k if k.is_integer() => {
            let r = x.to_rat().ok_or(Unrepresentable::Mismatch)?;
            if !r.is_integer() {
                return Err(Unrepresentable::Truncated);
            }
            let i = r.to_integer();
            if !k.is_untyped() {
                let bits = k.bits() as usize;
                let (lo, hi) = if k.is_unsigned() {
                    (BigInt::zero(), (BigInt::one() << bits) - 1)
                } else {
                    (-(BigInt::one() << (bits - 1)), (BigInt::one() << (bits - 1)) - 1)
                };
                if i < lo || i > hi {
                    return Err(Unrepresentable::Overflows);
                }
            }
            Ok(Value::Int(i))
        }
        Float32 | Float64 => round_float(&x.to_rat().ok_or(Unrepresentable::Mismatch)?, kind == Float32),
        Complex64 | Complex128 => {
            let (re, im) = x.parts().ok_or(Unrepresentable::Mismatch)?;
            let single = kind == Complex64;
            let part = |p: &Value| round_float(&p.to_rat().ok_or(Unrepresentable::Mismatch)?, single);
            Ok(Value::complex(part(&re)?, part(&im)?))
        }
        UntypedFloat => Ok(Value::Float(x.to_rat().ok_or(Unrepresentable::Mismatch)?)),
        UntypedComplex if x.is_numeric() => Ok(x.clone()),
        UntypedRune => representable(x, UntypedInt),
        _ => Err(Unrepresentable::Mismatch),
    }
}

/// `r` rounded to the nearest `float32` (`single`) or `float64`, or `Overflows`.
fn round_float(r: &BigRational, single: bool) -> Result<Value, Unrepresentable> {
    // Values rounding to a finite float are representable: the limit is the largest
    // finite value plus half an ulp (2^128 - 2^103, or 2^1024 - 2^970).
    let (max_exp, ulp_exp) = if single { (128, 103) } else { (1024, 970) };
    let limit = BigRational::from_integer((BigInt::one() << max_exp) - (BigInt::one() << ulp_exp));
    if r.abs() >= limit {
        return Err(Unrepresentable::Overflows);
    }
    let f = if single { round_rat(r, 24, -149) } else { rat_to_f64(r) };
    Ok(Value::Float(f64_to_rat(f)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(eval_literal(LitKind::Int, "0x1F"), Some(Value::int(31)));
        assert_eq!(eval_literal(LitKind::Int, "1_000"), Some(Value::int(1000)));
        assert_eq!(eval_literal(LitKind::Int, "017"), Some(Value::int(15)));
        assert_eq!(eval_literal(LitKind::Rune, "'\\n'"), Some(Value::int(10)));
        assert_eq!(eval_literal(LitKind::Rune, "'世'"), Some(Value::int(19990)));
        assert_eq!(eval_literal(LitKind::String, "\"a\\tb\\xff\""), Some(Value::String(b"a\tb\xff".to_vec())));
        assert_eq!(eval_literal(LitKind::String, "`a\\n`"), Some(Value::String(b"a\\n".to_vec())));
        assert_eq!(eval_literal(LitKind::Float, "1.5e3").unwrap().to_i64(), Some(1500));
        assert_eq!(eval_literal(LitKind::Float, "0x1p-2").unwrap().to_f64(), Some(0.25));
        // math.SmallestNonzeroFloat64 and math.MaxFloat64.
        let tiny = eval_literal(LitKind::Float, "4.940656458412465441765687928682213723651e-324").unwrap();
        assert_eq!(tiny.to_f64(), Some(5e-324));
        let max = eval_literal(LitKind::Float, "0x1p1023").unwrap();
        let max = binary_op(&max, BinaryOp::Mul, &eval_literal(LitKind::Float, "1.9999999999999997779553950749686919152736663818359375").unwrap(), false).unwrap();
        assert_eq!(max.to_f64(), Some(f64::MAX));
    }

    #[test]
    fn strings_as_go_prints_them() {
        assert_eq!(eval_literal(LitKind::Float, "1.5").unwrap().to_string(), "1.5");
        assert_eq!(eval_literal(LitKind::Float, "1e100").unwrap().to_string(), "1e+100");
        assert_eq!(eval_literal(LitKind::Float, "300.0").unwrap().to_string(), "300");
        assert_eq!(eval_literal(LitKind::Float, "0.1").unwrap().to_string(), "0.1");
        assert_eq!(eval_literal(LitKind::Float, "1234567.5").unwrap().to_string(), "1.23457e+06");
        assert_eq!(Value::String(b"hi\n".to_vec()).to_string(), "\"hi\\n\"");
    }

    #[test]
    fn representability() {
        assert_eq!(representable(&Value::int(300), BasicKind::Int8), Err(Unrepresentable::Overflows));
        assert_eq!(representable(&Value::int(255), BasicKind::Uint8), Ok(Value::int(255)));
        let half = eval_literal(LitKind::Float, "1.5").unwrap();
        assert_eq!(representable(&half, BasicKind::Int), Err(Unrepresentable::Truncated));
        assert_eq!(complement(&Value::int(0), BasicKind::Uint8), Some(Value::int(255)));
        assert_eq!(binary_op(&Value::int(7), BinaryOp::Quo, &Value::int(2), true), Ok(Value::int(3)));
        assert_eq!(binary_op(&Value::int(7), BinaryOp::Quo, &Value::int(0), true), Err(OpError::DivByZero));
    }

    #[test]
    fn complex_constants() {
        let lit = |s: &str| eval_literal(LitKind::Imag, s).unwrap();
        assert_eq!(lit("2i").to_string(), "(0 + 2i)");
        assert_eq!(lit("0123i").to_string(), "(0 + 123i)");
        assert_eq!(lit("0x1p-2i").to_string(), "(0 + 0.25i)");
        assert_eq!(lit("1e3i").to_string(), "(0 + 1000i)");
        let c = binary_op(&Value::int(1), BinaryOp::Add, &lit("2i"), false).unwrap();
        let sq = binary_op(&c, BinaryOp::Mul, &c, false).unwrap();
        assert_eq!(sq.to_string(), "(-3 + 4i)");
        let q = binary_op(&c, BinaryOp::Quo, &binary_op(&Value::int(3), BinaryOp::Sub, &lit("4i"), false).unwrap(), false).unwrap();
        assert_eq!(q.to_string(), "(-0.2 + 0.4i)");
        assert_eq!(binary_op(&c, BinaryOp::Quo, &lit("0i"), false), Err(OpError::DivByZero));
        assert_eq!(compare(&sq, BinaryOp::Eq, &sq), Some(true));
        assert_eq!(compare(&sq, BinaryOp::Lt, &sq), None);
        assert_eq!(negate(&c).unwrap().to_string(), "(-1 + -2i)");
        // A zero imaginary part converts to real types; a nonzero one overflows a float type
        // and truncates for an integer type.
        let real = binary_op(&c, BinaryOp::Sub, &lit("2i"), false).unwrap();
        assert_eq!(representable(&real, BasicKind::Int), Ok(Value::int(1)));
        assert_eq!(representable(&c, BasicKind::Float64), Err(Unrepresentable::Overflows));
        assert_eq!(representable(&c, BasicKind::Int), Err(Unrepresentable::Truncated));
        assert_eq!(representable(&lit("1e39i"), BasicKind::Complex64), Err(Unrepresentable::Overflows));
        assert!(matches!(representable(&Value::int(1), BasicKind::Complex128), Ok(Value::Complex(_))));
    }
}
