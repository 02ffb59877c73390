//! Methods of `list`, `tuple` and `range`.

use crate::native::NativeFunction;

pub static LIST_METHODS: &[&NativeFunction] = &[];
pub static TUPLE_METHODS: &[&NativeFunction] = &[];
pub static RANGE_METHODS: &[&NativeFunction] = &[];
