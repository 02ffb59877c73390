//! `for` loops that allocate nothing: over `range(...)` without a range
//! object, and over a list or tuple without an iterator object.
//!
//! A `for` statement keeps its loop state in three registers. `LoopOver`
//! fills them with (the list or tuple, the next index, None), or with an
//! iterator and UNBOUND for anything else; `ForNext` steps either.
//!
//! The compiler turns a loop over a call of the name `range` into
//! `RangeLoop` + `ForNext`. When the name is the builtin range at run time
//! and the arguments are small ints, the loop keeps its count in three
//! registers (next value, stop, step: all small ints, so nothing for the
//! collector and no heap): a counting loop allocates nothing, which is
//! what lets it run while the heap is locked (an interrupt handler, a
//! sensor loop). Otherwise `range` is called as written and the loop
//! iterates over the result, with UNBOUND in the second register to say so.

use crate::value::Value;

/// The counting state for `range(*args)`, or None when the arguments are
/// not one to three small ints with a non-zero step (then the call itself
/// runs, and raises what range raises).
pub fn counting_state(args: &[Value]) -> Option<[Value; 3]> {
    let mut ints = [0isize; 3];
    for (slot, arg) in ints.iter_mut().zip(args) {
        *slot = arg.as_small_int()?;
    }
    let (start, stop, step) = match args.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        3 => (ints[0], ints[1], ints[2]),
        _ => return None,
    };
    if step == 0 {
        return None;
    }
    Some([
        Value::small_int(start),
        Value::small_int(stop),
        Value::small_int(step),
    ])
}

/// The next value of a counting state, advancing it; None when done.
///
/// Works on the tagged words (`2n+1`): they order as the ints do, and
/// adding `2*step` to one is adding `step` to its int, with the word's
/// overflow exactly where the small-int range ends. This is the step of
/// every `for i in range(...)` loop, so it avoids untagging.
#[inline]
pub fn advance(state: &mut [Value]) -> Option<Value> {
    let (next, stop, step) = (state[0], state[1], state[2]);
    // One test for all three (a counting state only holds small ints).
    if !Value::from_raw(next.raw() & stop.raw() & step.raw()).is_small_int() {
        return None;
    }
    let (at, end, by) = (
        next.raw() as isize,
        stop.raw() as isize,
        step.raw() as isize,
    );
    // `by > 1` is `step > 0` (the word of step 0 is 1, never in a state).
    let more = if by > 1 { at < end } else { at > end };
    if !more {
        return None;
    }
    // Past the stop the loop ends, so a step that leaves the small-int
    // range can stop at `stop` instead.
    let after = at.checked_add(by - 1).unwrap_or(end);
    state[0] = Value::from_raw(after as usize);
    Some(next)
}
