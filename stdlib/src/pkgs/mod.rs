//! The natives of the packages other than `fmt`, one module per package.

pub(crate) mod atomic;
pub(crate) mod bits;
pub(crate) mod calendar;
pub(crate) mod context;
pub(crate) mod duration;
pub(crate) mod errors;
pub(crate) mod layout;
pub(crate) mod math;
pub(crate) mod os;
pub(crate) mod rand;
pub(crate) mod runtime;
pub(crate) mod sort;
pub(crate) mod strconv;
pub(crate) mod strings;
pub(crate) mod sync;
pub(crate) mod syscall;
pub(crate) mod time;
pub(crate) mod unicode;
pub(crate) mod utf8;
