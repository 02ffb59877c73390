//! Class creation: `__build_class__` (what a `class` statement calls) and
//! the three-argument `type(name, bases, namespace)`: run the body in a
//! fresh namespace, compute the C3 method resolution order, pick the
//! builtin type instances are laid out as, fill the `__class__` cell for
//! `super()`, and call `__set_name__` and `__init_subclass__`.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::interp::bind::bind_arguments;
use crate::interp::frame::Frame;
use crate::native::{Args, NativeFunction};
use crate::objects::{class, code, dict, function, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static BUILD_CLASS: NativeFunction = NativeFunction::function("__build_class__", build_class);

fn build_class(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count < 2 {
        return Err(vm.raise_type_error("__build_class__: not enough arguments"));
    }
    let body = args.get(vm, 0);
    let name = args.get(vm, 1);
    if vm.heap.kind_of(body) != Some(ObjKind::Function) {
        return Err(vm.raise_type_error("__build_class__: func must be a function"));
    }
    if !pystr::is_str(&vm.heap, name) {
        return Err(vm.raise_type_error("__build_class__: name is not a string"));
    }
    let mut metaclass = Value::UNBOUND;
    for k in 0..args.keyword_count(vm) {
        let (keyword, value) = args.keyword_at(vm, k);
        if pystr::text(vm, keyword) == "metaclass" {
            metaclass = value;
        }
    }
    let mark = vm.root_mark();
    let result = (|| {
        let bases = tuple::from_stack(vm, args.base + 2, args.count - 2)?;
        vm.push_root(bases);
        let namespace = dict::new(vm)?;
        vm.push_root(namespace);
        run_body(vm, body, namespace)?;
        let class_cell = dict::remove(vm, namespace, Value::from_qstr(qstr::DUNDER_CLASSCELL))?;
        // The metaclass: explicit, else the most derived metaclass of the bases.
        if metaclass.is_unbound() {
            metaclass = Value::from_builtin_type(types::TYPE);
            for &base in tuple::items(vm, bases) {
                let base_meta = ops::types::type_of(vm, base);
                if ops::types::is_subclass(vm, base_meta, metaclass) {
                    metaclass = base_meta;
                }
            }
        }
        // Keywords other than `metaclass` go to the metaclass (and from
        // type to __init_subclass__).
        let keywords = dict::new(vm)?;
        vm.push_root(keywords);
        for k in 0..args.keyword_count(vm) {
            let (keyword, value) = args.keyword_at(vm, k);
            if pystr::text(vm, keyword) != "metaclass" {
                dict::set(vm, keywords, keyword, value)?;
            }
        }
        let new_class = if metaclass == Value::from_builtin_type(types::TYPE) {
            create_class_with_keywords(vm, name, bases, namespace, metaclass, keywords)?
        } else {
            let positional = tuple::new(vm, &[name, bases, namespace])?;
            vm.push_root(positional);
            vm.call_unpacked(metaclass, positional, keywords)?
        };
        if let Some(cell) = class_cell {
            if vm.heap.kind_of(cell) == Some(ObjKind::Cell) {
                crate::objects::cell::set(vm, cell, new_class);
            }
        }
        Ok(new_class)
    })();
    vm.truncate_roots(mark);
    result
}

/// Run a class body function with `namespace` as its locals.
fn run_body(vm: &mut Vm, body: Value, namespace: Value) -> PyResult<()> {
    let code_object = function::field(vm, body, function::CODE);
    let data = code::data(vm, code_object);
    let base = vm.stack.len();
    let no_arguments = Args {
        base,
        count: 0,
        kwnames: Value::UNBOUND,
    };
    bind_arguments(vm, body, &data, no_arguments, base)?;
    let globals = function::field(vm, body, function::GLOBALS);
    let frame = Frame {
        code: data,
        code_object,
        function: body,
        globals,
        locals: namespace,
        generator: Value::UNBOUND,
        constructing: Value::UNBOUND,
        base,
        ip: 0,
        call_ip: 0,
        return_to: 0,
        entry: true,
        live_end: 0,
    };
    let result = vm.run_entry_frame(frame);
    vm.stack.truncate(base);
    result.map(|_| ())
}

/// The MRO of a class or builtin type, as a vector.
fn mro_of(vm: &Vm, class_value: Value) -> Vec<Value> {
    if let Some(mut id) = class_value.as_builtin_type() {
        let mut chain = Vec::new();
        loop {
            chain.push(Value::from_builtin_type(id));
            match types::info(id).base {
                Some(base) => id = base,
                None => return chain,
            }
        }
    }
    let mro = class::field(vm, class_value, class::MRO);
    tuple::items(vm, mro).to_vec()
}

/// C3 linearisation of `bases`, without the class itself.
fn c3_merge(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut sequences: Vec<Vec<Value>> = bases.iter().map(|&b| mro_of(vm, b)).collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences
            .iter()
            .map(|s| s[0])
            .find(|&head| !sequences.iter().any(|s| s[1..].contains(&head)));
        let Some(next) = candidate else {
            let names: Vec<String> = bases
                .iter()
                .map(|&b| ops::types::class_name(vm, b))
                .collect();
            let message = format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            );
            return Err(vm.raise_type_error(&message));
        };
        result.push(next);
        for sequence in sequences.iter_mut() {
            if sequence[0] == next {
                sequence.remove(0);
            }
        }
    }
}

