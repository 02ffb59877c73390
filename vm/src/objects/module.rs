//! Modules (traced): a name and a namespace dict.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;

const NAME: usize = 0;
const DICT: usize = 1;

/// A new module named `name` (a str Value) with an empty namespace holding
/// `__name__`.
pub fn new(vm: &mut Vm, name: Value) -> PyResult<Value> {
    vm.push_root(name);
    let dict = crate::objects::dict::new(vm);
    let dict = match dict {
        Ok(dict) => dict,
        Err(raised) => {
            vm.pop_roots(1);
            return Err(raised);
        }
    };
    vm.push_root(dict);
    let result = (|| {
        crate::objects::dict::set(vm, dict, Value::from_qstr(qstr::DUNDER_NAME), name)?;
        let object = vm.alloc(ObjKind::Module, 2)?;
        vm.heap.set_value(object, NAME, name);
        vm.heap.set_value(object, DICT, dict);
        Ok(Value::from_heap_index(object))
    })();
    vm.pop_roots(2);
    result
}

#[inline]
pub fn dict(vm: &Vm, module: Value) -> Value {
    vm.heap.value(module.heap_index_unchecked(), DICT)
}

#[inline]
pub fn name(vm: &Vm, module: Value) -> Value {
    vm.heap.value(module.heap_index_unchecked(), NAME)
}
