//! The interpreter: frames, argument binding, calls, the dispatch loop,
//! generators, and running modules with tracebacks.

mod attr_paths;
pub mod bind;
pub mod call;
mod compare_jump;
mod float_paths;
pub mod frame;
pub mod generator;
mod index_paths;
mod int_paths;
mod list_append_path;
pub mod range_loop;
pub mod run;
pub mod scheduler;
pub mod toplevel;
pub mod traceback;
