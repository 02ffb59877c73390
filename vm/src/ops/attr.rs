//! Attribute access: `obj.name`, `obj.name = value`, `del obj.name`, and
//! the method lookup behind `obj.name(...)` that avoids allocating a bound
//! method.
//!
//! The lookup order follows CPython: data descriptors (properties) on the
//! class, then the instance's dict, then class attributes (functions bind
//! to the instance, classmethods to the class, staticmethods to nothing),
//! then `__getattr__`.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::NativeKind;
use crate::objects::{
    self, bound_method, class, complex, dict, exception, function, instance, module, property,
    str as pystr, tuple,
};
use crate::ops::{self, attr_cache, attr_cache::AttrOp};
use crate::qstr::{self, QStr};
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

/// `obj.name`.
pub fn get_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult {
    match lookup_attr(vm, object, name)? {
        Some(value) => Ok(value),
        None => Err(attribute_error(vm, object, name)),
    }
}

/// `getattr(obj, name, None)`-style lookup: None when missing (other
/// errors propagate).
pub fn lookup_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    let kind = vm.heap.kind_of(object);
    if name == qstr::DUNDER_CLASS
        && object.as_builtin_type().is_none()
        && !matches!(
            kind,
            Some(ObjKind::Instance | ObjKind::Class | ObjKind::Exception | ObjKind::Function)
        )
    {
        // Every object's `__class__` is its type (those kinds above answer
        // for themselves: a class may override it).
        return Ok(Some(ops::types::type_of(vm, object)));
    }
    match kind {
        Some(ObjKind::Instance) => instance_attr(vm, object, name),
        Some(ObjKind::Class) => class_attr(vm, object, name),
        Some(ObjKind::Module) => module_attr(vm, object, name),
        Some(ObjKind::Exception) => exception_attr(vm, object, name),
        Some(ObjKind::Function) => function_attr(vm, object, name),
        Some(ObjKind::BoundMethod) => {
            let found = match name {
                qstr::DUNDER_SELF => Some(bound_method::receiver(vm, object)),
                qstr::DUNDER_FUNC => Some(bound_method::function(vm, object)),
                _ => None,
            };
            match found {
                Some(value) => Ok(Some(value)),
                None => {
                    let function_value = bound_method::function(vm, object);
                    lookup_attr(vm, function_value, name)
                }
            }
        }
        Some(ObjKind::Super) => super_attr(vm, object, name),
        _ => {
            if let Some(id) = object.as_builtin_type() {
                return builtin_type_attr(vm, id, name);
            }
            if let Some(index) = object.as_native_function() {
                if name == qstr::DUNDER_NAME || name == qstr::DUNDER_QUALNAME {
                    let text = vm.native(index).name;
                    return Ok(Some(Value::from_qstr(vm.interner.intern_static(text))));
                }
            }
            builtin_object_attr(vm, object, name)
        }
    }
}

pub fn attribute_error(vm: &mut Vm, object: Value, name: QStr) -> crate::error::Raised {
    let attribute = alloc::string::String::from(vm.qstr_text(name));
    let message = match vm.heap.kind_of(object) {
        Some(ObjKind::Module) => {
            let module_name = module::name(vm, object);
            format!(
                "module '{}' has no attribute '{}'",
                pystr::text(vm, module_name),
                attribute
            )
        }
        Some(ObjKind::Class) => format!(
            "type object '{}' has no attribute '{}'",
            ops::types::class_name(vm, object),
            attribute
        ),
        _ if object.as_builtin_type().is_some() => format!(
            "type object '{}' has no attribute '{}'",
            ops::types::class_name(vm, object),
            attribute
        ),
        _ => format!(
            "'{}' object has no attribute '{}'",
            ops::types::type_name(vm, object),
            attribute
        ),
    };
    vm.raise_attribute_error(&message)
}

/// Bind a class attribute found for `receiver` (an instance, or the class
/// itself when `receiver` is UNBOUND... see callers).
fn bind(vm: &mut Vm, attribute: Value, receiver: Value, owner_class: Value) -> PyResult {
    if let Some(index) = attribute.as_native_function() {
        return match vm.native(index).kind {
            NativeKind::Method => bound_method::new(vm, attribute, receiver),
            NativeKind::ClassMethod => bound_method::new(vm, attribute, owner_class),
            _ => Ok(attribute),
        };
    }
    match vm.heap.kind_of(attribute) {
        Some(ObjKind::Function) => bound_method::new(vm, attribute, receiver),
        Some(ObjKind::ClassMethod) => {
            let inner = property::field(vm, attribute, 0);
            bound_method::new(vm, inner, owner_class)
        }
        Some(ObjKind::StaticMethod) => Ok(property::field(vm, attribute, 0)),
        Some(ObjKind::Property) => {
            let getter = property::field(vm, attribute, property::GETTER);
            if getter.is_none() {
                return Err(vm.raise_attribute_error("unreadable attribute"));
            }
            vm.call(getter, &[receiver])
        }
        _ => Ok(attribute),
    }
}

/// Call a special method found on `receiver`'s class (`__add__`,
/// `__getitem__`, ...) as its type slot would: with `receiver` first, but a
/// staticmethod gets only `args` and a classmethod the class instead.
/// `receiver` and `args` must be rooted.
pub fn call_special(vm: &mut Vm, method: Value, receiver: Value, args: &[Value]) -> PyResult {
    let mut call_args = Vec::with_capacity(args.len() + 1);
    let callee = match vm.heap.kind_of(method) {
        Some(ObjKind::StaticMethod) => property::field(vm, method, 0),
        Some(ObjKind::ClassMethod) => {
            call_args.push(ops::types::type_of(vm, receiver));
            property::field(vm, method, 0)
        }
        _ => {
            call_args.push(receiver);
            method
        }
    };
    call_args.extend_from_slice(args);
    vm.call(callee, &call_args)
}

