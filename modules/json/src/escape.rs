//! JSON string literals as CPython writes them: `"` and `\` escaped, the
//! control characters as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`, and
//! with `ensure_ascii` DEL and every non-ASCII character as `\uXXXX` (a UTF-16
//! surrogate pair above U+FFFF).

use alloc::string::String;
use core::fmt::Write;

pub fn quote(text: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => push_unit(out, c as u32),
            // ensure_ascii keeps only printable ASCII, as CPython does.
            '\u{7f}' if ensure_ascii => push_unit(out, 0x7f),
            c if ensure_ascii && !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    push_unit(out, *unit as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn push_unit(out: &mut String, unit: u32) {
    // Writing to a String cannot fail.
    let _ = write!(out, "\\u{unit:04x}");
}
