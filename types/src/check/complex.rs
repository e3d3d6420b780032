//! The builtins that build and take apart complex numbers: `complex(re, im)`, `real(z)` and
//! `imag(z)`, with Go's typing (float32 pairs with complex64, float64 with complex128,
//! untyped float with untyped complex) and constant folding.
use minigo_parser::ast::Expr;

use super::assign::{OpMode, Operand};
use super::Checker;
use crate::api::*;
use crate::constant::Value;

impl<'a> Checker<'a> {
    /// `complex(x, y)`.
    pub(crate) fn builtin_complex<'e>(&mut self, e: &'e Expr, mut x: Operand<'e>, mut y: Operand<'e>) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        let (xu, yu) = (self.info.table.is_untyped(x.ty), self.info.table.is_untyped(y.ty));
        if xu && !yu {
            if !self.convert_untyped_in(&mut x, y.ty) {
                return inv;
            }
        } else if yu && !xu {
            if !self.convert_untyped_in(&mut y, x.ty) {
                return inv;
            }
        } else if xu && yu {
            // Two untyped operands are floats when their values allow it.
            self.untyped_float_part(&mut x);
            self.untyped_float_part(&mut y);
        }
        if x.ty != y.ty {
            let (xs, ys, cs) = (self.type_string(x.ty), self.type_string(y.ty), self.expr_str(e));
            self.error_at(&x, format!("invalid operation: {cs} (mismatched types {xs} and {ys})"));
            return inv;
        }
        let Some(result) = self.info.table.basic_kind(x.ty).and_then(BasicKind::complex_of) else {
            let ts = self.type_string(x.ty);
            self.error_at(&x, format!("invalid argument: arguments have type {ts}, expected floating-point"));
            return inv;
        };
        let ty = self.info.table.basic(result);
        let val = match (x.mode, y.mode, &x.val, &y.val) {
            (OpMode::Constant, OpMode::Constant, Some(re), Some(im)) => Some(Value::complex(as_float(re), as_float(im))),
            _ => None,
        };
        let mode = if val.is_some() { OpMode::Constant } else { OpMode::Value };
        Operand { mode, ty, val, expr: Some(e), nth: None }
    }

    /// An untyped numeric constant with a zero imaginary part becomes an untyped float.
    fn untyped_float_part(&mut self, x: &mut Operand) {
        let real = x.val.as_ref().and_then(|v| v.parts()).is_some_and(|(_, im)| im.is_zero());
        if x.mode == OpMode::Constant && self.info.table.is_numeric(x.ty) && real {
            x.ty = self.info.table.basic(BasicKind::UntypedFloat);
            x.val = x.val.as_ref().and_then(|v| v.parts()).map(|(re, _)| re);
        }
    }

    /// `real(x)` or `imag(x)` (`imag` set).
    pub(crate) fn builtin_real_imag<'e>(&mut self, e: &'e Expr, mut x: Operand<'e>, imag: bool) -> Operand<'e> {
        let inv = Operand::invalid(&self.info.table, Some(e));
        if x.mode == OpMode::Constant && self.info.table.is_untyped(x.ty) && self.info.table.is_numeric(x.ty) {
            x.ty = self.info.table.basic(BasicKind::UntypedComplex);
        }
        let Some(result) = self.info.table.basic_kind(x.ty).and_then(BasicKind::part_of) else {
            let ts = self.type_string(x.ty);
            self.error_at(&x, format!("invalid argument: argument has type {ts}, expected complex type"));
            return inv;
        };
        let ty = self.info.table.basic(result);
        match x.val.as_ref().and_then(|v| v.parts()).filter(|_| x.mode == OpMode::Constant) {
            Some((re, im)) => Operand { mode: OpMode::Constant, ty, val: Some(if imag { im } else { re }), expr: Some(e), nth: None },
            None => Operand { mode: OpMode::Value, ty, val: None, expr: Some(e), nth: None },
        }
    }
}

/// A constant's value as a float part of a complex constant (`complex(1, 2)` has float parts).
fn as_float(v: &Value) -> Value {
    v.to_rat().map(Value::Float).unwrap_or_else(|| v.clone())
}
