//! Methods of `set` and `frozenset`.

use crate::native::NativeFunction;

pub static SET_METHODS: &[&NativeFunction] = &[];
pub static FROZENSET_METHODS: &[&NativeFunction] = &[];
