//! The general path of the compare-and-branch instructions (`JumpUnlessLt`
//! and the rest of their family in `bytecode/opcodes.rs`). The dispatch
//! loop decides two small ints itself; anything else comes here and
//! behaves as the comparison opcode followed by `JumpIfTrue`/`JumpIfFalse`
//! would: floats on their fast path, then the rich comparison (`__lt__`,
//! reflected operands, NotImplemented, TypeError), then the truth of its
//! result (`__bool__`).

use crate::error::PyResult;
use crate::interp::float_paths;
use crate::ops::{self, compare::CompareOp};
use crate::value::Value;
use crate::vm::Vm;

/// The truth of `a op b`.
#[inline(never)]
pub(crate) fn truth(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
    if let Some(truth) = float_paths::compare(vm, op, a, b) {
        return Ok(truth);
    }
    let result = ops::compare::rich(vm, op, a, b)?;
    match result {
        Value::TRUE => Ok(true),
        Value::FALSE => Ok(false),
        _ => {
            // The result lives in no register: keep it alive while its
            // `__bool__` runs.
            vm.push_root(result);
            let truth = ops::truth::truthy(vm, result);
            vm.pop_roots(1);
            truth
        }
    }
}