/// The builtin type a class's instances are laid out as.
fn layout_of(vm: &Vm, base: Value) -> TypeId {
    if let Some(id) = base.as_builtin_type() {
        return id;
    }
    class::field(vm, base, class::BUILTIN_BASE)
        .as_builtin_type()
        .unwrap_or(types::OBJECT)
}

/// `type.__new__(metaclass, name, bases, namespace, **keywords)` for a
/// metaclass derived from `type`: a class whose type is `metaclass`, the
/// keywords going to `__init_subclass__`.
pub fn new_class_of(vm: &mut Vm, metaclass: Value, args: Args) -> PyResult {
    if args.count != 3 {
        let message = format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.count
        );
        return Err(vm.raise_type_error(&message));
    }
    let (name, bases, namespace) = (args.get(vm, 0), args.get(vm, 1), args.get(vm, 2));
    if !pystr::is_str(&vm.heap, name)
        || vm.heap.kind_of(bases) != Some(ObjKind::Tuple)
        || vm.heap.kind_of(namespace) != Some(ObjKind::Dict)
    {
        return Err(vm.raise_type_error("type.__new__() argument types must be (str, tuple, dict)"));
    }
    let mark = vm.root_mark();
    let result = (|| {
        let copy = dict::copy(vm, namespace, ObjKind::Dict)?;
        vm.push_root(copy);
        let keywords = dict::new(vm)?;
        vm.push_root(keywords);
        for k in 0..args.keyword_count(vm) {
            let (keyword, value) = args.keyword_at(vm, k);
            dict::set(vm, keywords, keyword, value)?;
        }
        create_class_with_keywords(vm, name, bases, copy, metaclass, keywords)
    })();
    vm.truncate_roots(mark);
    result
}

/// Make a class object (what `type(name, bases, namespace)` does).
pub fn create_class(
    vm: &mut Vm,
    name: Value,
    bases: Value,
    namespace: Value,
    metaclass: Value,
) -> PyResult {
    create_class_with_keywords(vm, name, bases, namespace, metaclass, Value::UNBOUND)
}

