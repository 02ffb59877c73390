//! Float fast paths for the dispatch loop.
//!
//! Arithmetic on floats otherwise goes through `ops::arith::binary`, which
//! checks for user objects, converts both operands, and dispatches on the
//! operator a second time. Here, when both operands are exact floats or one
//! is a float and the other a small int, `+ - * /` and the comparisons are
//! computed directly. Everything with subtle cases (`//`, `%`, `**`,
//! division by zero, ints too large to convert exactly for a comparison)
//! is left to the general path, so results are the same by construction.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::float;
use crate::ops::{self, compare::CompareOp};
use crate::value::Value;
use crate::vm::Vm;

/// Small ints of at most this magnitude convert to f64 exactly (every
/// small int on a 32-bit target).
const EXACT_INT_LIMIT: i64 = 1 << 53;

/// Both operands as f64 if at least one is a float and the other a float
/// or a small int (`exact`: the int must convert without rounding).
#[inline(always)]
fn operands(vm: &Vm, a: Value, b: Value, exact: bool) -> Option<(f64, f64)> {
    let as_f64 = |v: Value| -> Option<f64> {
        if let Some(n) = v.as_small_int() {
            if exact && !(-EXACT_INT_LIMIT..=EXACT_INT_LIMIT).contains(&(n as i64)) {
                return None;
            }
            Some(n as f64)
        } else if vm.heap.kind_of(v) == Some(ObjKind::Float) {
            Some(float::value(vm, v))
        } else {
            None
        }
    };
    if !(a.is_heap() || b.is_heap()) {
        return None;
    }
    let (x, y) = (as_f64(a)?, as_f64(b)?);
    // Two small ints are not this path's business (int / int is the
    // general path's).
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    Some((x, y))
}

/// What every binary opcode does after its small-int path: floats here,
/// anything else in `ops::arith` (`in_place`: for `a op= b`; floats have
/// no in-place operators, so `+=` on them is `+`).
#[inline(always)]
pub(crate) fn binary_or_general(
    vm: &mut Vm,
    op: BinaryOp,
    a: Value,
    b: Value,
    in_place: bool,
) -> PyResult {
    match binary(vm, op, a, b) {
        Some(x) => float::new(vm, x),
        None if in_place => ops::arith::inplace(vm, op, a, b),
        None => ops::arith::binary(vm, op, a, b),
    }
}

/// The f64 result of `a op b`, or None when the general path must decide.
#[inline(always)]
pub(crate) fn binary(vm: &Vm, op: BinaryOp, a: Value, b: Value) -> Option<f64> {
    let (x, y) = operands(vm, a, b, false)?;
    match op {
        BinaryOp::Add => Some(x + y),
        BinaryOp::Sub => Some(x - y),
        BinaryOp::Mul => Some(x * y),
        BinaryOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a op b` for comparisons, or None when the general path must decide.
#[inline(always)]
pub(crate) fn compare(vm: &Vm, op: CompareOp, a: Value, b: Value) -> Option<bool> {
    let (x, y) = operands(vm, a, b, true)?;
    Some(match op {
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    })
}