/// The receiver a native method of the builtin base should see: the
/// wrapped builtin value of an instance of a builtin subclass.
fn native_receiver(vm: &Vm, object: Value) -> Value {
    ops::arith::unwrap_native(vm, object)
}

/// The receiver native method `attribute` is bound to: the builtin value
/// inside `object`, unless the method takes the whole instance.
fn receiver_for_native(vm: &Vm, attribute: Value, object: Value) -> Value {
    match attribute.as_native_function() {
        Some(index) if vm.native(index).whole_receiver => object,
        _ => native_receiver(vm, object),
    }
}

/// A method of a user-defined descriptor (`__get__`, `__set__`,
/// `__delete__`): an instance whose class defines it.
fn descriptor_method(vm: &mut Vm, attribute: Value, name: QStr) -> PyResult<Option<Value>> {
    if vm.heap.kind_of(attribute) != Some(ObjKind::Instance) {
        return Ok(None);
    }
    let class_value = instance::class(vm, attribute);
    class::lookup_user(vm, class_value, name)
}

/// A data descriptor defines `__set__` or `__delete__`: it takes
/// precedence over the instance's own attributes.
fn is_data_descriptor(vm: &mut Vm, attribute: Value) -> PyResult<bool> {
    Ok(
        descriptor_method(vm, attribute, qstr::DUNDER_SET)?.is_some()
            || descriptor_method(vm, attribute, qstr::DUNDER_DELETE)?.is_some(),
    )
}

fn instance_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    if vm.user_getattribute {
        let class_value = instance::class(vm, object);
        if let Some(getattribute) = class::lookup_user(vm, class_value, qstr::DUNDER_GETATTRIBUTE)?
        {
            return call_getattribute(vm, getattribute, object, class_value, name).map(Some);
        }
    }
    generic_instance_attr(vm, object, name, true)
}

/// A class's own `__getattribute__` answers every attribute load; when it
/// raises AttributeError, `__getattr__` (if the class has one) gets its
/// turn, as CPython's slot does.
fn call_getattribute(
    vm: &mut Vm,
    getattribute: Value,
    object: Value,
    class_value: Value,
    name: QStr,
) -> PyResult {
    let name_value = Value::from_qstr(name);
    match vm.call(getattribute, &[object, name_value]) {
        Ok(value) => Ok(value),
        Err(raised) => {
            if !vm.exception_matches(types::ATTRIBUTE_ERROR) {
                return Err(raised);
            }
            match class::lookup_user(vm, class_value, qstr::DUNDER_GETATTR)? {
                Some(getattr) => {
                    vm.take_exception();
                    vm.call(getattr, &[object, name_value])
                }
                None => Err(raised),
            }
        }
    }
}

/// `object.__getattribute__(instance, name)`: the lookup every instance
/// has unless its class overrides it (no `__getattr__` fallback: that
/// belongs to the attribute-load slot, not to this method).
pub fn object_getattribute(vm: &mut Vm, object: Value, name: QStr) -> PyResult {
    if vm.heap.kind_of(object) != Some(ObjKind::Instance) {
        return get_attr(vm, object, name);
    }
    match generic_instance_attr(vm, object, name, false)? {
        Some(value) => Ok(value),
        None => Err(attribute_error(vm, object, name)),
    }
}

fn generic_instance_attr(
    vm: &mut Vm,
    object: Value,
    name: QStr,
    with_getattr: bool,
) -> PyResult<Option<Value>> {
    let class_value = instance::class(vm, object);
    if let Some(word) = vm.cached_instance_slot(object, class_value, name, AttrOp::Load) {
        return Ok(Some(Value::from_raw(vm.heap.words()[word])));
    }
    if let Some(value) = vm.cached_class_attribute(object, class_value, name, AttrOp::ClassValue) {
        return Ok(Some(value));
    }
    let epoch = vm.lookup_cache.epoch();
    let class_attribute = class::lookup(vm, class_value, name)?;
    let mut getter = None;
    if let Some(attribute) = class_attribute {
        if vm.heap.kind_of(attribute) == Some(ObjKind::Property) {
            return bind(vm, attribute, object, class_value).map(Some);
        }
        // A user-defined descriptor: a data descriptor (with __set__ or
        // __delete__) takes precedence over the instance dict.
        if let Some(get) = descriptor_method(vm, attribute, qstr::DUNDER_GET)? {
            if is_data_descriptor(vm, attribute)? {
                return vm.call(get, &[attribute, object, class_value]).map(Some);
            }
            getter = Some(get);
        }
    }
    if let Some(attributes) = instance::existing_dict(vm, object) {
        if let Some(value) = dict::get(vm, attributes, Value::from_qstr(name))? {
            if attr_cache::yields_to_instance_dict(vm, class_attribute) {
                vm.remember_instance_slot(epoch, class_value, name, AttrOp::Load, attributes);
            }
            return Ok(Some(value));
        }
    }
    if let (Some(get), Some(attribute)) = (getter, class_attribute) {
        return vm.call(get, &[attribute, object, class_value]).map(Some);
    }
    if let Some(attribute) = class_attribute {
        if attr_cache::is_plain_class_value(vm, attribute) {
            vm.remember_class_attribute(epoch, class_value, name, AttrOp::ClassValue, attribute);
            return Ok(Some(attribute));
        }
        let receiver = if attribute.as_native_function().is_some() {
            receiver_for_native(vm, attribute, object)
        } else {
            object
        };
        return bind(vm, attribute, receiver, class_value).map(Some);
    }
    match name {
        qstr::DUNDER_CLASS => return Ok(Some(class_value)),
        qstr::DUNDER_DICT if class::allows_attribute(vm, class_value, name) => {
            return instance::dict(vm, object).map(Some)
        }
        _ => {}
    }
    // Data attributes of a wrapped builtin value (`deque.maxlen`,
    // `complex.real`) on an instance of a subclass.
    let native = native_receiver(vm, object);
    if native != object {
        if let Some(value) = builtin_object_attr(vm, native, name)? {
            return Ok(Some(value));
        }
    }
    if with_getattr {
        if let Some(getattr) = class::lookup_user(vm, class_value, qstr::DUNDER_GETATTR)? {
            let name_value = Value::from_qstr(name);
            return vm.call(getattr, &[object, name_value]).map(Some);
        }
    }
    Ok(None)
}

