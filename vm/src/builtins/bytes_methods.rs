//! Methods of `bytes` and `bytearray`.

use crate::native::NativeFunction;

pub static BYTES_METHODS: &[&NativeFunction] = &[];
pub static BYTEARRAY_METHODS: &[&NativeFunction] = &[];
