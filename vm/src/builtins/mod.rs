//! The builtins: the functions and types every module sees, the methods of
//! the builtin types, and the constructors called when a builtin type is
//! called (`int("5")`, `list(x)`).
//!
//! Nothing here lives on the GC heap: each function is a `static
//! NativeFunction`, numbered at start-up (`install`), and the builtins
//! namespace is a table indexed by interned name.

pub mod args;
pub mod array_methods;
pub(crate) mod build_class;
mod bytes_methods;
mod constructors;
mod deque_methods;
mod dict_methods;
pub(crate) mod emergency_exception;
mod exception_methods;
pub(crate) mod functions;
pub(crate) mod generator_methods;
mod help;
mod int_methods;
mod list_methods;
mod match_class;
pub mod memoryview_methods;
mod object_methods;
mod open;
pub mod os_error;
mod ringio_methods;
mod set_methods;
pub(crate) mod slot_wrappers;
mod str_methods;
pub(crate) mod str_surrogate_lift;

use crate::native::NativeFunction;
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

pub use constructors::construct;
pub use constructors::{decode_bytes, encode_text, fill_dict};
pub use deque_methods::copy_of as deque_copy;
pub use functions::{ascii_escape, sort_values};

/// The builtin types visible as names in every module (exceptions are
/// added too).
const PUBLIC_TYPES: &[TypeId] = &[
    types::OBJECT,
    types::TYPE,
    types::INT,
    types::BOOL,
    types::FLOAT,
    types::COMPLEX,
    types::STR,
    types::BYTES,
    types::BYTEARRAY,
    types::TUPLE,
    types::LIST,
    types::DICT,
    types::SET,
    types::FROZENSET,
    types::RANGE,
    types::SLICE,
    types::PROPERTY,
    types::STATICMETHOD,
    types::CLASSMETHOD,
    types::SUPER,
    types::ENUMERATE,
    types::ZIP,
    types::MAP,
    types::FILTER,
    types::REVERSED,
    types::MEMORYVIEW,
];

/// The methods of a builtin type (its own, not its bases').
fn methods_for(id: TypeId) -> &'static [&'static NativeFunction] {
    match id {
        types::OBJECT => object_methods::OBJECT_METHODS,
        types::TYPE => object_methods::TYPE_METHODS,
        types::INT => int_methods::INT_METHODS,
        types::FLOAT => int_methods::FLOAT_METHODS,
        types::COMPLEX => int_methods::COMPLEX_METHODS,
        types::STR => str_methods::METHODS,
        types::BYTES => bytes_methods::BYTES_METHODS,
        types::BYTEARRAY => bytes_methods::BYTEARRAY_METHODS,
        types::LIST => list_methods::LIST_METHODS,
        types::TUPLE => list_methods::TUPLE_METHODS,
        types::RANGE => list_methods::RANGE_METHODS,
        types::SLICE => list_methods::SLICE_METHODS,
        types::DICT => dict_methods::METHODS,
        types::SET => set_methods::SET_METHODS,
        types::FROZENSET => set_methods::FROZENSET_METHODS,
        types::GENERATOR => generator_methods::METHODS,
        types::COROUTINE => generator_methods::COROUTINE_METHODS,
        types::COROUTINE_WRAPPER => generator_methods::WRAPPER_METHODS,
        types::BASE_EXCEPTION => exception_methods::METHODS,
        types::PROPERTY => object_methods::PROPERTY_METHODS,
        types::TEXT_IO => crate::modules::stdio::TEXT_METHODS,
        types::BUFFERED_READER | types::FILE_IO => crate::modules::stdio::BINARY_METHODS,
        types::ARRAY => array_methods::METHODS,
        types::MEMORYVIEW => memoryview_methods::METHODS,
        types::DEQUE => deque_methods::METHODS,
        types::RINGIO => ringio_methods::METHODS,
        _ if is_iterator_type(id) => generator_methods::ITERATOR_METHODS,
        _ => &[],
    }
}

fn is_iterator_type(id: TypeId) -> bool {
    matches!(
        id,
        types::LIST_ITERATOR
            | types::LIST_REVERSEITERATOR
            | types::TUPLE_ITERATOR
            | types::STR_ITERATOR
            | types::BYTES_ITERATOR
            | types::RANGE_ITERATOR
            | types::DICT_KEYITERATOR
            | types::DICT_VALUEITERATOR
            | types::DICT_ITEMITERATOR
            | types::SET_ITERATOR
            | types::ENUMERATE
            | types::ZIP
            | types::MAP
            | types::FILTER
            | types::REVERSED
            | types::CALLABLE_ITERATOR
    )
}