fn class_attr(vm: &mut Vm, class_value: Value, name: QStr) -> PyResult<Option<Value>> {
    match name {
        qstr::DUNDER_NAME => return Ok(Some(class::field(vm, class_value, class::NAME))),
        qstr::DUNDER_QUALNAME => return Ok(Some(class::field(vm, class_value, class::QUALNAME))),
        qstr::DUNDER_BASES => return Ok(Some(class::field(vm, class_value, class::BASES))),
        qstr::DUNDER_BASE => {
            // CPython picks the "solid" base that decides the layout; with
            // no __slots__ or builtin layouts mixed in that is the first.
            let bases = class::field(vm, class_value, class::BASES);
            return Ok(Some(if tuple::len(vm, bases) > 0 {
                tuple::item(vm, bases, 0)
            } else {
                Value::from_builtin_type(types::OBJECT)
            }));
        }
        qstr::DUNDER_MRO => return Ok(Some(class::field(vm, class_value, class::MRO))),
        qstr::DUNDER_DICT => {
            // The program may now write the dict without going through
            // setattr.
            vm.lookup_cache.expose();
            return Ok(Some(class::field(vm, class_value, class::DICT)));
        }
        qstr::DUNDER_CLASS => return Ok(Some(class::field(vm, class_value, class::METACLASS))),
        _ => {}
    }
    if let Some(attribute) = class::lookup(vm, class_value, name)? {
        return Ok(Some(match vm.heap.kind_of(attribute) {
            Some(ObjKind::ClassMethod) => {
                let inner = property::field(vm, attribute, 0);
                bound_method::new(vm, inner, class_value)?
            }
            Some(ObjKind::StaticMethod) => property::field(vm, attribute, 0),
            Some(ObjKind::Instance) => match descriptor_method(vm, attribute, qstr::DUNDER_GET)? {
                Some(get) => vm.call(get, &[attribute, Value::NONE, class_value])?,
                None => attribute,
            },
            _ => {
                if let Some(index) = attribute.as_native_function() {
                    if vm.native(index).kind == NativeKind::ClassMethod {
                        return bound_method::new(vm, attribute, class_value).map(Some);
                    }
                }
                attribute
            }
        }));
    }
    if name == qstr::DUNDER_DOC {
        return Ok(Some(Value::NONE));
    }
    // Attributes of the metaclass (`type`'s methods such as mro()).
    let metaclass = class::field(vm, class_value, class::METACLASS);
    if let Some(id) = metaclass.as_builtin_type() {
        if let Some(attribute) = vm.type_attribute(id, name) {
            return bind(vm, attribute, class_value, metaclass).map(Some);
        }
    } else if class::is_class(vm, metaclass) {
        if let Some(attribute) = class::lookup(vm, metaclass, name)? {
            return bind(vm, attribute, class_value, metaclass).map(Some);
        }
    }
    Ok(None)
}

/// `int.__dict__`: a new dict of the type's own attributes (CPython gives a
/// read-only mappingproxy; a copy is as read-only for the type).
fn builtin_type_dict(vm: &mut Vm, id: TypeId) -> PyResult {
    let attributes: alloc::vec::Vec<(QStr, Value)> = vm
        .type_attributes
        .get(id.0 as usize)
        .cloned()
        .unwrap_or_default();
    let namespace = dict::new(vm)?;
    vm.push_root(namespace);
    let result = (|| {
        for (name, value) in attributes {
            dict::set(vm, namespace, Value::from_qstr(name), value)?;
        }
        Ok(namespace)
    })();
    vm.pop_roots(1);
    result
}

fn builtin_type_attr(vm: &mut Vm, id: TypeId, name: QStr) -> PyResult<Option<Value>> {
    match name {
        qstr::DUNDER_NAME | qstr::DUNDER_QUALNAME => {
            // A type of a module (`array.array`) is named without it. The
            // name is compiled in and interned (off the GC heap), so reading
            // it does not allocate (it works while the heap is locked).
            let name = types::name(id);
            let name = name.rsplit('.').next().unwrap_or(name);
            return Ok(Some(Value::from_qstr(vm.interner.intern_static(name))));
        }
        qstr::DUNDER_MODULE => {
            return match types::name(id).rsplit_once('.') {
                Some((module, _)) => pystr::new(vm, module).map(Some),
                None => Ok(Some(Value::from_qstr(qstr::BUILTINS))),
            };
        }
        qstr::DUNDER_CLASS => return Ok(Some(Value::from_builtin_type(types::TYPE))),
        qstr::DUNDER_DOC => return Ok(Some(Value::NONE)),
        qstr::DUNDER_BASES => {
            return match types::info(id).base {
                Some(base) => tuple::new(vm, &[Value::from_builtin_type(base)]).map(Some),
                None => tuple::new(vm, &[]).map(Some),
            };
        }
        qstr::DUNDER_BASE => {
            return Ok(Some(match types::info(id).base {
                Some(base) => Value::from_builtin_type(base),
                None => Value::NONE,
            }));
        }
        qstr::DUNDER_MRO => {
            let mut chain = alloc::vec::Vec::new();
            let mut current = Some(id);
            while let Some(t) = current {
                chain.push(Value::from_builtin_type(t));
                current = types::info(t).base;
            }
            return tuple::new(vm, &chain).map(Some);
        }
        qstr::DUNDER_DICT => return builtin_type_dict(vm, id).map(Some),
        _ => {}
    }
    match vm.type_attribute(id, name) {
        Some(attribute) => {
            if let Some(index) = attribute.as_native_function() {
                if vm.native(index).kind == NativeKind::ClassMethod {
                    let owner = Value::from_builtin_type(id);
                    return bound_method::new(vm, attribute, owner).map(Some);
                }
            }
            Ok(Some(attribute))
        }
        None => Ok(None),
    }
}

