//! Runtime operations: what the bytecode's instructions do to values, as
//! plain functions over `&mut Vm` that the dispatch loop, the builtins
//! and (later) generated machine code all call.

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod awaitable;
pub mod compare;
pub mod context;
pub mod convert;
pub mod deque;
pub mod format;
pub mod global_cache;
pub mod hash;
pub mod iter;
pub mod len;
pub mod lookup_cache;
pub mod loop_state;
pub mod mapping;
pub mod namespace;
pub mod pointer;
pub mod raise;
pub mod repr;
pub mod sequence;
pub mod set;
pub mod slice_subscript;
pub mod subscript;
pub mod truth;
pub mod types;
pub mod word;
