//! `_decode(s, idx)`: the JSON value starting at code point `idx` of `s`
//! (after any whitespace the caller skipped), as `(value, end)`, or
//! `(message, position)` plus a third item for a syntax error, which
//! json.py raises as JSONDecodeError (it is a Python class).
//!
//! The parser is a loop over an explicit stack of open containers, never
//! Rust recursion; nesting deeper than the interpreter's recursion limit
//! is a RecursionError with CPython's message, as CPython's recursive
//! scanner gives. Messages and positions are CPython 3.11's.

use alloc::string::String;
use alloc::vec::Vec;
use pyrite_vm::builtins::args::check;
use pyrite_vm::native::Args;
use pyrite_vm::objects::{dict, float, int, list, str as pystr, tuple};
use pyrite_vm::ops::convert::index_isize;
use pyrite_vm::types;
use pyrite_vm::{PyResult, Value, Vm};

/// A syntax error: CPython's message and the byte offset it points at.
struct SyntaxError {
    message: &'static str,
    at: usize,
}

type Parsed<T> = Result<T, SyntaxError>;

fn error<T>(message: &'static str, at: usize) -> Parsed<T> {
    Err(SyntaxError { message, at })
}

/// What went wrong: bad text, or a Python exception (memory, recursion).
enum Failure {
    Syntax(SyntaxError),
    Raised(pyrite_vm::Raised),
}

impl From<pyrite_vm::Raised> for Failure {
    fn from(raised: pyrite_vm::Raised) -> Failure {
        Failure::Raised(raised)
    }
}

impl From<SyntaxError> for Failure {
    fn from(error: SyntaxError) -> Failure {
        Failure::Syntax(error)
    }
}

pub fn decode(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_decode", 2, 2)?;
    let source = args.get(vm, 0);
    if pystr::is_str(&vm.heap, source) {
        // The decoder reads UTF-8 text (docs/differences.md).
        pystr::require_utf8(vm, source)?;
    }
    let Some(text) = pystr::as_text(vm, source) else {
        return Err(vm.raise_type_error("_decode() argument must be str"));
    };
    // A copy, so that the parser can allocate while reading it; the text
    // is already on the GC heap, so its size is bounded.
    let text = String::from(text);
    let start = index_isize(vm, args.get(vm, 1))?.max(0) as usize;
    let start = pystr::byte_offset(vm, source, start.min(pystr::char_count(vm, source)));
    let mark = vm.root_mark();
    let mut parser = Parser {
        text: text.as_bytes(),
        pos: start,
        open: Vec::new(),
    };
    let outcome = parser.value(vm);
    let end = parser.pos;
    let result = match outcome {
        Ok(value) => {
            vm.push_root(value);
            let end = Value::small_int(char_index(&text, end) as isize);
            tuple::new(vm, &[value, end])
        }
        Err(Failure::Syntax(SyntaxError { message, at })) => {
            let position = Value::small_int(char_index(&text, at) as isize);
            pystr::new(vm, message).and_then(|message| {
                vm.push_root(message);
                tuple::new(vm, &[message, position, Value::NONE])
            })
        }
        Err(Failure::Raised(raised)) => Err(raised),
    };
    vm.truncate_roots(mark);
    result
}

fn char_index(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte]
        .iter()
        .filter(|&&b| (b & 0xc0) != 0x80)
        .count()
}

/// An open array or object: the container, rooted on the VM's root stack
/// while it is open, and for an object the key waiting for its value.
enum Open {
    Array(Value),
    Object(Value, Value),
}

struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
    open: Vec<Open>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Open a container; the caller pushed it as a root.
    fn open(&mut self, vm: &mut Vm, container: Open) -> PyResult<()> {
        if self.open.len() >= vm.config().recursion_limit {
            let what = match container {
                Open::Array(_) => "array",
                Open::Object(..) => "object",
            };
            let message = alloc::format!(
                "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
            );
            return Err(vm.raise_msg(types::RECURSION_ERROR, &message));
        }
        self.open.push(container);
        Ok(())
    }

    /// Parse one whole value (with everything nested in it).
    ///
    /// Roots: an open array has itself pushed on the VM's root stack, an
    /// open object itself and then its waiting key; a finished value is
    /// pushed while it goes into its container.
    fn value(&mut self, vm: &mut Vm) -> Result<Value, Failure> {
        'values: loop {
            self.skip_whitespace();
            let mut value = match self.peek() {
                Some(b'[') => {
                    self.pos += 1;
                    let array = list::new(vm, &[])?;
                    self.skip_whitespace();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        array
                    } else {
                        vm.push_root(array);
                        self.open(vm, Open::Array(array))?;
                        continue 'values;
                    }
                }
                Some(b'{') => {
                    self.pos += 1;
                    let object = dict::new(vm)?;
                    self.skip_whitespace();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        object
                    } else {
                        vm.push_root(object);
                        let key = self.key(vm)?;
                        self.open(vm, Open::Object(object, key))?;
                        continue 'values;
                    }
                }
                Some(b'"') => self.string(vm)?,
                _ => self.scalar(vm)?,
            };
            // A value is complete: give it to the innermost open
            // container, and close containers while they end here.
            loop {
                let (container, key) = match self.open.last() {
                    None => return Ok(value),
                    Some(Open::Array(array)) => (*array, None),
                    Some(Open::Object(object, key)) => (*object, Some(*key)),
                };
                vm.push_root(value);
                match key {
                    None => list::append(vm, container, value)?,
                    Some(key) => dict::set(vm, container, key, value)?,
                }
                // The value, and the key it was stored under.
                vm.pop_roots(if key.is_some() { 2 } else { 1 });
                self.skip_whitespace();
                let closing = if key.is_some() { b'}' } else { b']' };
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if key.is_some() {
                            self.skip_whitespace();
                            let key = self.key(vm)?;
                            self.open.pop();
                            self.open.push(Open::Object(container, key));
                        }
                        continue 'values;
                    }
                    Some(byte) if byte == closing => {
                        self.pos += 1;
                        self.open.pop();
                        vm.pop_roots(1);
                        value = container;
                    }
                    _ => {
                        return Err(SyntaxError {
                            message: "Expecting ',' delimiter",
                            at: self.pos,
                        }
                        .into())
                    }
                }
            }
        }
    }

    /// A property name and its `:` (whitespace before the name already
    /// skipped); the key is left pushed as a root.
    fn key(&mut self, vm: &mut Vm) -> Result<Value, Failure> {
        if self.peek() != Some(b'"') {
            return Err(SyntaxError {
                message: "Expecting property name enclosed in double quotes",
                at: self.pos,
            }
            .into());
        }
        let key = self.string(vm)?;
        vm.push_root(key);
        self.skip_whitespace();
        if self.peek() != Some(b':') {
            return Err(SyntaxError {
                message: "Expecting ':' delimiter",
                at: self.pos,
            }
            .into());
        }
        self.pos += 1;
        Ok(key)
    }

    /// A string literal (at its opening quote).
    fn string(&mut self, vm: &mut Vm) -> Result<Value, Failure> {
        let opening = self.pos;
        self.pos += 1;
        // Generalized UTF-8 (objects/wtf8.rs): `\\ud800` is a lone
        // surrogate, as in CPython.
        let mut decoded: Vec<u8> = Vec::new();
        loop {
            let run_start = self.pos;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The run lies between ASCII bytes, so on char boundaries.
            decoded.extend_from_slice(&self.text[run_start..self.pos]);
            match self.peek() {
                None => error("Unterminated string starting at", opening)?,
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(pystr::from_wtf8(vm, &decoded)?);
                }
                Some(b'\\') => self.escape(&mut decoded)?,
                Some(_) => error("Invalid control character at", self.pos)?,
            }
        }
    }

    /// One escape sequence (at its backslash).
    fn escape(&mut self, decoded: &mut Vec<u8>) -> Parsed<()> {
        let backslash = self.pos;
        let Some(letter) = self.text.get(backslash + 1).copied() else {
            // CPython: a string ending in a backslash is unterminated.
            return error("Unterminated string starting at", backslash - 1);
        };
        let simple = match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4(backslash + 2, backslash + 1)?;
                self.pos = backslash + 6;
                let mut code = unit;
                if (0xd800..0xdc00).contains(&unit)
                    && self.text.get(self.pos) == Some(&b'\\')
                    && self.text.get(self.pos + 1) == Some(&b'u')
                {
                    let low = self.hex4(self.pos + 2, self.pos + 1)?;
                    if (0xdc00..0xe000).contains(&low) {
                        code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        self.pos += 6;
                    }
                }
                pyrite_vm::objects::wtf8::push(decoded, code);
                return Ok(());
            }
            _ => return error("Invalid \\escape", backslash),
        };
        let mut buffer = [0u8; 4];
        decoded.extend_from_slice(simple.encode_utf8(&mut buffer).as_bytes());
        self.pos = backslash + 2;
        Ok(())
    }

    /// Four hex digits at `at`; an error points at the `u` (`letter`).
    fn hex4(&self, at: usize, letter: usize) -> Parsed<u32> {
        let Some(digits) = self.text.get(at..at + 4) else {
            return error("Invalid \\uXXXX escape", letter);
        };
        let mut unit = 0;
        for &digit in digits {
            let Some(value) = (digit as char).to_digit(16) else {
                return error("Invalid \\uXXXX escape", letter);
            };
            unit = unit * 16 + value;
        }
        Ok(unit)
    }

    /// A number or one of the named constants.
    fn scalar(&mut self, vm: &mut Vm) -> Result<Value, Failure> {
        let rest = &self.text[self.pos..];
        for (name, make) in [
            (&b"null"[..], 0),
            (b"true", 1),
            (b"false", 2),
            (b"NaN", 3),
            (b"Infinity", 4),
            (b"-Infinity", 5),
        ] {
            if rest.starts_with(name) {
                self.pos += name.len();
                return Ok(match make {
                    0 => Value::NONE,
                    1 => Value::TRUE,
                    2 => Value::FALSE,
                    3 => float::new(vm, f64::NAN)?,
                    4 => float::new(vm, f64::INFINITY)?,
                    _ => float::new(vm, f64::NEG_INFINITY)?,
                });
            }
        }
        self.number(vm)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`: an int without a
    /// fraction or exponent, else a float.
    fn number(&mut self, vm: &mut Vm) -> Result<Value, Failure> {
        let start = self.pos;
        let digits_from = |text: &[u8], at: usize| {
            text[at.min(text.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let mut end = start;
        let negative = self.text.get(end) == Some(&b'-');
        if negative {
            end += 1;
        }
        match self.text.get(end) {
            Some(b'0') => end += 1,
            Some(b'1'..=b'9') => end += digits_from(self.text, end),
            _ => {
                return Err(SyntaxError {
                    message: "Expecting value",
                    at: start,
                }
                .into())
            }
        }
        let integer_end = end;
        if self.text.get(end) == Some(&b'.') {
            let fraction = digits_from(self.text, end + 1);
            if fraction > 0 {
                end += 1 + fraction;
            }
        }
        if let Some(b'e' | b'E') = self.text.get(end) {
            let mut exponent = end + 1;
            if let Some(b'+' | b'-') = self.text.get(exponent) {
                exponent += 1;
            }
            let digits = digits_from(self.text, exponent);
            if digits > 0 {
                end = exponent + digits;
            }
        }
        self.pos = end;
        // ASCII digits and signs only, so valid UTF-8.
        let literal = core::str::from_utf8(&self.text[start..end]).unwrap_or("0");
        if end == integer_end {
            let digits = &literal[negative as usize..];
            return Ok(int::from_digits(vm, negative, digits, 10)?);
        }
        let x = pyrite_vm::format::parse_float(literal).unwrap_or(f64::NAN);
        Ok(float::new(vm, x)?)
    }
}