fn module_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    let namespace = module::dict(vm, object);
    if let Some(value) = dict::get(vm, namespace, Value::from_qstr(name))? {
        return Ok(Some(value));
    }
    if name == qstr::DUNDER_DICT {
        return Ok(Some(namespace));
    }
    // The builtins module also shows the static builtins.
    let module_name = module::name(vm, object);
    if module_name == Value::from_qstr(qstr::BUILTINS) {
        return vm.builtin(name);
    }
    Ok(None)
}

fn exception_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    let attributes = exception::field(vm, object, exception::DICT);
    if attributes.is_heap() {
        if let Some(value) = dict::get(vm, attributes, Value::from_qstr(name))? {
            return Ok(Some(value));
        }
    }
    let class_value = exception::field(vm, object, exception::CLASS);
    if class::is_class(vm, class_value) {
        if let Some(attribute) = class::lookup_user(vm, class_value, name)? {
            return bind(vm, attribute, object, class_value).map(Some);
        }
    }
    let args = exception::field(vm, object, exception::ARGS);
    let first_arg = || -> Value {
        if args.is_heap() && tuple::len(vm, args) > 0 {
            tuple::item(vm, args, 0)
        } else {
            Value::NONE
        }
    };
    let text = vm.qstr_text(name);
    let found = match name {
        qstr::ARGS => Some(args),
        qstr::DUNDER_TRACEBACK => Some(objects::traceback::of_exception(vm, object)?),
        qstr::DUNDER_CAUSE => Some(exception::field(vm, object, exception::CAUSE)),
        qstr::DUNDER_CONTEXT => Some(exception::field(vm, object, exception::CONTEXT)),
        qstr::DUNDER_SUPPRESS_CONTEXT => {
            Some(exception::field(vm, object, exception::SUPPRESS_CONTEXT))
        }
        qstr::DUNDER_CLASS => Some(class_value),
        qstr::VALUE if ops::types::is_instance_of_builtin(vm, object, types::STOP_ITERATION) => {
            Some(first_arg())
        }
        _ if text == "code"
            && ops::types::is_instance_of_builtin(vm, object, types::SYSTEM_EXIT) =>
        {
            Some(first_arg())
        }
        _ if ops::types::is_instance_of_builtin(vm, object, types::OS_ERROR)
            && (text == "errno" || text == "strerror") =>
        {
            let index = if text == "errno" { 0 } else { 1 };
            Some(if args.is_heap() && tuple::len(vm, args) >= 2 {
                tuple::item(vm, args, index)
            } else {
                Value::NONE
            })
        }
        _ if ops::types::is_instance_of_builtin(vm, object, types::OS_ERROR)
            && (text == "filename" || text == "filename2") =>
        {
            // Set in the attribute dict (checked above) when given.
            Some(Value::NONE)
        }
        _ if ops::types::is_instance_of_builtin(vm, object, types::SYNTAX_ERROR) => {
            syntax_error_field(vm, args, text)
        }
        _ if ops::types::is_instance_of_builtin(vm, object, types::UNICODE_ERROR) => {
            // UnicodeDecodeError(encoding, object, start, end, reason)
            let index = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|field| *field == text);
            match index {
                Some(i) if args.is_heap() && tuple::len(vm, args) == 5 => {
                    Some(tuple::item(vm, args, i))
                }
                _ => None,
            }
        }
        _ => None,
    };
    if found.is_some() {
        return Ok(found);
    }
    // Methods of the builtin exception types (with_traceback, ...).
    let base = ops::types::builtin_type_of(vm, object).unwrap_or(types::BASE_EXCEPTION);
    if let Some(attribute) = vm.type_attribute(base, name) {
        return bind(vm, attribute, object, class_value).map(Some);
    }
    Ok(None)
}

/// `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
/// `end_offset` of a SyntaxError, whose args are (msg, (filename, lineno,
/// offset, text, end_lineno, end_offset)).
fn syntax_error_field(vm: &Vm, args: Value, name: &str) -> Option<Value> {
    if !args.is_heap() || tuple::len(vm, args) == 0 {
        return None;
    }
    if name == "msg" {
        return Some(tuple::item(vm, args, 0));
    }
    let details = if tuple::len(vm, args) > 1 {
        tuple::item(vm, args, 1)
    } else {
        Value::NONE
    };
    let index = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return None,
    };
    if vm.heap.kind_of(details) == Some(ObjKind::Tuple) && tuple::len(vm, details) > index {
        Some(tuple::item(vm, details, index))
    } else {
        Some(Value::NONE)
    }
}

fn function_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    let attributes = function::field(vm, object, function::DICT);
    if attributes.is_heap() {
        if let Some(value) = dict::get(vm, attributes, Value::from_qstr(name))? {
            return Ok(Some(value));
        }
    }
    Ok(match name {
        qstr::DUNDER_NAME => Some(function::field(vm, object, function::NAME)),
        qstr::DUNDER_QUALNAME => Some(function::field(vm, object, function::QUALNAME)),
        qstr::DUNDER_MODULE => Some(function::field(vm, object, function::MODULE)),
        qstr::DUNDER_DEFAULTS => Some(function::field(vm, object, function::DEFAULTS)),
        qstr::DUNDER_KWDEFAULTS => Some(function::field(vm, object, function::KW_DEFAULTS)),
        qstr::DUNDER_GLOBALS => Some(function::field(vm, object, function::GLOBALS)),
        qstr::DUNDER_CLOSURE => Some(function::field(vm, object, function::CLOSURE)),
        qstr::DUNDER_CODE => Some(function::field(vm, object, function::CODE)),
        qstr::DUNDER_DOC => {
            let code_object = function::field(vm, object, function::CODE);
            let data = crate::objects::code::data(vm, code_object);
            if data
                .info
                .flags
                .contains(crate::bytecode::CodeFlags::DOCSTRING)
            {
                data.consts.first().copied()
            } else {
                Some(Value::NONE)
            }
        }
        qstr::DUNDER_DICT => {
            let attributes = function_dict(vm, object)?;
            Some(attributes)
        }
        qstr::DUNDER_CLASS => Some(Value::from_builtin_type(types::FUNCTION)),
        _ => match vm.type_attribute(types::FUNCTION, name) {
            Some(attribute) => Some(bind(
                vm,
                attribute,
                object,
                Value::from_builtin_type(types::FUNCTION),
            )?),
            None => None,
        },
    })
}

