//! Methods of `object`, `type` and `property`: the defaults every class
//! inherits, reachable through `super()` and explicit calls such as
//! `object.__setattr__(self, name, value)`.

use super::args::check;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{class, dict, instance, list, property, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

pub static OBJECT_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("__init__", object_init),
    &NativeFunction::static_method("__new__", object_new),
    &NativeFunction::method("__repr__", object_repr),
    &NativeFunction::method("__str__", object_str),
    &NativeFunction::method("__eq__", object_eq),
    &NativeFunction::method("__ne__", object_ne),
    &NativeFunction::method("__hash__", object_hash),
    &NativeFunction::method("__setattr__", object_setattr),
    &NativeFunction::method("__delattr__", object_delattr),
    &NativeFunction::method("__getattribute__", object_getattribute),
    &NativeFunction::method("__format__", object_format),
    &NativeFunction::class_method("__init_subclass__", object_init_subclass),
];

pub static TYPE_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("mro", type_mro),
    &NativeFunction::method("__call__", type_call),
];

/// `type.__call__(cls, *args, **kwargs)`: what a metaclass's `__call__`
/// reaches through `super()`: make an instance of `cls` (`__new__`, then
/// `__init__`).
fn type_call(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count == 0 {
        return Err(vm.raise_type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let class_value = args.get(vm, 0);
    let rest = args.after_first();
    if class::is_class(vm, class_value) {
        vm.instantiate(class_value, rest)
    } else {
        vm.call_args(class_value, rest)
    }
}

pub static PROPERTY_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("getter", property_getter),
    &NativeFunction::method("setter", property_setter),
    &NativeFunction::method("deleter", property_deleter),
    &NativeFunction::method("__get__", property_get),
];

fn object_init(_vm: &mut Vm, _args: &Args) -> PyResult {
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count == 0 {
        return Err(vm.raise_type_error("object.__new__(): not enough arguments"));
    }
    let class_value = args.get(vm, 0);
    if !class::is_class(vm, class_value) {
        if let Some(id) = class_value.as_builtin_type() {
            if id == crate::types::OBJECT {
                return crate::objects::instance::new(vm, class_value);
            }
        }
        return Err(vm.raise_type_error("object.__new__(X): X is not a type object"));
    }
    let rest = args.after_first();
    vm.allocate_instance(class_value, rest)
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__repr__", 1, 1)?;
    let value = args.get(vm, 0);
    let class_value = ops::types::type_of(vm, value);
    let text = if class::is_class(vm, class_value) {
        let namespace = class::field(vm, class_value, class::DICT);
        let module = dict::get(vm, namespace, Value::from_qstr(crate::qstr::DUNDER_MODULE))?;
        let module = module
            .and_then(|m| crate::objects::str::as_text(vm, m).map(alloc::string::String::from))
            .unwrap_or_else(|| alloc::string::String::from("__main__"));
        let qualname = class::field(vm, class_value, class::QUALNAME);
        alloc::format!(
            "<{}.{} object at {:#x}>",
            module,
            crate::objects::str::text(vm, qualname),
            value.raw().wrapping_mul(crate::heap::WORD_BYTES) >> 2
        )
    } else {
        alloc::format!(
            "<{} object at {:#x}>",
            ops::types::type_name(vm, value),
            value.raw().wrapping_mul(crate::heap::WORD_BYTES) >> 2
        )
    };
    crate::objects::str::new(vm, &text)
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__str__", 1, 1)?;
    let value = args.get(vm, 0);
    ops::repr::repr(vm, value)
}

fn object_eq(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__eq__", 2, 2)?;
    Ok(if args.get(vm, 0) == args.get(vm, 1) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__ne__", 2, 2)?;
    let (a, b) = (args.get(vm, 0), args.get(vm, 1));
    let equal = ops::compare::rich(vm, ops::compare::CompareOp::Eq, a, b)?;
    if equal == Value::NOT_IMPLEMENTED {
        return Ok(equal);
    }
    Ok(Value::from_bool(!ops::truth::truthy(vm, equal)?))
}

fn object_hash(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__hash__", 1, 1)?;
    let value = args.get(vm, 0);
    Ok(Value::small_int(
        (value.raw() >> 4) as isize & crate::value::SMALL_INT_MAX,
    ))
}

fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setattr__", 3, 3)?;
    let (object, name, value) = (args.get(vm, 0), args.get(vm, 1), args.get(vm, 2));
    if !crate::objects::str::is_str(&vm.heap, name) {
        return Err(vm.raise_type_error("attribute name must be string"));
    }
    match vm.heap.kind_of(object) {
        Some(ObjKind::Instance) => {
            // Bypass the class's own __setattr__, but honour properties,
            // descriptors and __slots__.
            let name_id = crate::objects::str::to_qstr(vm, name)?;
            ops::attr::set_instance_attr(vm, object, name_id, value)?;
        }
        _ => {
            let name_id = crate::objects::str::to_qstr(vm, name)?;
            ops::attr::set_attr(vm, object, name_id, value)?;
        }
    }
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__delattr__", 2, 2)?;
    let (object, name) = (args.get(vm, 0), args.get(vm, 1));
    let name_id = crate::objects::str::to_qstr(vm, name)?;
    if vm.heap.kind_of(object) == Some(ObjKind::Instance) {
        if let Some(attributes) = instance::existing_dict(vm, object) {
            if dict::remove(vm, attributes, Value::from_qstr(name_id))?.is_some() {
                return Ok(Value::NONE);
            }
        }
        return Err(ops::attr::attribute_error(vm, object, name_id));
    }
    ops::attr::delete_attr(vm, object, name_id)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getattribute__", 2, 2)?;
    let (object, name) = (args.get(vm, 0), args.get(vm, 1));
    let name_id = crate::objects::str::to_qstr(vm, name)?;
    ops::attr::object_getattribute(vm, object, name_id)
}

fn object_format(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__format__", 2, 2)?;
    let (object, spec) = (args.get(vm, 0), args.get(vm, 1));
    if !crate::objects::str::bytes(vm, spec).is_empty() {
        let message = alloc::format!(
            "unsupported format string passed to {}.__format__",
            ops::types::type_name(vm, object)
        );
        return Err(vm.raise_type_error(&message));
    }
    ops::repr::str(vm, object)
}

/// The default hook accepts the class and nothing else: class keywords
/// that no `__init_subclass__` consumed are an error, as in CPython.
fn object_init_subclass(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count > 1 || args.keyword_count(vm) > 0 {
        let name = match args.count {
            0 => alloc::string::String::from("object"),
            _ => {
                let class_value = args.get(vm, 0);
                ops::types::class_name(vm, class_value)
            }
        };
        let message = if args.keyword_count(vm) > 0 {
            alloc::format!("{name}.__init_subclass__() takes no keyword arguments")
        } else {
            alloc::format!("{name}.__init_subclass__() takes no positional arguments")
        };
        return Err(vm.raise_type_error(&message));
    }
    Ok(Value::NONE)
}

fn type_mro(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mro", 1, 1)?;
    let class_value = args.get(vm, 0);
    let mro = ops::attr::get_attr(vm, class_value, crate::qstr::DUNDER_MRO)?;
    let items: alloc::vec::Vec<Value> = tuple::items(vm, mro).to_vec();
    list::new(vm, &items)
}

/// A copy of a property with one accessor replaced.
fn property_with(vm: &mut Vm, args: &Args, field: usize, name: &str) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let (original, function) = (args.get(vm, 0), args.get(vm, 1));
    let mut parts = [
        property::field(vm, original, property::GETTER),
        property::field(vm, original, property::SETTER),
        property::field(vm, original, property::DELETER),
        property::field(vm, original, property::DOC),
    ];
    parts[field] = function;
    property::new_property(vm, parts[0], parts[1], parts[2], parts[3])
}

fn property_getter(vm: &mut Vm, args: &Args) -> PyResult {
    property_with(vm, args, property::GETTER, "getter")
}

fn property_setter(vm: &mut Vm, args: &Args) -> PyResult {
    property_with(vm, args, property::SETTER, "setter")
}

fn property_deleter(vm: &mut Vm, args: &Args) -> PyResult {
    property_with(vm, args, property::DELETER, "deleter")
}

fn property_get(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__get__", 2, 3)?;
    let (prop, instance_value) = (args.get(vm, 0), args.get(vm, 1));
    if instance_value.is_none() {
        return Ok(prop);
    }
    let getter = property::field(vm, prop, property::GETTER);
    vm.call(getter, &[instance_value])
}
