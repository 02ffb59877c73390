//! Code objects. The bytecode, line table and constants of a compiled
//! function live outside the GC heap in a `CodeData` (shared by `Rc` with
//! the frames running it); the GC heap holds a small Code object that names
//! its slot in the heap's code table. When the collector frees the Code
//! object it drops the slot. The constants are Values, traced through the
//! Code object.

use crate::bytecode::verify::{verify, Verified};
use crate::bytecode::{CodeInfo, CodeUnit, Constant};
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;
use alloc::rc::Rc;
use alloc::vec::Vec;

pub struct CodeData {
    pub info: CodeInfo,
    pub consts: Vec<Value>,
    /// Code data exists only verified: the dispatch loop relies on it
    /// (`bytecode/verify.rs`), and this private field makes `CodeData::new`
    /// the only way to build one.
    _verified: Verified,
}

impl CodeData {
    /// Verify `info`'s bytecode against `consts` and the VM's interned
    /// strings; a SystemError if it fails (a compiler bug).
    pub fn new(vm: &mut Vm, info: CodeInfo, consts: Vec<Value>) -> PyResult<CodeData> {
        match verify(&info, consts.len(), vm.interner.len()) {
            Ok(verified) => Ok(CodeData {
                info,
                consts,
                _verified: verified,
            }),
            Err(error) => {
                let text = alloc::format!(
                    "bad bytecode in {}: {} at offset {}",
                    info.qualname,
                    error.problem.describe(),
                    error.offset
                );
                Err(vm.raise_msg(crate::types::SYSTEM_ERROR, &text))
            }
        }
    }

    /// Code that only returns None, for a Code object that lost its slot
    /// (a VM bug, but not one worth a crash).
    fn placeholder() -> CodeData {
        let mut info = CodeInfo::default();
        crate::bytecode::Instr::ReturnNone(crate::bytecode::instr::ReturnNone {})
            .encode(&mut info.bytecode);
        match verify(&info, 0, 0) {
            Ok(verified) => CodeData {
                info,
                consts: Vec::new(),
                _verified: verified,
            },
            Err(_) => unreachable!("a lone ReturnNone verifies"),
        }
    }
}

const SLOT: usize = 0;

/// Turn a compiled unit (and the units nested in its constants) into a
/// Code object.
pub fn load(vm: &mut Vm, unit: CodeUnit) -> PyResult<Value> {
    let mark = vm.root_mark();
    let result = load_rooted(vm, unit);
    vm.truncate_roots(mark);
    result
}

fn load_rooted(vm: &mut Vm, unit: CodeUnit) -> PyResult<Value> {
    let CodeUnit { info, consts } = unit;
    let mut values = Vec::with_capacity(consts.len());
    for constant in consts {
        let value = constant_value(vm, constant)?;
        vm.push_root(value);
        values.push(value);
    }
    let data = CodeData::new(vm, info, values)?;
    let object = vm.alloc(ObjKind::Code, 1)?;
    let slot = vm.heap.add_code(Rc::new(data));
    vm.heap
        .set_value(object, SLOT, Value::small_int(slot as isize));
    Ok(Value::from_heap_index(object))
}

fn constant_value(vm: &mut Vm, constant: Constant) -> PyResult<Value> {
    Ok(match constant {
        Constant::None => Value::NONE,
        Constant::True => Value::TRUE,
        Constant::False => Value::FALSE,
        Constant::Ellipsis => Value::ELLIPSIS,
        Constant::Int(n) => crate::objects::int::from_i64(vm, n)?,
        Constant::BigInt {
            negative,
            digits,
            radix,
        } => crate::objects::int::from_digits(vm, negative, &digits, radix)?,
        Constant::Float(x) => crate::objects::float::new(vm, x)?,
        Constant::Complex { real, imag } => crate::objects::complex::new(vm, real, imag)?,
        Constant::Str(text) => crate::objects::str::new(vm, &text)?,
        Constant::SurrogateStr(bytes) => crate::objects::str::from_wtf8(vm, &bytes)?,
        Constant::QStr(id) => Value::from_qstr(id),
        Constant::Bytes(bytes) => crate::objects::bytes::new(vm, &bytes)?,
        Constant::Tuple(items) => {
            let mark = vm.root_mark();
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                let value = constant_value(vm, item)?;
                vm.push_root(value);
                values.push(value);
            }
            let tuple = crate::objects::tuple::new(vm, &values);
            vm.truncate_roots(mark);
            tuple?
        }
        Constant::Code(unit) => load(vm, *unit)?,
    })
}

/// The data of a Code object. Inlined: every Python call starts here.
#[inline]
pub fn data(vm: &Vm, code: Value) -> Rc<CodeData> {
    let slot = vm
        .heap
        .value(code.heap_index_unchecked(), SLOT)
        .small_int_unchecked() as usize;
    match vm.heap.code_data(slot) {
        Some(data) => data.clone(),
        None => missing_data(),
    }
}

/// A live Code object always has its slot; an empty one is a VM bug.
#[cold]
#[inline(never)]
fn missing_data() -> Rc<CodeData> {
    Rc::new(CodeData::placeholder())
}

/// A copy of `code` with `extra` flags set (`types.coroutine` marks a
/// generator function's code this way, as CPython's `code.replace`).
/// `code` must be rooted.
pub fn with_flags(vm: &mut Vm, code: Value, extra: crate::bytecode::CodeFlags) -> PyResult<Value> {
    let original = data(vm, code);
    let mut info = original.info.clone();
    info.flags |= extra;
    let data = CodeData::new(vm, info, original.consts.clone())?;
    let object = vm.alloc(ObjKind::Code, 1)?;
    let slot = vm.heap.add_code(Rc::new(data));
    vm.heap
        .set_value(object, SLOT, Value::small_int(slot as isize));
    Ok(Value::from_heap_index(object))
}
