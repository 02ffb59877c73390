//! Methods of `str`.

use crate::native::NativeFunction;

pub static METHODS: &[&NativeFunction] = &[];