fn function_dict(vm: &mut Vm, object: Value) -> PyResult {
    let attributes = function::field(vm, object, function::DICT);
    if attributes.is_heap() {
        return Ok(attributes);
    }
    vm.push_root(object);
    let created = dict::new(vm);
    vm.pop_roots(1);
    let created = created?;
    function::set_field(vm, object, function::DICT, created);
    Ok(created)
}

/// `name` in the classes of `mro` after `start_class`.
fn after_in_mro(
    vm: &mut Vm,
    mro: Value,
    start_class: Value,
    name: QStr,
) -> PyResult<Option<Value>> {
    let count = tuple::len(vm, mro);
    let mut i = 0;
    while i < count && tuple::item(vm, mro, i) != start_class {
        i += 1;
    }
    let key = Value::from_qstr(name);
    for k in i + 1..count {
        let entry = tuple::item(vm, mro, k);
        let found = if let Some(id) = entry.as_builtin_type() {
            vm.own_type_attribute(id, name)
        } else {
            let namespace = class::field(vm, entry, class::DICT);
            dict::get(vm, namespace, key)?
        };
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// `super(start_class, receiver).name(...)` as the pair `LoadMethod` makes
/// (function, self) when `receiver` is an instance of a user class and the
/// attribute is a plain method, so that the call makes neither a super
/// object nor a bound method (a method calling its parent's runs with the
/// heap locked). None for everything else, which goes through a super
/// object.
pub fn super_method(
    vm: &mut Vm,
    start_class: Value,
    receiver: Value,
    name: QStr,
) -> PyResult<Option<(Value, Value)>> {
    if !class::is_class(vm, start_class) || vm.heap.kind_of(receiver) != Some(ObjKind::Instance) {
        return Ok(None);
    }
    let receiver_class = instance::class(vm, receiver);
    if !ops::types::is_subclass(vm, receiver_class, start_class) {
        return Ok(None);
    }
    let mro = class::field(vm, receiver_class, class::MRO);
    if !mro.is_heap() {
        return Ok(None);
    }
    let Some(attribute) = after_in_mro(vm, mro, start_class, name)? else {
        return Ok(None);
    };
    if vm.heap.kind_of(attribute) == Some(ObjKind::Function) {
        return Ok(Some((attribute, receiver)));
    }
    if let Some(index) = attribute.as_native_function() {
        if vm.native(index).kind == NativeKind::Method {
            return Ok(Some((
                attribute,
                receiver_for_native(vm, attribute, receiver),
            )));
        }
    }
    Ok(None)
}

/// `super(cls, obj).name`: search the MRO of obj's class after `cls`.
fn super_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    let start_class = vm.heap.value(object.heap_index_unchecked(), 0);
    let receiver = vm.heap.value(object.heap_index_unchecked(), 1);
    // super(C, x): x is a subclass of C (super() in a classmethod, or in a
    // metaclass method whose receiver is both), else an instance of C.
    let class_receiver =
        ops::types::is_type(vm, receiver) && ops::types::is_subclass(vm, receiver, start_class);
    let receiver_class = if class_receiver {
        receiver
    } else {
        ops::types::type_of(vm, receiver)
    };
    let mro = if class::is_class(vm, receiver_class) {
        class::field(vm, receiver_class, class::MRO)
    } else {
        Value::NONE
    };
    if !mro.is_heap() {
        if let Some(id) = receiver_class.as_builtin_type() {
            if let Some(base) = types::info(id).base {
                if let Some(attribute) = vm.type_attribute(base, name) {
                    return bind(vm, attribute, receiver, receiver_class).map(Some);
                }
            }
        }
        return Ok(None);
    }
    if let Some(attribute) = after_in_mro(vm, mro, start_class, name)? {
        {
            let bind_to = if class_receiver {
                // super() in a classmethod: functions stay unbound except
                // classmethods.
                if let Some(index) = attribute.as_native_function() {
                    if vm.native(index).kind == crate::native::NativeKind::ClassMethod {
                        return bound_method::new(vm, attribute, receiver).map(Some);
                    }
                }
                match vm.heap.kind_of(attribute) {
                    Some(ObjKind::ClassMethod) => {
                        let inner = property::field(vm, attribute, 0);
                        return bound_method::new(vm, inner, receiver).map(Some);
                    }
                    _ => return Ok(Some(attribute)),
                }
            } else if attribute.as_native_function().is_some() {
                receiver_for_native(vm, attribute, receiver)
            } else {
                receiver
            };
            return bind(vm, attribute, bind_to, receiver_class).map(Some);
        }
    }
    Ok(None)
}

/// Attributes of values of builtin types (ints, strs, lists...): their
/// type's methods, bound, and a few data attributes.
fn builtin_object_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<Option<Value>> {
    let id = ops::types::builtin_type_of(vm, object).unwrap_or(types::OBJECT);
    if let Some(attribute) = vm.type_attribute(id, name) {
        return bind(vm, attribute, object, Value::from_builtin_type(id)).map(Some);
    }
    if vm.heap.kind_of(object) == Some(ObjKind::Stream) {
        let text = alloc::string::String::from(vm.qstr_text(name));
        if let Some(value) = crate::modules::stdio::attribute(vm, object, &text)? {
            return Ok(Some(value));
        }
    }
    let text = vm.qstr_text(name);
    match (vm.heap.kind_of(object), text) {
        (Some(ObjKind::Array), "typecode") => {
            let mut buffer = [0u8; 4];
            let code = objects::array::typecode(vm, object) as char;
            return pystr::new(vm, code.encode_utf8(&mut buffer)).map(Some);
        }
        (Some(ObjKind::Array), "itemsize") => {
            let size = objects::array::item_size(vm, object);
            return Ok(Some(Value::small_int(size as isize)));
        }
        (Some(ObjKind::MemoryView), _) => {
            let text = alloc::string::String::from(text);
            if let Some(found) = crate::builtins::memoryview_methods::attribute(vm, object, &text)?
            {
                return Ok(Some(found));
            }
        }
        _ => {}
    }
    let text = vm.qstr_text(name);
    let found = match (vm.heap.kind_of(object), text) {
        (_, "__class__") => Some(ops::types::type_of(vm, object)),
        (Some(ObjKind::Complex), "real") => Some(crate::objects::float::new(
            vm,
            complex::parts(vm, object).0,
        )?),
        (Some(ObjKind::Complex), "imag") => Some(crate::objects::float::new(
            vm,
            complex::parts(vm, object).1,
        )?),
        (Some(ObjKind::Float), "real") => Some(object),
        (Some(ObjKind::Float), "imag") => Some(crate::objects::float::new(vm, 0.0)?),
        (Some(ObjKind::Slice), "start") => Some(objects::slice::parts(vm, object).0),
        (Some(ObjKind::Slice), "stop") => Some(objects::slice::parts(vm, object).1),
        (Some(ObjKind::Slice), "step") => Some(objects::slice::parts(vm, object).2),
        (Some(ObjKind::Deque), "maxlen") => Some(match objects::deque::maxlen(vm, object) {
            Some(n) => Value::small_int(n as isize),
            None => Value::NONE,
        }),
        (Some(ObjKind::Range), "start") => Some(objects::range::fields(vm, object).0),
        (Some(ObjKind::Range), "stop") => Some(objects::range::fields(vm, object).1),
        (Some(ObjKind::Range), "step") => Some(objects::range::fields(vm, object).2),
        (Some(ObjKind::Property), "fget") => Some(property::field(vm, object, property::GETTER)),
        (Some(ObjKind::Property), "fset") => Some(property::field(vm, object, property::SETTER)),
        (Some(ObjKind::Property), "fdel") => Some(property::field(vm, object, property::DELETER)),
        (Some(ObjKind::Property), "__doc__") => Some(property::field(vm, object, property::DOC)),
        (Some(ObjKind::StaticMethod | ObjKind::ClassMethod), "__func__") => {
            Some(property::field(vm, object, 0))
        }
        (Some(ObjKind::Traceback), "tb_next") => Some(objects::traceback::next(vm, object)?),
        (Some(ObjKind::Traceback), "tb_lineno") => Some(Value::small_int(
            objects::traceback::line(vm, object) as isize,
        )),
        (Some(ObjKind::Traceback), "tb_lasti") => Some(Value::small_int(
            objects::traceback::offset(vm, object) as isize,
        )),
        (Some(ObjKind::Cell), "cell_contents") => {
            let contents = objects::cell::get(vm, object);
            if contents.is_unbound() {
                return Err(vm.raise_value_error("Cell is empty"));
            }
            Some(contents)
        }
        (Some(ObjKind::Generator), "__name__") => {
            let function_value =
                objects::generator::field(vm, object, objects::generator::FUNCTION);
            Some(function::field(vm, function_value, function::NAME))
        }
        (Some(ObjKind::Generator), "__qualname__") => {
            let function_value =
                objects::generator::field(vm, object, objects::generator::FUNCTION);
            Some(function::field(vm, function_value, function::QUALNAME))
        }
        (None, "real") | (None, "numerator") if crate::objects::int::is_int(vm, object) => {
            Some(ops::arith::positive(vm, object)?)
        }
        (None, "imag") if crate::objects::int::is_int(vm, object) => Some(Value::small_int(0)),
        (None, "denominator") if crate::objects::int::is_int(vm, object) => {
            Some(Value::small_int(1))
        }
        (Some(ObjKind::BigInt), "real") | (Some(ObjKind::BigInt), "numerator") => Some(object),
        (Some(ObjKind::BigInt), "imag") => Some(Value::small_int(0)),
        (Some(ObjKind::BigInt), "denominator") => Some(Value::small_int(1)),
        (_, "__doc__") => Some(Value::NONE),
        _ => None,
    };
    Ok(found)
}

/// Look up `obj.name` for a call: (function, self) when it is a method
/// that would bind to `obj` (no bound method is allocated), else
/// (attribute, UNBOUND).
pub fn load_method(vm: &mut Vm, object: Value, name: QStr) -> PyResult<(Value, Value)> {
    match vm.heap.kind_of(object) {
        Some(ObjKind::Instance) if vm.user_getattribute && has_getattribute(vm, object)? => {}
        Some(ObjKind::Instance) => {
            let class_value = instance::class(vm, object);
            if let Some(function) =
                vm.cached_class_attribute(object, class_value, name, AttrOp::Method)
            {
                return Ok((function, object));
            }
            let epoch = vm.lookup_cache.epoch();
            if let Some(attribute) = class::lookup(vm, class_value, name)? {
                let shadowed = match instance::existing_dict(vm, object) {
                    Some(attributes) => dict::contains(vm, attributes, Value::from_qstr(name))?,
                    None => false,
                };
                if !shadowed {
                    if vm.heap.kind_of(attribute) == Some(ObjKind::Function) {
                        vm.remember_class_attribute(
                            epoch,
                            class_value,
                            name,
                            AttrOp::Method,
                            attribute,
                        );
                        return Ok((attribute, object));
                    }
                    if let Some(index) = attribute.as_native_function() {
                        if vm.native(index).kind == NativeKind::Method {
                            return Ok((attribute, receiver_for_native(vm, attribute, object)));
                        }
                    }
                }
            }
        }
        Some(ObjKind::Module)
        | Some(ObjKind::Class)
        | Some(ObjKind::Exception)
        | Some(ObjKind::Function)
        | Some(ObjKind::Super)
        | Some(ObjKind::BoundMethod) => {}
        _ => {
            if let Some(id) = object.as_builtin_type() {
                // `int.from_bytes(...)`: a class method of a builtin type
                // is called with the type, without a bound method.
                if let Some(attribute) = vm.type_attribute(id, name) {
                    if let Some(index) = attribute.as_native_function() {
                        if vm.native(index).kind == NativeKind::ClassMethod {
                            return Ok((attribute, object));
                        }
                    }
                }
            }
            if object.as_builtin_type().is_none() && object.as_native_function().is_none() {
                let id = ops::types::builtin_type_of(vm, object).unwrap_or(types::OBJECT);
                if let Some(attribute) = vm.type_attribute(id, name) {
                    if let Some(index) = attribute.as_native_function() {
                        if vm.native(index).kind == NativeKind::Method {
                            return Ok((attribute, object));
                        }
                    }
                }
            }
        }
    }
    let attribute = get_attr(vm, object, name)?;
    Ok((attribute, Value::UNBOUND))
}

fn has_getattribute(vm: &mut Vm, object: Value) -> PyResult<bool> {
    let class_value = instance::class(vm, object);
    Ok(class::lookup_user(vm, class_value, qstr::DUNDER_GETATTRIBUTE)?.is_some())
}

/// `obj.name = value`.
pub fn set_attr(vm: &mut Vm, object: Value, name: QStr, value: Value) -> PyResult<()> {
    let key = Value::from_qstr(name);
    match vm.heap.kind_of(object) {
        Some(ObjKind::Instance) => {
            let class_value = instance::class(vm, object);
            if let Some(word) = vm.cached_instance_slot(object, class_value, name, AttrOp::Store) {
                vm.heap.words_mut()[word] = value.raw();
                return Ok(());
            }
            let epoch = vm.lookup_cache.epoch();
            if let Some(setattr) = class::lookup_user(vm, class_value, qstr::DUNDER_SETATTR)? {
                vm.call(setattr, &[object, key, value])?;
                return Ok(());
            }
            store_instance_attr(vm, object, name, value, Some(epoch))
        }
        Some(ObjKind::Class) => {
            vm.lookup_cache.invalidate();
            if name == qstr::DUNDER_GETATTRIBUTE {
                vm.user_getattribute = true;
            }
            let namespace = class::field(vm, object, class::DICT);
            dict::set(vm, namespace, key, value)
        }
        Some(ObjKind::Module) => {
            let namespace = module::dict(vm, object);
            dict::set(vm, namespace, key, value)
        }
        Some(ObjKind::Function) => {
            if matches!(name, qstr::DUNDER_GLOBALS | qstr::DUNDER_CLOSURE) {
                return Err(vm.raise_attribute_error("readonly attribute"));
            }
            let attributes = function_dict(vm, object)?;
            dict::set(vm, attributes, key, value)
        }
        Some(ObjKind::Exception) => {
            let field = match name {
                qstr::DUNDER_CAUSE => Some(exception::CAUSE),
                qstr::DUNDER_CONTEXT => Some(exception::CONTEXT),
                qstr::DUNDER_TRACEBACK => Some(exception::TRACEBACK),
                qstr::DUNDER_SUPPRESS_CONTEXT => Some(exception::SUPPRESS_CONTEXT),
                qstr::ARGS => Some(exception::ARGS),
                _ => None,
            };
            match field {
                Some(exception::ARGS) => {
                    let items = ops::iter::collect_rooted(vm, value);
                    let items = items?;
                    let args = tuple::new(vm, &items)?;
                    exception::set_field(vm, object, exception::ARGS, args);
                    Ok(())
                }
                Some(exception::TRACEBACK) if value.is_none() => {
                    // The entry list is kept for reuse (a raise with the
                    // heap locked records into it), also when it is held by
                    // a traceback object handed out earlier, which then
                    // reads as the new traceback (a documented difference).
                    let field = exception::field(vm, object, exception::TRACEBACK);
                    let list = objects::traceback::entries(vm, field);
                    exception::set_field(vm, object, exception::TRACEBACK, list);
                    exception::clear_traceback(vm, object);
                    Ok(())
                }
                Some(exception::TRACEBACK) => {
                    let entries = objects::traceback::to_entries(vm, value)?;
                    exception::set_field(vm, object, exception::TRACEBACK, entries);
                    Ok(())
                }
                Some(index) => {
                    if index == exception::CAUSE {
                        exception::set_field(vm, object, exception::SUPPRESS_CONTEXT, Value::TRUE);
                    }
                    exception::set_field(vm, object, index, value);
                    Ok(())
                }
                None => {
                    let class_value = exception::field(vm, object, exception::CLASS);
                    if class::is_class(vm, class_value) {
                        if let Some(attribute) = class::lookup_user(vm, class_value, name)? {
                            if vm.heap.kind_of(attribute) == Some(ObjKind::Property) {
                                let setter = property::field(vm, attribute, property::SETTER);
                                if !setter.is_none() {
                                    vm.call(setter, &[object, value])?;
                                    return Ok(());
                                }
                            }
                        }
                    }
                    let attributes = exception::dict(vm, object)?;
                    dict::set(vm, attributes, key, value)
                }
            }
        }
        _ => {
            let message = if object.as_builtin_type().is_some() {
                format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    vm.qstr_text(name),
                    ops::types::class_name(vm, object)
                )
            } else {
                format!(
                    "'{}' object has no attribute '{}'",
                    ops::types::type_name(vm, object),
                    vm.qstr_text(name)
                )
            };
            Err(vm.raise_attribute_error(&message))
        }
    }
}

