//! The object model: the heap layout of each builtin type and the basic
//! operations on it. One file per type; the layout is documented at the
//! top of each.

pub mod array;
pub mod bound_method;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod code;
pub mod complex;
pub mod deque;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iterator;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod property;
pub mod range;
pub mod ringio;
pub mod slice;
pub mod str;
pub mod traceback;
pub mod tuple;
pub mod wtf8;
