//! Methods of `dict`.

use crate::native::NativeFunction;

pub static METHODS: &[&NativeFunction] = &[];