/// `object.__setattr__(obj, name, value)` for an instance of a user
/// class: a property's setter or a descriptor's `__set__`, else the
/// instance dict, which `__slots__` may restrict.
pub fn set_instance_attr(vm: &mut Vm, object: Value, name: QStr, value: Value) -> PyResult<()> {
    store_instance_attr(vm, object, name, value, None)
}

/// `set_instance_attr`; with `cache_epoch` (the lookup cache's epoch
/// before the class was consulted, from a caller that found no
/// `__setattr__`) a store into the instance dict is remembered.
fn store_instance_attr(
    vm: &mut Vm,
    object: Value,
    name: QStr,
    value: Value,
    cache_epoch: Option<u64>,
) -> PyResult<()> {
    if name == qstr::DUNDER_CLASS {
        return assign_class(vm, object, value);
    }
    let class_value = instance::class(vm, object);
    let class_attribute = class::lookup(vm, class_value, name)?;
    if let Some(attribute) = class_attribute {
        if vm.heap.kind_of(attribute) == Some(ObjKind::Property) {
            let setter = property::field(vm, attribute, property::SETTER);
            if setter.is_none() {
                let message = format!(
                    "property '{}' of '{}' object has no setter",
                    vm.qstr_text(name),
                    ops::types::class_name(vm, class_value)
                );
                return Err(vm.raise_attribute_error(&message));
            }
            vm.call(setter, &[object, value])?;
            return Ok(());
        }
        if let Some(set) = descriptor_method(vm, attribute, qstr::DUNDER_SET)? {
            vm.call(set, &[attribute, object, value])?;
            return Ok(());
        }
    }
    if !class::allows_attribute(vm, class_value, name) {
        let message = format!(
            "'{}' object has no attribute '{}'",
            ops::types::class_name(vm, class_value),
            vm.qstr_text(name)
        );
        return Err(vm.raise_attribute_error(&message));
    }
    let attributes = instance::dict(vm, object)?;
    dict::set(vm, attributes, Value::from_qstr(name), value)?;
    if let Some(epoch) = cache_epoch {
        if attr_cache::yields_to_instance_dict(vm, class_attribute) {
            vm.remember_instance_slot(epoch, class_value, name, AttrOp::Store, attributes);
        }
    }
    Ok(())
}

