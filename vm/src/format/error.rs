//! The error of a format operation: the text of the `ValueError` CPython
//! raises. Two of CPython's messages name the type of the formatted object
//! ("Invalid format specifier ... for object of type 'int'"), which the
//! spec parser cannot know; those errors keep a slot that the caller fills
//! with [`FormatError::for_type`] before showing the message.

use alloc::string::String;
use core::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    /// A complete message.
    Message(String),
    /// More than one character left where the type code belongs.
    InvalidSpec(String),
    /// A type code the formatted type does not have.
    UnknownCode(char),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    kind: Kind,
    type_name: Option<String>,
}

impl FormatError {
    pub(crate) fn message(text: impl Into<String>) -> FormatError {
        FormatError {
            kind: Kind::Message(text.into()),
            type_name: None,
        }
    }

    pub(crate) fn invalid_spec(spec: &str) -> FormatError {
        FormatError {
            kind: Kind::InvalidSpec(String::from(spec)),
            type_name: None,
        }
    }

    pub(crate) fn unknown_code(code: char) -> FormatError {
        FormatError {
            kind: Kind::UnknownCode(code),
            type_name: None,
        }
    }

    /// Name the type of the formatted object in the message. The first
    /// name given wins, so a lower layer's more precise name is kept.
    pub fn for_type(mut self, type_name: &str) -> FormatError {
        if self.type_name.is_none() {
            self.type_name = Some(String::from(type_name));
        }
        self
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let type_name = self.type_name.as_deref().unwrap_or("object");
        match &self.kind {
            Kind::Message(text) => f.write_str(text),
            Kind::InvalidSpec(spec) => write!(
                f,
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ),
            Kind::UnknownCode(code) => {
                f.write_str("Unknown format code '")?;
                write_code(f, *code)?;
                write!(f, "' for object of type '{type_name}'")
            }
        }
    }
}

/// A type code as CPython quotes it: printable ASCII as itself, anything
/// else as `\x` and lowercase hex without padding (`'\x1'`).
pub(crate) fn write_code(f: &mut impl fmt::Write, code: char) -> fmt::Result {
    let n = code as u32;
    if n > 32 && n < 128 {
        f.write_char(code)
    } else {
        write!(f, "\\x{n:x}")
    }
}
