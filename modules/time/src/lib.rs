//! The `time` module.
#![no_std]
