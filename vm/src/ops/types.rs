//! The type of a value, and instance/subclass checks across builtin types
//! (immediate Values) and user classes (heap objects with an MRO).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{class, exception, instance, iterator};
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

/// `type(value)`: a builtin type Value or a user class.
pub fn type_of(vm: &Vm, value: Value) -> Value {
    match vm.heap.kind_of(value) {
        Some(ObjKind::Instance) => instance::class(vm, value),
        Some(ObjKind::Exception) => exception::field(vm, value, exception::CLASS),
        Some(ObjKind::Class) => class::field(vm, value, class::METACLASS),
        _ => Value::from_builtin_type(builtin_type_of(vm, value).unwrap_or(types::OBJECT)),
    }
}

/// The builtin type of a value, or for instances of user classes the
/// builtin type they are built on.
pub fn builtin_type_of(vm: &Vm, value: Value) -> Option<TypeId> {
    if value.is_small_int() {
        return Some(types::INT);
    }
    if value.as_qstr().is_some() {
        return Some(types::STR);
    }
    if !value.is_heap() {
        return Some(match value {
            Value::NONE => types::NONE_TYPE,
            Value::TRUE | Value::FALSE => types::BOOL,
            Value::ELLIPSIS => types::ELLIPSIS_TYPE,
            Value::NOT_IMPLEMENTED => types::NOT_IMPLEMENTED_TYPE,
            _ if value.as_builtin_type().is_some() => types::TYPE,
            _ if value.as_native_function().is_some() => types::BUILTIN_FUNCTION,
            _ => types::OBJECT,
        });
    }
    Some(match vm.heap.kind(value.heap_index_unchecked()) {
        ObjKind::Str | ObjKind::SurrogateStr => types::STR,
        ObjKind::Bytes => types::BYTES,
        ObjKind::Float => types::FLOAT,
        ObjKind::Complex => types::COMPLEX,
        ObjKind::BigInt => types::INT,
        ObjKind::Tuple => types::TUPLE,
        ObjKind::List => types::LIST,
        ObjKind::Dict => types::DICT,
        ObjKind::Set => types::SET,
        ObjKind::FrozenSet => types::FROZENSET,
        ObjKind::ByteArray => types::BYTEARRAY,
        ObjKind::Function => types::FUNCTION,
        ObjKind::Code => types::CODE,
        ObjKind::Cell => types::CELL,
        ObjKind::BoundMethod => types::METHOD,
        ObjKind::Class => types::TYPE,
        ObjKind::Module => types::MODULE,
        ObjKind::Generator => {
            let code = crate::objects::generator::field(vm, value, crate::objects::generator::CODE);
            let data = crate::objects::code::data(vm, code);
            if data
                .info
                .flags
                .contains(crate::bytecode::CodeFlags::COROUTINE)
            {
                types::COROUTINE
            } else {
                types::GENERATOR
            }
        }
        ObjKind::Range => types::RANGE,
        ObjKind::Slice => types::SLICE,
        ObjKind::Property => types::PROPERTY,
        ObjKind::StaticMethod => types::STATICMETHOD,
        ObjKind::ClassMethod => types::CLASSMETHOD,
        ObjKind::Super => types::SUPER,
        ObjKind::Stream => crate::modules::stdio::type_of(vm, value),
        ObjKind::Deque => types::DEQUE,
        ObjKind::RingIo => types::RINGIO,
        ObjKind::Traceback => types::TRACEBACK,
        ObjKind::Array => types::ARRAY,
        ObjKind::MemoryView => types::MEMORYVIEW,
        ObjKind::Iterator => match iterator::kind(vm, value) {
            iterator::IterKind::SeqForward => {
                match builtin_type_of(vm, iterator::state(vm, value, 1)) {
                    Some(types::LIST) => types::LIST_ITERATOR,
                    Some(types::TUPLE) => types::TUPLE_ITERATOR,
                    Some(types::STR) => types::STR_ITERATOR,
                    Some(types::BYTES) | Some(types::BYTEARRAY) => types::BYTES_ITERATOR,
                    _ => types::TUPLE_ITERATOR,
                }
            }
            iterator::IterKind::SeqReverse => types::LIST_REVERSEITERATOR,
            iterator::IterKind::Range => types::RANGE_ITERATOR,
            iterator::IterKind::DictKeys => types::DICT_KEYITERATOR,
            iterator::IterKind::DictValues => types::DICT_VALUEITERATOR,
            iterator::IterKind::DictItems => types::DICT_ITEMITERATOR,
            iterator::IterKind::SetItems => types::SET_ITERATOR,
            iterator::IterKind::Enumerate => types::ENUMERATE,
            iterator::IterKind::Zip => types::ZIP,
            iterator::IterKind::Map => types::MAP,
            iterator::IterKind::Filter => types::FILTER,
            iterator::IterKind::Callable => types::CALLABLE_ITERATOR,
            iterator::IterKind::KeysView => types::DICT_KEYS,
            iterator::IterKind::ValuesView => types::DICT_VALUES,
            iterator::IterKind::ItemsView => types::DICT_ITEMS,
            iterator::IterKind::CoroutineWrapper => types::COROUTINE_WRAPPER,
        },
        ObjKind::Instance => {
            let class = instance::class(vm, value);
            class::field(vm, class, class::BUILTIN_BASE)
                .as_builtin_type()
                .unwrap_or(types::OBJECT)
        }
        ObjKind::Exception => {
            let class = exception::field(vm, value, exception::CLASS);
            match class.as_builtin_type() {
                Some(id) => id,
                None => class::field(vm, class, class::BUILTIN_BASE)
                    .as_builtin_type()
                    .unwrap_or(types::EXCEPTION),
            }
        }
        ObjKind::Free | ObjKind::RawBytes | ObjKind::ValueArray => types::OBJECT,
    })
}

