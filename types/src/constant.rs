//! Exact constant values, as Go's `go/constant`: untyped constants keep arbitrary precision.
use num_bigint::BigInt;
use num_rational::BigRational;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    /// Go strings are byte sequences and may hold invalid UTF-8 (`"\xff"`).
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
}