/// `create_class`, passing the class statement's `keywords` (a dict, or
/// UNBOUND) to `__init_subclass__`.
pub fn create_class_with_keywords(
    vm: &mut Vm,
    name: Value,
    bases: Value,
    namespace: Value,
    metaclass: Value,
    keywords: Value,
) -> PyResult {
    let mut base_list: Vec<Value> = tuple::items(vm, bases).to_vec();
    if base_list.is_empty() {
        base_list.push(Value::from_builtin_type(types::OBJECT));
    }
    let mut layout = types::OBJECT;
    for &base in &base_list {
        if !ops::types::is_type(vm, base) {
            return Err(vm.raise_type_error("bases must be types"));
        }
        if let Some(id) = base.as_builtin_type() {
            if !types::info(id).subclassable {
                let message = format!("type '{}' is not an acceptable base type", types::name(id));
                return Err(vm.raise_type_error(&message));
            }
        }
        let base_layout = layout_of(vm, base);
        if types::is_subtype(base_layout, layout) {
            layout = base_layout;
        } else if !types::is_subtype(layout, base_layout) {
            return Err(vm.raise_type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let linearised = c3_merge(vm, &base_list)?;
    let mark = vm.root_mark();
    let result = (|| {
        // type(name, bases, dict) takes __module__ from the caller's
        // globals, as a class statement's body does.
        let module_key = Value::from_qstr(qstr::DUNDER_MODULE);
        if dict::get(vm, namespace, module_key)?.is_none() {
            let globals = vm.frames.last().map_or(Value::NONE, |frame| frame.globals);
            if vm.heap.kind_of(globals) == Some(ObjKind::Dict) {
                if let Some(module) = dict::get(vm, globals, Value::from_qstr(qstr::DUNDER_NAME))? {
                    dict::set(vm, namespace, module_key, module)?;
                }
            }
        }
        let bases_tuple = if tuple::len(vm, bases) == 0 {
            tuple::new(vm, &base_list)?
        } else {
            bases
        };
        vm.push_root(bases_tuple);
        // The class gets its own copy of the namespace, as in CPython, so
        // that only the class can write its dict (the lookup cache relies
        // on it); `type(name, bases, d)` leaves `d` as it was.
        let namespace = dict::copy(vm, namespace, ObjKind::Dict)?;
        vm.push_root(namespace);
        let qualname = match dict::remove(vm, namespace, Value::from_qstr(qstr::DUNDER_QUALNAME))? {
            Some(q) if pystr::is_str(&vm.heap, q) => q,
            _ => name,
        };
        vm.push_root(qualname);
        // `__new__` is implicitly a staticmethod, as in CPython's type_new.
        let new_key = Value::from_qstr(qstr::DUNDER_NEW);
        if let Some(new_function) = dict::get(vm, namespace, new_key)? {
            if vm.heap.kind_of(new_function) == Some(crate::heap::ObjKind::Function) {
                let wrapped = crate::objects::property::new_wrapper(
                    vm,
                    crate::heap::ObjKind::StaticMethod,
                    new_function,
                )?;
                dict::set(vm, namespace, new_key, wrapped)?;
            }
        }
        let new_class = class::allocate(
            vm,
            name,
            qualname,
            bases_tuple,
            namespace,
            Value::from_builtin_type(layout),
            metaclass,
        )?;
        vm.push_root(new_class);
        let mut mro = Vec::with_capacity(linearised.len() + 1);
        mro.push(new_class);
        mro.extend_from_slice(&linearised);
        let mro_tuple = tuple::new(vm, &mro)?;
        class::set_field(vm, new_class, class::MRO, mro_tuple);
        let slots = slots_of(vm, namespace, &base_list)?;
        class::set_field(vm, new_class, class::SLOTS, slots);
        call_set_name(vm, new_class, namespace)?;
        call_init_subclass(vm, new_class, keywords)?;
        Ok(new_class)
    })();
    vm.truncate_roots(mark);
    result
}

/// The attribute names instances of a new class may have (a tuple), or
/// None when they have an attribute dict: `__slots__` restricts them only
/// if every user base restricts them too, and `"__dict__"` in the slots
/// lifts the restriction.
fn slots_of(vm: &mut Vm, namespace: Value, bases: &[Value]) -> PyResult {
    let Some(declared) = dict::get(vm, namespace, Value::from_qstr(qstr::DUNDER_SLOTS))? else {
        return Ok(Value::NONE);
    };
    let mut names: Vec<Value> = Vec::new();
    for &base in bases {
        if class::is_class(vm, base) {
            let inherited = class::field(vm, base, class::SLOTS);
            if !inherited.is_heap() {
                return Ok(Value::NONE);
            }
            names.extend_from_slice(tuple::items(vm, inherited));
        }
    }
    let declared_names = if pystr::is_str(&vm.heap, declared) {
        alloc::vec![declared]
    } else {
        ops::iter::collect_rooted(vm, declared)?
    };
    for name in declared_names {
        if !pystr::is_str(&vm.heap, name) {
            let message = format!(
                "__slots__ items must be strings, not '{}'",
                ops::types::type_name(vm, name)
            );
            return Err(vm.raise_type_error(&message));
        }
        let name = Value::from_qstr(pystr::to_qstr(vm, name)?);
        if name == Value::from_qstr(qstr::DUNDER_DICT) {
            return Ok(Value::NONE);
        }
        names.push(name);
    }
    tuple::new(vm, &names)
}

/// `__set_name__(owner, name)` on every attribute that defines it.
fn call_set_name(vm: &mut Vm, owner: Value, namespace: Value) -> PyResult<()> {
    // As CPython, over a snapshot of the namespace: a `__set_name__` that
    // changes the class does not change which hooks run.
    let mark = vm.root_mark();
    let mut entries = Vec::new();
    for i in 0..dict::used(vm, namespace) {
        if let Some((key, value)) = dict::entry(vm, namespace, i) {
            if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
                vm.push_root(key);
                vm.push_root(value);
                entries.push((key, value));
            }
        }
    }
    let result = (|| {
        for (key, value) in entries {
            let value_class = crate::objects::instance::class(vm, value);
            if let Some(method) = class::lookup_user(vm, value_class, qstr::DUNDER_SET_NAME)? {
                vm.call(method, &[value, owner, key])?;
            }
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

/// The nearest base's `__init_subclass__` (implicitly a classmethod).
fn call_init_subclass(vm: &mut Vm, new_class: Value, keywords: Value) -> PyResult<()> {
    let mro = class::field(vm, new_class, class::MRO);
    let count = tuple::len(vm, mro);
    let key = Value::from_qstr(qstr::DUNDER_INIT_SUBCLASS);
    for i in 1..count {
        let entry = tuple::item(vm, mro, i);
        if !class::is_class(vm, entry) {
            continue;
        }
        let namespace = class::field(vm, entry, class::DICT);
        if let Some(hook) = dict::get(vm, namespace, key)? {
            let function_value = match vm.heap.kind_of(hook) {
                Some(ObjKind::ClassMethod) => crate::objects::property::field(vm, hook, 0),
                _ => hook,
            };
            if keywords.is_heap() && dict::len(vm, keywords) > 0 {
                let positional = tuple::new(vm, &[new_class])?;
                vm.push_root(positional);
                let result = vm.call_unpacked(function_value, positional, keywords);
                vm.pop_roots(1);
                result?;
            } else {
                vm.call(function_value, &[new_class])?;
            }
            return Ok(());
        }
    }
    if keywords.is_heap() && dict::len(vm, keywords) > 0 {
        let message = format!(
            "{}.__init_subclass__() takes no keyword arguments",
            ops::types::class_name(vm, new_class)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(())
}
