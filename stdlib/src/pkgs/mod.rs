//! The natives of the packages other than `fmt`, one module per package.

pub(crate) mod errors;
pub(crate) mod math;
pub(crate) mod os;
pub(crate) mod rand;
pub(crate) mod sort;
pub(crate) mod strconv;
pub(crate) mod strings;
pub(crate) mod unicode;