/// `obj.__class__ = new_class`: allowed between user classes whose
/// instances have the same layout (builtin base and `__slots__`).
fn assign_class(vm: &mut Vm, object: Value, new_class: Value) -> PyResult<()> {
    if new_class.as_builtin_type().is_some() {
        return Err(vm.raise_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !class::is_class(vm, new_class) {
        let message = format!(
            "__class__ must be set to a class, not '{}' object",
            ops::types::type_name(vm, new_class)
        );
        return Err(vm.raise_type_error(&message));
    }
    let old_class = instance::class(vm, object);
    let same_layout = |vm: &mut Vm| -> PyResult<bool> {
        let old_base = class::field(vm, old_class, class::BUILTIN_BASE);
        let new_base = class::field(vm, new_class, class::BUILTIN_BASE);
        if old_base != new_base {
            return Ok(false);
        }
        let old_slots = class::field(vm, old_class, class::SLOTS);
        let new_slots = class::field(vm, new_class, class::SLOTS);
        if old_slots.is_none() || new_slots.is_none() {
            return Ok(old_slots.is_none() && new_slots.is_none());
        }
        ops::compare::equal(vm, old_slots, new_slots)
    };
    if !same_layout(vm)? {
        let message = format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            ops::types::class_name(vm, new_class),
            ops::types::class_name(vm, old_class)
        );
        return Err(vm.raise_type_error(&message));
    }
    instance::set_class(vm, object, new_class);
    Ok(())
}

/// `del obj.name`.
pub fn delete_attr(vm: &mut Vm, object: Value, name: QStr) -> PyResult<()> {
    let key = Value::from_qstr(name);
    let namespace = match vm.heap.kind_of(object) {
        Some(ObjKind::Instance) => {
            if name == qstr::DUNDER_CLASS {
                return Err(vm.raise_type_error("can't delete __class__ attribute"));
            }
            let class_value = instance::class(vm, object);
            if let Some(attribute) = class::lookup(vm, class_value, name)? {
                if vm.heap.kind_of(attribute) == Some(ObjKind::Property) {
                    let deleter = property::field(vm, attribute, property::DELETER);
                    if deleter.is_none() {
                        let message = format!(
                            "property '{}' of '{}' object has no deleter",
                            vm.qstr_text(name),
                            ops::types::class_name(vm, class_value)
                        );
                        return Err(vm.raise_attribute_error(&message));
                    }
                    vm.call(deleter, &[object])?;
                    return Ok(());
                }
            }
            if let Some(delattr) = class::lookup_user(vm, class_value, qstr::DUNDER_DELATTR)? {
                vm.call(delattr, &[object, key])?;
                return Ok(());
            }
            if let Some(attribute) = class::lookup(vm, class_value, name)? {
                if let Some(delete) = descriptor_method(vm, attribute, qstr::DUNDER_DELETE)? {
                    vm.call(delete, &[attribute, object])?;
                    return Ok(());
                }
            }
            instance::existing_dict(vm, object)
        }
        Some(ObjKind::Class) => {
            vm.lookup_cache.invalidate();
            Some(class::field(vm, object, class::DICT))
        }
        Some(ObjKind::Module) => Some(module::dict(vm, object)),
        Some(ObjKind::Function) => {
            let attributes = function::field(vm, object, function::DICT);
            attributes.is_heap().then_some(attributes)
        }
        Some(ObjKind::Exception) => {
            let attributes = exception::field(vm, object, exception::DICT);
            attributes.is_heap().then_some(attributes)
        }
        _ => None,
    };
    if let Some(namespace) = namespace {
        if dict::remove(vm, namespace, key)?.is_some() {
            return Ok(());
        }
    }
    Err(attribute_error(vm, object, name))
}
