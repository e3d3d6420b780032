//! Complex arithmetic: `+ - * /`, negation, `complex(re, im)`, `real`, `imag` and the
//! rounding of `complex64` values, on the boxed pairs of [`Value::Complex`].
//!
//! A `complex64` operation computes on the parts widened to `f64` and rounds each part of
//! the result to `f32` once, as gc does (so `(a+bi)(c+di)` of complex64 values is not the
//! float32 arithmetic of its formula). Division never panics: a zero divisor gives
//! infinities or NaNs.

use std::sync::Arc;

use crate::bytecode::CplxOp;
use crate::value::Value;

/// The parts of a complex value (the zero value for anything else).
pub(crate) fn parts(v: &Value) -> (f64, f64) {
    match v {
        Value::Complex(c) => **c,
        _ => (0.0, 0.0),
    }
}

fn make(re: f64, im: f64) -> Value {
    Value::Complex(Arc::new((re, im)))
}

/// `op` on `a` and `b` (the unary ops read only `a`; `complex` reads two floats). `single`
/// asks for complex64 results.
pub(super) fn eval(op: CplxOp, single: bool, a: &Value, b: &Value) -> Value {
    let round = |x: f64| if single { x as f32 as f64 } else { x };
    match op {
        CplxOp::Make => make(round(a.as_float()), round(b.as_float())),
        CplxOp::Real => Value::Float(parts(a).0),
        CplxOp::Imag => Value::Float(parts(a).1),
        CplxOp::Convert => {
            let (re, im) = parts(a);
            make(round(re), round(im))
        }
        CplxOp::Neg => {
            let (re, im) = parts(a);
            make(-re, -im)
        }
        CplxOp::Div => {
            let (re, im) = divide(parts(a), parts(b));
            make(round(re), round(im))
        }
        CplxOp::Add | CplxOp::Sub | CplxOp::Mul => {
            let ((x, y), (u, v)) = (parts(a), parts(b));
            let (re, im) = match op {
                CplxOp::Add => (x + u, y + v),
                CplxOp::Sub => (x - u, y - v),
                // (x+yi)(u+vi) = (xu - yv) + (xv + yu)i
                _ => (x * u - y * v, x * v + y * u),
            };
            make(round(re), round(im))
        }
    }
}

/// `n / m`. Smith's method (scale by the divisor's larger part, so that the squared
/// magnitude is never formed and cannot overflow); when both parts come out NaN, C99's
/// Annex G rules recover the infinite or zero result where there is one.
fn divide(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let q = if c.abs() >= d.abs() {
        let r = d / c;
        let s = c + r * d;
        ((a + b * r) / s, (b - a * r) / s)
    } else {
        let r = c / d;
        let s = d + r * c;
        ((a * r + b) / s, (b * r - a) / s)
    };
    if !(q.0.is_nan() && q.1.is_nan()) {
        return q;
    }
    let finite = |x: f64, y: f64| x.is_finite() && y.is_finite();
    // An infinite part as ±1, a finite one as ±0, keeping its sign.
    let unit = |x: f64| if x.is_infinite() { 1f64.copysign(x) } else { 0f64.copysign(x) };
    if c == 0.0 && d == 0.0 && !(a.is_nan() && b.is_nan()) {
        let inf = f64::INFINITY.copysign(c);
        (inf * a, inf * b)
    } else if (a.is_infinite() || b.is_infinite()) && finite(c, d) {
        let (a, b) = (unit(a), unit(b));
        (f64::INFINITY * (a * c + b * d), f64::INFINITY * (b * c - a * d))
    } else if (c.is_infinite() || d.is_infinite()) && finite(a, b) {
        let (c, d) = (unit(c), unit(d));
        (0.0 * (a * c + b * d), 0.0 * (b * c - a * d))
    } else {
        q
    }
}