/// Whether `sub` (a class or builtin type) is `sup` or a subclass of it.
pub fn is_subclass(vm: &Vm, sub: Value, sup: Value) -> bool {
    if sub == sup {
        return true;
    }
    if sup == Value::from_builtin_type(types::OBJECT) {
        return true;
    }
    if let Some(sub_id) = sub.as_builtin_type() {
        return match sup.as_builtin_type() {
            Some(sup_id) => types::is_subtype(sub_id, sup_id),
            None => false,
        };
    }
    if class::is_class(vm, sub) {
        let mro = class::field(vm, sub, class::MRO);
        if !mro.is_heap() {
            return false;
        }
        for &entry in crate::objects::tuple::items(vm, mro) {
            if entry == sup {
                return true;
            }
            if let (Some(a), Some(b)) = (entry.as_builtin_type(), sup.as_builtin_type()) {
                if types::is_subtype(a, b) {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether `value` is an instance of the builtin type `id` (or of a
/// subclass of it).
pub fn is_instance_of_builtin(vm: &Vm, value: Value, id: TypeId) -> bool {
    match builtin_type_of(vm, value) {
        Some(actual) => types::is_subtype(actual, id),
        None => false,
    }
}

/// `isinstance(value, class)` for a single class.
pub fn is_instance(vm: &Vm, value: Value, class: Value) -> bool {
    is_subclass(vm, type_of(vm, value), class)
}

/// Whether `value` is a class: a builtin type or a user class.
pub fn is_type(vm: &Vm, value: Value) -> bool {
    value.as_builtin_type().is_some() || class::is_class(vm, value)
}

/// The `__name__` of a class.
pub fn class_name(vm: &Vm, class_value: Value) -> String {
    if let Some(id) = class_value.as_builtin_type() {
        return String::from(types::name(id));
    }
    if class::is_class(vm, class_value) {
        let name = class::field(vm, class_value, class::NAME);
        return String::from(crate::objects::str::text(vm, name));
    }
    String::from("?")
}

/// The name of a value's type, for error messages: `'int' object ...`.
pub fn type_name(vm: &Vm, value: Value) -> String {
    class_name(vm, type_of(vm, value))
}

/// Whether `value` is an exception class (builtin or user).
pub fn is_exception_class(vm: &Vm, value: Value) -> bool {
    is_subclass(vm, value, Value::from_builtin_type(types::BASE_EXCEPTION)) && is_type(vm, value)
}

/// `isinstance` with a class or a tuple of classes (nested tuples too);
/// TypeError for anything else.
pub fn is_instance_any(vm: &mut Vm, value: Value, classes: Value) -> PyResult<bool> {
    if is_type(vm, classes) {
        return Ok(is_instance(vm, value, classes));
    }
    if vm.heap.kind_of(classes) == Some(ObjKind::Tuple) {
        let count = crate::objects::tuple::len(vm, classes);
        for i in 0..count {
            let class = crate::objects::tuple::item(vm, classes, i);
            if is_instance_any(vm, value, class)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `issubclass` with a class or a tuple of classes.
pub fn is_subclass_any(vm: &mut Vm, sub: Value, classes: Value) -> PyResult<bool> {
    if !is_type(vm, sub) {
        return Err(vm.raise_type_error("issubclass() arg 1 must be a class"));
    }
    if is_type(vm, classes) {
        return Ok(is_subclass(vm, sub, classes));
    }
    if vm.heap.kind_of(classes) == Some(ObjKind::Tuple) {
        let count = crate::objects::tuple::len(vm, classes);
        for i in 0..count {
            let class = crate::objects::tuple::item(vm, classes, i);
            if is_subclass_any(vm, sub, class)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}
