//! Running `str` methods on strs that hold lone surrogates.
//!
//! The methods in `str_methods.rs` work on `&str`, which a str with
//! surrogates (objects/wtf8.rs) does not have. Rather than a second copy
//! of each method, such a call is *lifted*: every surrogate U+D800+k in
//! the operands is replaced by the stand-in U+B+k, where B is the first of
//! the 2048-code-point private-use blocks U+E000, U+E800, U+F000 that no
//! operand uses; the method runs on these ordinary strs; each stand-in in
//! its result is put back.
//!
//! This is exact, not an approximation, because
//! - the mapping is one-to-one on the characters present (B is unused);
//! - a stand-in is 3 bytes in UTF-8 like a surrogate, so byte offsets and
//!   code-point counts are those of the original text;
//! - private-use characters have the properties of surrogates as far as
//!   str methods see: no case mapping, not alphabetic, numeric, space,
//!   printable or identifier characters;
//! - the lifted methods build their results only from operand characters,
//!   case mappings of other characters and ASCII (fill, zeros, spaces), so
//!   a stand-in in a result always came from a surrogate.
//!
//! Only methods with that last property are lifted (see `METHODS` in
//! `str_methods.rs`). The check costs ordinary calls one kind test per
//! argument.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFn};
use crate::objects::{instance, list, str as pystr, tuple};
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

/// The UTF-8 lead byte and first second byte of each stand-in block:
/// U+E000 is EE 80 80, U+E800 is EE A0 80, U+F000 is EF 80 80. A block
/// spans 32 second-byte values, like the surrogates' A0..=BF.
const BLOCKS: [(u8, u8); 3] = [(0xEE, 0x80), (0xEE, 0xA0), (0xEF, 0x80)];

/// Call str method `method`, lifting when an operand holds surrogates.
#[inline]
pub(super) fn call(vm: &mut Vm, args: &Args, method: NativeFn) -> PyResult {
    if !any_surrogates(vm, args) {
        return method(vm, args);
    }
    lifted_call(vm, args, method)
}

fn operand_count(vm: &Vm, args: &Args) -> usize {
    args.count + args.keyword_count(vm)
}

/// The str inside `value` if it holds surrogates: the value itself or the
/// native str of a str subclass instance.
fn surrogate_str(vm: &Vm, value: Value) -> Option<Value> {
    match vm.heap.kind_of(value) {
        Some(ObjKind::SurrogateStr) => Some(value),
        Some(ObjKind::Instance) => {
            let native = instance::native(vm, value);
            pystr::has_surrogates(&vm.heap, native).then_some(native)
        }
        _ => None,
    }
}

fn any_surrogates(vm: &Vm, args: &Args) -> bool {
    (0..operand_count(vm, args)).any(|i| {
        let value = vm.stack[args.base + i];
        if !value.is_heap() {
            return false;
        }
        if vm.heap.kind_of(value) == Some(ObjKind::Tuple) {
            // `startswith(('a', '\ud800'))`.
            return tuple::items(vm, value)
                .iter()
                .any(|&item| surrogate_str(vm, item).is_some());
        }
        surrogate_str(vm, value).is_some()
    })
}

/// Every str operand, and the str items of tuple operands.
fn str_operands(vm: &Vm, args: &Args) -> Vec<Value> {
    let mut found = Vec::new();
    for i in 0..operand_count(vm, args) {
        let value = crate::ops::arith::unwrap_native(vm, vm.stack[args.base + i]);
        if vm.heap.kind_of(value) == Some(ObjKind::Tuple) {
            for &item in tuple::items(vm, value) {
                let item = crate::ops::arith::unwrap_native(vm, item);
                if pystr::is_str(&vm.heap, item) {
                    found.push(item);
                }
            }
        } else if pystr::is_str(&vm.heap, value) {
            found.push(value);
        }
    }
    found
}

/// Whether `pair` starts a character of stand-in block `block`.
fn in_block(pair: &[u8], block: usize) -> bool {
    let (lead, second) = BLOCKS[block];
    pair[0] == lead && (second..second + 0x20).contains(&pair[1])
}

/// The index in `BLOCKS` of a stand-in block none of `texts` (generalized
/// UTF-8) uses; None when they use all three.
pub(crate) fn free_block(texts: &[&[u8]]) -> Option<usize> {
    (0..BLOCKS.len()).find(|&block| {
        texts
            .iter()
            .all(|text| !text.windows(2).any(|pair| in_block(pair, block)))
    })
}

/// The error when no stand-in block is free.
pub(crate) fn no_free_block(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_value_error(
        "str methods cannot mix lone surrogates with private-use characters \
         from all of U+E000..U+F7FF",
    )
}

/// `data` with each surrogate replaced by its stand-in in `block`: valid
/// UTF-8 of the same length.
pub(crate) fn lift_bytes(data: &[u8], block: usize) -> Vec<u8> {
    let (lead, second) = BLOCKS[block];
    let mut out = Vec::from(data);
    let mut i = 0;
    while i + 2 < out.len() {
        if out[i] == 0xED && out[i + 1] >= 0xA0 {
            out[i] = lead;
            out[i + 1] = second + (out[i + 1] - 0xA0);
            i += 3;
        } else {
            i += 1;
        }
    }
    out
}

