//! Pyrite's virtual machine: everything between Python source text and its
//! execution, with no dependency on an operating system (`no_std` + `alloc`).
//! See ARCHITECTURE.md at the repository root for the map.

#![no_std]

extern crate alloc;

pub mod bytecode;
pub mod port;
pub mod qstr;
pub mod syntax;
pub mod value;
pub mod vm;

pub use port::Port;
pub use vm::{RunOutcome, Vm};
