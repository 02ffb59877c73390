//! The text of numbers and strings, as CPython 3.11 writes and reads it.
//!
//! This module knows nothing about the heap: callers (mainly
//! `ops::format`) pass plain Rust values (an `f64`, the digits of an
//! integer, a `&str`) and get a `String` or a [`FormatError`] whose text is
//! CPython's `ValueError` message. The pieces:
//!
//! - [`spec`]: the format-spec mini-language parser ([`FormatSpec`]).
//! - [`layout`]: sign, prefix, zero padding, digit grouping and alignment,
//!   shared by every numeric type (CPython's `calc_number_widths`).
//! - [`float`]: float digits (shortest and fixed precision, taken from
//!   `core`'s exact formatter), `repr`, the `e f g r` presentations, and
//!   `round`.
//! - [`int`], [`string`], [`complex`]: `format()` for each type.
//! - [`percent`]: printf-style `%` conversions.
//! - [`parse`]: text to float, for `float(str)`.

mod complex;
mod error;
mod float;
pub mod hexfloat;
mod int;
mod layout;
mod parse;
mod percent;
mod spec;
mod string;
#[cfg(test)]
mod tests;

pub use complex::format_complex;
pub use error::FormatError;
pub use float::{float_repr, format_float, round_half_even};
pub use int::{format_char, format_int};
pub use parse::parse_float;
pub use percent::{
    percent_format_float, percent_format_int, percent_format_text, PercentFlags, PercentPiece,
    PercentPieces, PercentSpec,
};
pub use spec::FormatSpec;
pub use string::format_str;
