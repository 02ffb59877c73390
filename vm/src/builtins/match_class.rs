//! `__match_class__(subject, cls, positional_count, keyword_names)`: what a
//! class pattern `case C(p0, p1, k=p2)` asks of the subject, with CPython's
//! errors: None when the subject is not an instance of `cls` or lacks one
//! of the attributes, else a tuple of the values for the sub-patterns
//! (positional ones first, named through `cls.__match_args__`).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{str as pystr, tuple};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

pub static MATCH_CLASS: NativeFunction = NativeFunction::function("__match_class__", match_class);

/// Builtin types whose single positional sub-pattern matches the subject.
const SELF_MATCHING: [types::TypeId; 11] = [
    types::BOOL,
    types::BYTEARRAY,
    types::BYTES,
    types::DICT,
    types::FLOAT,
    types::FROZENSET,
    types::INT,
    types::LIST,
    types::SET,
    types::STR,
    types::TUPLE,
];

fn match_class(vm: &mut Vm, args: &Args) -> PyResult {
    let (subject, class_value) = (args.get(vm, 0), args.get(vm, 1));
    let positional = args.get(vm, 2).as_small_int().unwrap_or(0).max(0) as usize;
    let keywords = args.get(vm, 3);
    if !ops::types::is_type(vm, class_value) {
        return Err(vm.raise_type_error("called match pattern must be a type"));
    }
    if !ops::types::is_instance(vm, subject, class_value) {
        return Ok(Value::NONE);
    }
    let class_name = ops::types::class_name(vm, class_value);
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let mark = vm.root_mark();
    let result = (|| {
        if positional > 0 {
            let self_matching = class_value
                .as_builtin_type()
                .is_some_and(|id| SELF_MATCHING.contains(&id));
            if self_matching {
                if positional > 1 {
                    let message = format!(
                        "{class_name}() accepts 1 positional sub-pattern ({positional} given)"
                    );
                    return Err(vm.raise_type_error(&message));
                }
                values.push(subject);
            } else {
                let match_args_name = vm.interner.intern_static("__match_args__");
                let match_args = match ops::attr::lookup_attr(vm, class_value, match_args_name)? {
                    Some(found) => found,
                    None => tuple::new(vm, &[])?,
                };
                vm.push_root(match_args);
                if vm.heap.kind_of(match_args) != Some(ObjKind::Tuple) {
                    let message = format!(
                        "{class_name}.__match_args__ must be a tuple (got {})",
                        ops::types::type_name(vm, match_args)
                    );
                    return Err(vm.raise_type_error(&message));
                }
                let available = tuple::len(vm, match_args);
                if positional > available {
                    let plural = if available == 1 { "" } else { "s" };
                    let message = format!(
                        "{class_name}() accepts {available} positional sub-pattern{plural} ({positional} given)"
                    );
                    return Err(vm.raise_type_error(&message));
                }
                for i in 0..positional {
                    let name = tuple::item(vm, match_args, i);
                    if !pystr::is_str(&vm.heap, name) {
                        let message = format!(
                            "__match_args__ elements must be strings (got {})",
                            ops::types::type_name(vm, name)
                        );
                        return Err(vm.raise_type_error(&message));
                    }
                    names.push(name);
                }
            }
        }
        let keyword_count = if keywords.is_heap() {
            tuple::len(vm, keywords)
        } else {
            0
        };
        for k in 0..keyword_count {
            names.push(tuple::item(vm, keywords, k));
        }
        for (i, &name) in names.iter().enumerate() {
            let attribute = pystr::to_qstr(vm, name)?;
            // Earlier names were interned by earlier rounds of this loop.
            if names[..i].iter().any(|&earlier| {
                earlier.as_qstr() == Some(attribute) || pystr::equal(vm, earlier, name)
            }) {
                let message = format!(
                    "{class_name}() got multiple sub-patterns for attribute '{}'",
                    vm.qstr_text(attribute)
                );
                return Err(vm.raise_type_error(&message));
            }
            match ops::attr::lookup_attr(vm, subject, attribute)? {
                Some(value) => {
                    vm.push_root(value);
                    values.push(value);
                }
                None => return Ok(Value::NONE),
            }
        }
        tuple::new(vm, &values)
    })();
    vm.truncate_roots(mark);
    result
}
