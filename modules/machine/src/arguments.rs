//! Argument checks shared by the classes: counts of methods, worded
//! without the receiver (`Pin.value() takes at most 1 argument (2 given)`:
//! the count a user sees is what they wrote between the parentheses), and
//! int arguments with messages that name what they are.

use pyrite_vm::native::Args;
use pyrite_vm::objects::int;
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

/// An int argument: Some(n), or None for an int too large for a word;
/// a TypeError naming `what` for anything else.
pub fn int_value(vm: &mut Vm, value: Value, what: &str) -> PyResult<Option<isize>> {
    let value = ops::arith::unwrap_native(vm, value);
    if !int::is_int(vm, value) {
        let message = alloc::format!(
            "{} must be an int, not '{}'",
            what,
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    if int::is_big(vm, value) {
        return Ok(None);
    }
    ops::convert::index_isize(vm, value).map(Some)
}

/// Check a method call (receiver in argument 0) has no keywords and
/// `min..=max` arguments after the receiver.
#[inline]
pub fn check_method(
    vm: &mut Vm,
    args: &Args,
    qualified_name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let given = args.count.saturating_sub(1);
    if !args.kwnames.is_heap() && (min..=max).contains(&given) {
        return Ok(());
    }
    reject(vm, args, qualified_name, min, max)
}

#[cold]
#[inline(never)]
fn reject(vm: &mut Vm, args: &Args, qualified_name: &str, min: usize, max: usize) -> PyResult<()> {
    let given = args.count.saturating_sub(1);
    let message = if args.kwnames.is_heap() {
        alloc::format!("{qualified_name}() takes no keyword arguments")
    } else if max == 0 {
        alloc::format!("{qualified_name}() takes no arguments ({given} given)")
    } else {
        let (bound, count) = if given < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        let bound = if min == max { "exactly" } else { bound };
        let noun = if count == 1 { "argument" } else { "arguments" };
        alloc::format!("{qualified_name}() takes {bound} {count} {noun} ({given} given)")
    };
    Err(vm.raise_type_error(&message))
}
