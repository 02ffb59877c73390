//! Methods of `int`, `float` and `complex`.

use crate::native::NativeFunction;

pub static INT_METHODS: &[&NativeFunction] = &[];
pub static FLOAT_METHODS: &[&NativeFunction] = &[];
pub static COMPLEX_METHODS: &[&NativeFunction] = &[];
