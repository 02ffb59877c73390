//! Pyrite's virtual machine: everything between Python source text and its
//! execution, with no dependency on an operating system (`no_std` + `alloc`).
//! See ARCHITECTURE.md at the repository root for the map.

#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod buffer;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod errno;
pub mod error;
pub mod format;
pub mod heap;
pub mod import;
pub mod int;
pub mod interp;
pub mod modules;
pub mod native;
pub mod objects;
pub mod ops;
pub mod port;
pub mod qstr;
pub mod syntax;
pub mod types;
pub mod value;
pub mod vfs;
pub mod vm;

#[cfg(test)]
mod tests;

pub use error::{PyResult, Raised};
pub use heap::HeapMemory;
pub use interp::toplevel::ReplOutcome;
pub use native::{Args, ModuleDef, NativeFunction};
pub use port::Port;
pub use value::Value;
pub use vm::{Config, RunOutcome, Vm};
