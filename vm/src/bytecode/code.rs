//! What the compiler produces for one function (or module, class body,
//! comprehension): the bytecode with everything needed to run it and to
//! report errors in it.
//!
//! A `CodeUnit` is independent of any VM: its constants are plain Rust
//! values (`Constant`), nested functions are nested `CodeUnit`s. Loading it
//! into a VM (`crate::objects::code`) turns the constants into Values and
//! the unit into a garbage-collected code object.

use crate::qstr::QStr;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

bitflags::bitflags! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
    pub struct CodeFlags: u16 {
        /// Takes `*args`: its register follows the keyword-only parameters.
        const VARARGS = 1 << 0;
        /// Takes `**kwargs`: its register follows `*args` (or the keyword-only
        /// parameters).
        const VARKEYWORDS = 1 << 1;
        /// Calling it creates a generator.
        const GENERATOR = 1 << 2;
        /// `async def`.
        const COROUTINE = 1 << 3;
        /// `async def` containing `yield`.
        const ASYNC_GENERATOR = 1 << 4;
        /// Module-level code: names are globals.
        const MODULE = 1 << 5;
        /// A class body: names go through the frame's locals dict.
        const CLASS_BODY = 1 << 6;
        /// A function nested in another (its qualname includes `<locals>`).
        const NESTED = 1 << 7;
        /// Compiled for the REPL: expression statements print their value.
        const INTERACTIVE = 1 << 8;
        /// A function with a docstring: it is constant 0.
        const DOCSTRING = 1 << 9;
        /// A generator function marked by `types.coroutine`: its
        /// generators may be awaited.
        const ITERABLE_COROUTINE = 1 << 10;
        /// `@micropython.native`: Python semantics, for a native emitter to
        /// compile (the bytecode VM runs it as any function).
        const NATIVE = 1 << 11;
        /// `@micropython.viper`: compiled in viper mode (typed machine
        /// words, `compile/viper.rs`); implies what NATIVE says.
        const VIPER = 1 << 12;
    }
}

/// A constant of a code unit, before it is loaded into a VM.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An int too large for i64: digits (no sign, prefix or underscores) in
    /// `radix`.
    BigInt {
        negative: bool,
        digits: String,
        radix: u32,
    },
    Float(f64),
    /// A complex number `real + imag*j`.
    Complex {
        real: f64,
        imag: f64,
    },
    /// A string constant that is not interned (long text, docstrings).
    Str(String),
    /// A str holding lone surrogates, as generalized UTF-8 (objects/wtf8.rs).
    SurrogateStr(Vec<u8>),
    /// An interned string.
    QStr(QStr),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A nested function, class body, lambda or comprehension.
    Code(Box<CodeUnit>),
}

/// One entry of a code unit's exception table: an exception raised by an
/// instruction starting at an offset in `start..end` jumps to `handler`
/// with the exception in register `exc_reg`. When ranges nest, the inner
/// (more specific) entry comes first; the first match wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u16,
    pub end: u16,
    pub handler: u16,
    pub exc_reg: u8,
}

/// The source location of an instruction: the line, and the columns
/// (code points, 0-based, end exclusive) of the expression it evaluates,
/// for tracebacks with a caret under the failing expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub col: u16,
    pub end_col: u16,
}

/// Maps bytecode offsets to source locations, compactly: a run of
/// instructions with the same location costs one entry, and entries are
/// delta-encoded variable-length integers (a few bytes each).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineTable {
    bytes: Vec<u8>,
    last_offset: u32,
    last_line: u32,
    last: Option<Location>,
}

fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut value = 0u32;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(*at)?;
        *at += 1;
        value |= ((byte & 0x7f) as u32).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
}

fn zigzag(n: i64) -> u32 {
    ((n << 1) ^ (n >> 63)) as u32
}

fn unzigzag(n: u32) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

impl LineTable {
    pub fn new() -> LineTable {
        LineTable::default()
    }

    /// Record that the instruction at `offset` (and those after it, until
    /// the next entry) comes from `location`. Offsets must not decrease.
    pub fn push(&mut self, offset: u32, location: Location) {
        if self.last == Some(location) {
            return;
        }
        write_varint(&mut self.bytes, offset - self.last_offset);
        write_varint(
            &mut self.bytes,
            zigzag(location.line as i64 - self.last_line as i64),
        );
        write_varint(&mut self.bytes, location.col as u32);
        write_varint(&mut self.bytes, location.end_col as u32);
        self.last_offset = offset;
        self.last_line = location.line;
        self.last = Some(location);
    }

    /// The location of the instruction at `offset`.
    pub fn lookup(&self, offset: u32) -> Option<Location> {
        let mut at = 0;
        let mut entry_offset = 0u32;
        let mut line = 0i64;
        let mut found = None;
        while at < self.bytes.len() {
            entry_offset += read_varint(&self.bytes, &mut at)?;
            line += unzigzag(read_varint(&self.bytes, &mut at)?);
            let col = read_varint(&self.bytes, &mut at)? as u16;
            let end_col = read_varint(&self.bytes, &mut at)? as u16;
            if entry_offset > offset {
                break;
            }
            found = Some(Location {
                line: line as u32,
                col,
                end_col,
            });
        }
        found
    }

    pub fn encoded_len(&self) -> usize {
        self.bytes.len()
    }
}

/// Everything about a compiled function except its constants.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeInfo {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: QStr,
    /// `C.method`, `outer.<locals>.inner`.
    pub qualname: String,
    pub filename: QStr,
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Parameters that can only be passed by position (before `/`).
    pub posonly_count: u8,
    /// Parameters that can be passed by position, `posonly_count` included.
    /// They occupy registers `0..positional_count`.
    pub positional_count: u8,
    /// Keyword-only parameters, in the registers after the positional ones.
    pub kwonly_count: u8,
    /// Names of all parameters in register order: positional, keyword-only,
    /// then `*args` and `**kwargs` if the flags say so.
    pub param_names: Vec<QStr>,
    /// Registers the frame needs (parameters, locals, temporaries).
    pub register_count: u16,
    /// The function's free variables: the cells of its closure tuple are
    /// copied into registers `freevar_start..freevar_start + freevar_count`
    /// when a frame starts.
    pub freevar_start: u8,
    pub freevar_count: u8,
    /// Names of local variables by register, for `locals()`, error messages
    /// and debugging: (register, name).
    pub local_names: Vec<(u8, QStr)>,
    pub bytecode: Vec<u8>,
    pub exception_table: Vec<ExceptionEntry>,
    pub line_table: LineTable,
}

/// A compiled function (or module, class body, comprehension) with its
/// constants, ready to be loaded into a VM.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeUnit {
    pub info: CodeInfo,
    pub consts: Vec<Constant>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_table_round_trips() {
        let mut table = LineTable::new();
        let a = Location {
            line: 3,
            col: 4,
            end_col: 9,
        };
        let b = Location {
            line: 2,
            col: 0,
            end_col: 300,
        };
        let c = Location {
            line: 4000,
            col: 1,
            end_col: 2,
        };
        table.push(0, a);
        table.push(5, a);
        table.push(7, b);
        table.push(700, c);
        assert_eq!(table.lookup(0), Some(a));
        assert_eq!(table.lookup(6), Some(a));
        assert_eq!(table.lookup(7), Some(b));
        assert_eq!(table.lookup(699), Some(b));
        assert_eq!(table.lookup(5000), Some(c));
    }
}