/// `data` with each stand-in of `block` put back as its surrogate.
pub(crate) fn lower_bytes(data: &[u8], block: usize) -> Vec<u8> {
    let second = BLOCKS[block].1;
    let mut out = Vec::from(data);
    let mut i = 0;
    while i + 2 < out.len() {
        if in_block(&out[i..], block) {
            out[i] = 0xED;
            out[i + 1] = 0xA0 + (out[i + 1] - second);
            i += 3;
        } else {
            i += 1;
        }
    }
    out
}

fn choose_block(vm: &mut Vm, args: &Args) -> PyResult<usize> {
    let operands: Vec<Vec<u8>> = str_operands(vm, args)
        .into_iter()
        .map(|operand| Vec::from(pystr::bytes(vm, operand)))
        .collect();
    let texts: Vec<&[u8]> = operands.iter().map(Vec::as_slice).collect();
    match free_block(&texts) {
        Some(block) => Ok(block),
        None => Err(no_free_block(vm)),
    }
}

/// `value` with its surrogates replaced by stand-ins of `block` (values
/// that hold none are returned as they are). A tuple is rebuilt.
fn lift(vm: &mut Vm, value: Value, block: usize) -> PyResult {
    if vm.heap.kind_of(value) == Some(ObjKind::Tuple) {
        let len = tuple::len(vm, value);
        if !(0..len).any(|i| surrogate_str(vm, tuple::item(vm, value, i)).is_some()) {
            return Ok(value);
        }
        vm.push_root(value);
        let copy = tuple::new_filled(vm, len);
        vm.pop_roots(1);
        let copy = copy?;
        for i in 0..len {
            let item = tuple::item(vm, value, i);
            tuple::set_item(vm, copy, i, item);
        }
        vm.push_root(copy);
        let result = (|| {
            for i in 0..len {
                let item = tuple::item(vm, copy, i);
                let lifted = lift(vm, item, block)?;
                tuple::set_item(vm, copy, i, lifted);
            }
            Ok(copy)
        })();
        vm.pop_roots(1);
        return result;
    }
    let Some(text) = surrogate_str(vm, value) else {
        return Ok(value);
    };
    let lifted = lift_bytes(pystr::bytes(vm, text), block);
    pystr::from_wtf8(vm, &lifted)
}

/// A str result with the stand-ins of `block` put back as surrogates.
fn lower_str(vm: &mut Vm, value: Value, block: usize) -> PyResult {
    let data = pystr::bytes(vm, value);
    if !data.windows(2).any(|pair| in_block(pair, block)) {
        return Ok(value);
    }
    let lowered = lower_bytes(data, block);
    pystr::from_wtf8(vm, &lowered)
}

/// The method's result with stand-ins put back: a str, or the strs in a
/// list or tuple the method made (`split`, `partition`).
fn lower(vm: &mut Vm, result: Value, block: usize) -> PyResult {
    if pystr::is_str(&vm.heap, result) {
        return lower_str(vm, result, block);
    }
    let kind = vm.heap.kind_of(result);
    if !matches!(kind, Some(ObjKind::List | ObjKind::Tuple)) {
        return Ok(result);
    }
    vm.push_root(result);
    let outcome = (|| {
        let len = if kind == Some(ObjKind::List) {
            list::len(vm, result)
        } else {
            tuple::len(vm, result)
        };
        for i in 0..len {
            let item = if kind == Some(ObjKind::List) {
                list::item(vm, result, i)
            } else {
                tuple::item(vm, result, i)
            };
            if !pystr::is_str(&vm.heap, item) {
                continue;
            }
            let lowered = lower_str(vm, item, block)?;
            if kind == Some(ObjKind::List) {
                list::set_item(vm, result, i, lowered);
            } else {
                tuple::set_item(vm, result, i, lowered);
            }
        }
        Ok(result)
    })();
    vm.pop_roots(1);
    outcome
}

#[inline(never)]
fn lifted_call(vm: &mut Vm, args: &Args, method: NativeFn) -> PyResult {
    let block = choose_block(vm, args)?;
    let top = vm.stack.len();
    let outcome = (|| {
        for i in 0..operand_count(vm, args) {
            let lifted = lift(vm, vm.stack[args.base + i], block)?;
            // On the value stack, so rooted while the rest are lifted.
            vm.stack.push(lifted);
        }
        let inner = Args {
            base: top,
            count: args.count,
            kwnames: args.kwnames,
        };
        let result = method(vm, &inner)?;
        if result == vm.stack[top] {
            // The receiver unchanged (`strip` with nothing to strip).
            return Ok(crate::ops::arith::unwrap_native(vm, args.get(vm, 0)));
        }
        vm.stack.push(result);
        lower(vm, result, block)
    })();
    vm.stack.truncate(top);
    outcome
}
