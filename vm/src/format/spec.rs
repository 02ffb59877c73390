//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing follows CPython's `parse_internal_render_format_spec` step by
//! step, because the order of its checks decides which error a bad spec
//! raises. CPython parses with a per-type default alignment; this parser
//! does not know the type, so it records what was written (explicit fill,
//! explicit align, the `0` flag) and [`FormatSpec::resolve`] applies a
//! type's defaults later. The only type-independent validation done here
//! is CPython's: grouping against the type code.

use super::error::{write_code, FormatError};
use alloc::string::String;
use core::fmt::Write;

/// The digit-group separator requested with `,` or `_`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grouping {
    Comma,
    Underscore,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub(crate) fill: Option<char>,
    pub(crate) align: Option<char>,
    pub(crate) sign: Option<char>,
    pub(crate) no_neg_zero: bool,
    pub(crate) alternate: bool,
    /// The `0` before the width (only when no fill character was given).
    pub(crate) zero: bool,
    pub(crate) width: Option<usize>,
    pub(crate) grouping: Option<Grouping>,
    pub(crate) precision: Option<usize>,
    pub(crate) ty: Option<char>,
}

/// A spec with one type's defaults applied: what the layout code needs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Resolved {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub width: usize,
    /// Separator and group size.
    pub grouping: Option<(char, usize)>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// A decimal digit; CPython accepts any Unicode decimal in widths and
/// precisions (`format(5, '١٠')` is ten wide).
fn digit(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| super::parse::unicode_digit(c))
}

/// Read decimal digits at the front of `*rest`; `None` when there are
/// none.
fn integer(rest: &mut &str) -> Result<Option<usize>, FormatError> {
    let mut value: usize = 0;
    let mut any = false;
    while let Some(d) = rest.chars().next().and_then(digit) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            // CPython's limit is Py_ssize_t.
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::message("Too many decimal digits in format string"))?;
        let width = rest.chars().next().map_or(0, char::len_utf8);
        *rest = &rest[width..];
        any = true;
    }
    Ok(any.then_some(value))
}

/// Take `c` off the front of `*rest` if it is there.
fn eat(rest: &mut &str, c: char) -> bool {
    match rest.strip_prefix(c) {
        Some(after) => {
            *rest = after;
            true
        }
        None => false,
    }
}

impl FormatSpec {
    pub fn parse(text: &str) -> Result<FormatSpec, FormatError> {
        // `rest` is what is left to parse; it only ever loses its front.
        let mut rest = text;
        let mut spec = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut chars = rest.chars();
        let (first, second) = (chars.next(), chars.next());
        if let (Some(fill), Some(align)) = (first, second.filter(|&c| is_align(c))) {
            spec.fill = Some(fill);
            spec.align = Some(align);
            rest = chars.as_str();
        } else if let Some(align) = first.filter(|&c| is_align(c)) {
            spec.align = Some(align);
            rest = &rest[1..];
        }
        if let Some(sign @ ('+' | '-' | ' ')) = rest.chars().next() {
            spec.sign = Some(sign);
            rest = &rest[1..];
        }
        spec.no_neg_zero = eat(&mut rest, 'z');
        spec.alternate = eat(&mut rest, '#');
        spec.zero = spec.fill.is_none() && eat(&mut rest, '0');
        spec.width = integer(&mut rest)?;
        let both = || FormatError::message("Cannot specify both ',' and '_'.");
        if eat(&mut rest, ',') {
            spec.grouping = Some(Grouping::Comma);
        }
        if eat(&mut rest, '_') {
            if spec.grouping.is_some() {
                return Err(both());
            }
            spec.grouping = Some(Grouping::Underscore);
        }
        if rest.starts_with(',') && spec.grouping == Some(Grouping::Underscore) {
            return Err(both());
        }
        if eat(&mut rest, '.') {
            spec.precision = integer(&mut rest)?;
            if spec.precision.is_none() {
                return Err(FormatError::message("Format specifier missing precision"));
            }
        }
        let mut chars = rest.chars();
        spec.ty = chars.next();
        if !chars.as_str().is_empty() {
            return Err(FormatError::invalid_spec(text));
        }
        if let Some(grouping) = spec.grouping {
            match spec.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => {}
                Some(ty) => return Err(bad_grouping(grouping, ty)),
            }
        }
        Ok(spec)
    }

    /// Whether a type code was given.
    pub fn has_type(&self) -> bool {
        self.ty.is_some()
    }

    /// A float presentation type, which `int` formats by converting to
    /// float first.
    pub fn is_float_type(&self) -> bool {
        matches!(self.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))
    }

    /// The `c` type: an int formatted as the character it codes.
    pub fn is_char_type(&self) -> bool {
        self.ty == Some('c')
    }

    /// The same spec with no type code.
    pub fn without_type(&self) -> FormatSpec {
        FormatSpec {
            ty: None,
            ..self.clone()
        }
    }

    /// The base in which `format_int` expects an int's digits.
    pub fn int_radix(&self) -> u32 {
        match self.ty {
            Some('b') => 2,
            Some('o') => 8,
            Some('x' | 'X') => 16,
            _ => 10,
        }
    }

    /// The `c` checks CPython makes before it looks at the value, so that
    /// a bad spec is reported ahead of an out-of-range code point.
    pub fn validate_char(&self) -> Result<(), FormatError> {
        check_int_common(self)?;
        if self.sign.is_some() {
            return Err(FormatError::message(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if self.alternate {
            return Err(FormatError::message(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        Ok(())
    }

    /// Apply a type's defaults: numbers align right and take the `0` flag
    /// as "pad with zeros after the sign"; strings align left and take it
    /// as a fill character only.
    pub(crate) fn resolve(&self, numeric: bool, group_size: usize) -> Resolved {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = match self.align {
            Some(a) => a,
            None if numeric && self.zero => '=',
            None if numeric => '>',
            None => '<',
        };
        let grouping = self.grouping.map(|g| match g {
            Grouping::Comma => (',', group_size),
            Grouping::Underscore => ('_', group_size),
        });
        Resolved {
            fill,
            align,
            sign: self.sign,
            width: self.width.unwrap_or(0),
            grouping,
        }
    }
}

/// The integer checks shared by every int presentation, in CPython's
/// order.
pub(crate) fn check_int_common(spec: &FormatSpec) -> Result<(), FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::message(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::message(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    Ok(())
}

pub(crate) fn bad_grouping(grouping: Grouping, ty: char) -> FormatError {
    let mut text = String::from("Cannot specify '");
    text.push(match grouping {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    });
    text.push_str("' with '");
    let _ = write_code(&mut text, ty);
    let _ = text.write_str("'.");
    FormatError::message(text)
}
