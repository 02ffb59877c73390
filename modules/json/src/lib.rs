//! The `json` module with CPython's API, output format and errors.
//!
//! The encoder is frozen Python (`json.py`): its options (indent,
//! separators, sort_keys, default, circular-reference checks) are plain
//! control flow over Python objects, and nesting is bounded by the
//! interpreter's own recursion limit. The two loops that run per
//! character are native: `_encode_str` (quoting and escaping a str) and
//! `_decode` (the whole parser, `decode.rs`, iterative, so deep input
//! cannot reach the Rust stack).

#![no_std]

extern crate alloc;

mod decode;
mod escape;

use alloc::string::String;
use pyrite_vm::builtins::args::check;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::str as pystr;
use pyrite_vm::{PyResult, Value, Vm};

const SOURCE: &str = include_str!("json.py");

pub static MODULE: ModuleDef = ModuleDef {
    name: "json",
    functions: &[
        &NativeFunction::function("_encode_str", encode_str),
        &NativeFunction::function("_decode", decode::decode),
    ],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    pyrite_vm::modules::run_frozen_source(vm, namespace, "<frozen json>", SOURCE)
}

/// `_encode_str(s, ensure_ascii)`: `s` as a JSON string literal, quotes
/// included.
fn encode_str(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_encode_str", 2, 2)?;
    // A str subclass instance encodes as its str value.
    let value = pyrite_vm::ops::arith::unwrap_native(vm, args.get(vm, 0));
    let ensure_ascii = args.get(vm, 1) == Value::TRUE;
    if pystr::is_str(&vm.heap, value) {
        // The encoder reads UTF-8 text (docs/differences.md).
        pystr::require_utf8(vm, value)?;
    }
    let Some(text) = pystr::as_text(vm, value) else {
        return Err(vm.raise_type_error("_encode_str() argument must be str"));
    };
    let mut out = String::with_capacity(text.len() + 2);
    escape::quote(text, ensure_ascii, &mut out);
    pystr::new(vm, &out)
}