/// Room for the natives `install` registers (about 400), so start-up does
/// not grow the table step by step.
pub(crate) const NATIVES_AT_START: usize = 512;

/// Numbers the natives `install` registers. `Vm::register_native` looks
/// for a duplicate by a linear search, which over the whole start-up set
/// was quadratic (half the instructions of `pyrite -c pass`); here a map by
/// address finds them, and is dropped when start-up is done.
struct StartupNumbering {
    by_address: hashbrown::HashMap<usize, Value>,
}

impl StartupNumbering {
    fn register(&mut self, vm: &mut Vm, function: &'static NativeFunction) -> Value {
        let address = function as *const NativeFunction as usize;
        *self
            .by_address
            .entry(address)
            .or_insert_with(|| vm.register_new_native(function))
    }
}

/// Set up the builtins of a new VM: number the native functions, fill the
/// builtins namespace and the types' attribute tables, and make the few
/// heap objects every VM needs (the module table, a spare MemoryError).
pub(crate) fn install(vm: &mut Vm) {
    let mut numbering = StartupNumbering {
        by_address: hashbrown::HashMap::with_capacity(NATIVES_AT_START),
    };
    for function in functions::FUNCTIONS {
        let value = numbering.register(vm, function);
        vm.set_builtin(function.name, value);
    }
    let build_class = numbering.register(vm, &build_class::BUILD_CLASS);
    vm.set_builtin("__build_class__", build_class);
    let match_class = numbering.register(vm, &match_class::MATCH_CLASS);
    vm.set_builtin("__match_class__", match_class);
    let open = numbering.register(vm, &open::OPEN);
    vm.set_builtin("open", open);
    let help = vm.register_native(&help::HELP);
    vm.set_builtin("help", help);
    for &id in PUBLIC_TYPES {
        vm.set_builtin(types::name(id), Value::from_builtin_type(id));
    }
    for id in types::exception_types() {
        vm.set_builtin(types::name(id), Value::from_builtin_type(id));
    }
    vm.set_builtin("Ellipsis", Value::ELLIPSIS);
    vm.set_builtin("NotImplemented", Value::NOT_IMPLEMENTED);
    // There is no -O: assertions always run.
    vm.set_builtin("__debug__", Value::TRUE);
    vm.set_builtin(
        "EnvironmentError",
        Value::from_builtin_type(types::OS_ERROR),
    );
    vm.set_builtin("IOError", Value::from_builtin_type(types::OS_ERROR));

    let mut tables = Vec::with_capacity(types::TYPES.len());
    for index in 0..types::TYPES.len() {
        let methods = methods_for(TypeId(index as u16));
        let mut table = Vec::with_capacity(methods.len());
        for function in methods {
            let value = numbering.register(vm, function);
            if function.kind == crate::native::NativeKind::Method {
                if let Some(native) = value.as_native_function() {
                    vm.note_method_owner(native, TypeId(index as u16));
                }
            }
            let name = vm.interner.intern_static(function.name);
            table.push((name, value));
        }
        table.sort_by_key(|&(name, _)| name);
        tables.push(table);
    }
    vm.type_attributes = tables;
    vm.slot_wrappers = slot_wrappers::install(vm);
    vm.list_append = numbering.register(vm, &list_methods::LIST_APPEND);

    // Heap objects: failures here mean the heap is too small to start.
    if let Ok(modules) = crate::objects::dict::new(vm) {
        vm.modules = modules;
    }
    if let Ok(args) = crate::objects::tuple::new(vm, &[]) {
        vm.empty_tuple = args;
        if let Ok(error) =
            crate::objects::exception::new(vm, Value::from_builtin_type(types::MEMORY_ERROR), args)
        {
            vm.memory_error = error;
        }
        if let Ok(error) =
            crate::objects::exception::new(vm, Value::from_builtin_type(types::EXCEPTION), args)
        {
            vm.emergency_exception = error;
        }
    }
    let message = vm
        .interner
        .intern_static("memory allocation failed, heap is locked");
    if let Ok(args) = crate::objects::tuple::new(vm, &[Value::from_qstr(message)]) {
        vm.push_root(args);
        if let Ok(error) =
            crate::objects::exception::new(vm, Value::from_builtin_type(types::MEMORY_ERROR), args)
        {
            vm.memory_error_locked = error;
        }
        vm.pop_roots(1);
    }
}
