//! The `errno` module: a constant per error name and `errorcode`, the dict
//! from number to name, built from the VM's table (`pyrite_vm::errno`, which
//! OSError also uses for its subclass and messages).

#![no_std]

use pyrite_vm::native::ModuleDef;
use pyrite_vm::objects::{dict, str as pystr};
use pyrite_vm::{PyResult, Value, Vm};

pub static MODULE: ModuleDef = ModuleDef {
    name: "errno",
    functions: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let errorcode = dict::new(vm)?;
    vm.push_root(errorcode);
    let result = (|| {
        for &(name, value, _) in pyrite_vm::errno::TABLE {
            let number = Value::small_int(value as isize);
            pyrite_vm::modules::set_attr(vm, namespace, name, number)?;
            // The first name listed for a number is the one errorcode gives.
            if dict::get(vm, errorcode, number)?.is_none() {
                let text = pystr::new(vm, name)?;
                dict::set(vm, errorcode, number, text)?;
            }
        }
        pyrite_vm::modules::set_attr(vm, namespace, "errorcode", errorcode)
    })();
    vm.pop_roots(1);
    result
}
