//! Package `math`'s natives: Rust's `f64` operations (the C library's), which have the
//! special cases Go documents (IEEE 754 / C99 Annex F); results of the transcendental
//! functions may differ from Go's own implementations in the last bit.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

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

pub(crate) fn register(r: &mut NativeRegistry) {
    unary_natives!(r,
        "Sqrt" => f64::sqrt, "Abs" => f64::abs, "Floor" => f64::floor, "Ceil" => f64::ceil,
        "Trunc" => f64::trunc, "Round" => f64::round, "RoundToEven" => f64::round_ties_even,
        "Log" => f64::ln, "Log2" => f64::log2, "Log10" => f64::log10, "Log1p" => f64::ln_1p,
        "Exp" => f64::exp, "Exp2" => f64::exp2, "Expm1" => f64::exp_m1,
        "Sin" => f64::sin, "Cos" => f64::cos, "Tan" => f64::tan, "Asin" => f64::asin,
        "Acos" => f64::acos, "Atan" => f64::atan, "Sinh" => f64::sinh, "Cosh" => f64::cosh,
        "Tanh" => f64::tanh, "Cbrt" => f64::cbrt,
    );
    binary_natives!(r, "Pow" => f64::powf, "Atan2" => f64::atan2, "Hypot" => f64::hypot, "Mod" => |x: f64, y: f64| x % y);
    r.register("math", "Float64bits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Int(a[0].as_float().to_bits() as i64)]));
    r.register("math", "Float64frombits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Float(f64::from_bits(a[0].as_int() as u64))]));
    r.register("math", "Float32bits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Int((a[0].as_float() as f32).to_bits() as i64)]));
    r.register("math", "Float32frombits", |_: &mut NativeCx, a: &[Value]| Ok(vec![Value::Float(f32::from_bits(a[0].as_int() as u32) as f64)]));
}
