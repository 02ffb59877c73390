#![no_std]
use pyrite_vm::native::ModuleDef;
pub static MODULE: ModuleDef = ModuleDef { name: "re", functions: &[], init: None };
