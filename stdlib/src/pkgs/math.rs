//! Package `math`'s natives. Most are Rust's `f64` operations (the C library's), which
//! have the special cases Go documents (IEEE 754 / C99 Annex F); results of the
//! transcendental functions (and of Pow) may differ from Go's own implementations in the
//! last bit. Max, Min, Frexp and Ldexp are written here for Go's exact rules.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// The NaN `math.NaN()` returns (Go's bit pattern, visible through Float64bits).
fn go_nan() -> f64 {
    f64::from_bits(0x7FF8_0000_0000_0001)
}

/// `math.Max`: +Inf beats NaN, NaN beats numbers, and +0 beats -0.
fn max(x: f64, y: f64) -> f64 {
    match (x, y) {
        _ if x == f64::INFINITY || y == f64::INFINITY => f64::INFINITY,
        _ if x.is_nan() || y.is_nan() => go_nan(),
        (0.0, 0.0) if x.is_sign_negative() => y,
        (0.0, 0.0) => x,
        _ if x > y => x,
        _ => y,
    }
}

/// `math.Min`: -Inf beats NaN, NaN beats numbers, and -0 beats +0 (Max of the
/// negations, except that the NaN keeps its positive sign).
fn min(x: f64, y: f64) -> f64 {
    let m = -max(-x, -y);
    if m.is_nan() {
        go_nan()
    } else {
        m
    }
}

/// `math.Hypot` as Go computes it, `big · sqrt(1 + (small/big)²)`, which avoids overflow
/// (and gives Go's last bit, which the C library's hypot does not always).
fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return go_nan();
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    if big == 0.0 {
        return 0.0;
    }
    let ratio = small / big;
    big * (1.0 + ratio * ratio).sqrt()
}

/// `math.Frexp`: `f = frac · 2^exp` with |frac| in [0.5, 1); zeros, infinities and NaN are
/// returned as they are, with exponent 0.
fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    // Subnormals are scaled into the normal range first.
    let (f, scaled) = if f.abs() < f64::MIN_POSITIVE { (f * 2f64.powi(64), -64) } else { (f, 0) };
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    // Give the mantissa the exponent of [0.5, 1).
    let frac = f64::from_bits(bits & !(0x7FF << 52) | (1022 << 52));
    (frac, biased - 1022 + scaled)
}

/// `math.Ldexp`: `frac · 2^exp`, rounded once (to a subnormal or zero if need be);
/// ±Inf beyond the largest float.
fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (m, e) = frexp(frac);
    let total = e.saturating_add(exp); // the result is m · 2^total, |m| in [0.5, 1)
    match total {
        1025.. => f64::INFINITY.copysign(m),
        // Normal: scaling by powers of two in range is exact.
        -1021.. => m * 2f64.powi(total as i32 - 1) * 2.0,
        // Subnormal: exact scaling to a normal value, then one rounding step.
        -1100.. => m * 2f64.powi(total as i32 + 100) * 2f64.powi(-100),
        _ => 0.0f64.copysign(m),
    }
}

fn unary(a: &[Value], f: fn(f64) -> f64) -> NativeResult {
    Ok(vec![Value::Float(f(a[0].as_float()))])
}

fn binary(a: &[Value], f: fn(f64, f64) -> f64) -> NativeResult {
    Ok(vec![Value::Float(f(a[0].as_float(), a[1].as_float()))])
}

macro_rules! unary_natives {
    ($r:ident, $($name:literal => $f:expr),* $(,)?) => {
        $( $r.register("math", $name, |_: &mut NativeCx, a: &[Value]| unary(a, $f)); )*
    };
}

macro_rules! binary_natives {
    ($r:ident, $($name:literal => $f:expr),* $(,)?) => {
        $( $r.register("math", $name, |_: &mut NativeCx, a: &[Value]| binary(a, $f)); )*
    };
}

/// `math.Remainder`: `x - n·y` for the integer n nearest x/y, ties to an even n.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return go_nan();
    }
    if y.is_infinite() {
        return x;
    }
    let ay = y.abs();
    // |x| mod 2|y| (exact) keeps the parity of the quotient: then the two candidates are
    // `t` and `t - |y|`, one for an odd n and one for an even n.
    let folded = x.abs() % (2.0 * ay);
    let (t, t_is_odd) = if folded >= ay { (folded - ay, true) } else { (folded, false) };
    let other = ay - t;
    let r = if t > other || (t == other && t_is_odd) { t - ay } else { t };
    match r {
        0.0 => 0.0f64.copysign(x),
        _ if x < 0.0 => -r,
        _ => r,
    }
}

/// `math.Nextafter`: the float after x in the direction of y.
fn nextafter(x: f64, y: f64) -> f64 {
    match () {
        _ if x.is_nan() || y.is_nan() => go_nan(),
        _ if x == y => x,
        _ if x == 0.0 => f64::from_bits(1).copysign(y),
        _ if (y > x) == (x > 0.0) => f64::from_bits(x.to_bits() + 1),
        _ => f64::from_bits(x.to_bits() - 1),
    }
}

pub(crate) fn register(r: &mut NativeRegistry) {
    unary_natives!(r,
        "Sqrt" => f64::sqrt, "Abs" => f64::abs, "Floor" => f64::floor, "Ceil" => f64::ceil,
        "Trunc" => f64::trunc, "Round" => f64::round, "RoundToEven" => f64::round_ties_even,
        "Log" => f64::ln, "Log2" => f64::log2, "Log10" => f64::log10, "Log1p" => f64::ln_1p,
        "Exp" => f64::exp, "Exp2" => f64::exp2, "Expm1" => f64::exp_m1,
        "Sin" => f64::sin, "Cos" => f64::cos, "Tan" => f64::tan, "Asin" => f64::asin,
        "Acos" => f64::acos, "Atan" => f64::atan, "Sinh" => f64::sinh, "Cosh" => f64::cosh,
        "Tanh" => f64::tanh, "Cbrt" => f64::cbrt, "Asinh" => f64::asinh, "Acosh" => f64::acosh,
        "Atanh" => f64::atanh,
    );
    binary_natives!(r,
        "Pow" => f64::powf, "Atan2" => f64::atan2, "Hypot" => hypot, "Mod" => |x: f64, y: f64| x % y,
        "Max" => max, "Min" => min, "Remainder" => remainder, "Copysign" => f64::copysign,
        "Nextafter" => nextafter,
    );
    r.register("math", "Frexp", |_: &mut NativeCx, a: &[Value]| {
        let (frac, exp) = frexp(a[0].as_float());
        Ok(vec![Value::Float(frac), Value::Int(exp)])
    });
    r.register("math", "Ldexp", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Float(ldexp(a[0].as_float(), a[1].as_int()))]));
    r.register("math", "Float64bits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Int(a[0].as_float().to_bits() as i64)]));
    r.register("math", "Float64frombits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Float(f64::from_bits(a[0].as_int() as u64))]));
    r.register("math", "Float32bits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Int((a[0].as_float() as f32).to_bits() as i64)]));
    r.register("math", "Float32frombits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Float(f32::from_bits(a[0].as_int() as u32) as f64)]));
    r.register("math", "FMA", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Float(a[0].as_float().mul_add(a[1].as_float(), a[2].as_float()))]));
}
