//! The operator methods of builtin types that have no method of their own:
//! `int.__lt__`, `str.__add__`, `list.__iadd__`, `(5).__rsub__(7)`.
//!
//! The interpreter never calls these (operators go straight to `ops`); they
//! exist for code that names the method: `super().__add__(other)` in a
//! subclass of a builtin, `int.__lt__(a, b)`, `hasattr(x, "__lt__")`. One
//! native per operator serves every type: it works on the builtin values
//! inside subclass instances and answers NotImplemented where the builtin
//! operation does not apply, as CPython's methods do. Which type has which
//! method is a bit mask per type (`own_slots`), searched only after a
//! type's own method table misses (`Vm::own_type_attribute`), so the tables
//! stay as small as they were; a type's wrappers come before its bases'
//! methods, so `int.__repr__` is int's, not object's.

use crate::builtins::args::check;
use crate::bytecode::opcodes::BinaryOp;
use crate::error::PyResult;
use crate::native::{Args, NativeFunction};
use crate::ops::compare::CompareOp;
use crate::ops::{self, arith::unwrap_native};
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;

/// `x.__op__(y)` for a builtin comparison: NotImplemented where the types
/// do not compare (object's own `__lt__` is always that).
fn compare_slot(vm: &mut Vm, args: &Args, op: CompareOp, name: &str) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let a = unwrap_native(vm, args.get(vm, 0));
    let b = unwrap_native(vm, args.get(vm, 1));
    match ops::compare::builtin_compare(vm, op, a, b) {
        Ok(holds) => Ok(Value::from_bool(holds)),
        Err(raised) => {
            if vm.exception_matches(types::TYPE_ERROR) {
                vm.take_exception();
                Ok(Value::NOT_IMPLEMENTED)
            } else {
                Err(raised)
            }
        }
    }
}

/// object's `__lt__` and the rest: the ordering comparisons are left to the
/// other operand (only `__eq__` and `__ne__` mean something for object).
fn object_order(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    check(vm, args, name, 2, 2)?;
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_lt(vm: &mut Vm, args: &Args) -> PyResult {
    object_order(vm, args, "__lt__")
}

fn object_le(vm: &mut Vm, args: &Args) -> PyResult {
    object_order(vm, args, "__le__")
}

fn object_gt(vm: &mut Vm, args: &Args) -> PyResult {
    object_order(vm, args, "__gt__")
}

fn object_ge(vm: &mut Vm, args: &Args) -> PyResult {
    object_order(vm, args, "__ge__")
}

/// `x.__op__(y)`, or `x.__rop__(y)` (`y op x`) when `reflected`.
fn binary_slot(vm: &mut Vm, args: &Args, op: BinaryOp, reflected: bool, name: &str) -> PyResult {
    // `int.__pow__(base, exponent, modulus)` is three-argument `pow`.
    let most = if op == BinaryOp::Pow && !reflected {
        3
    } else {
        2
    };
    check(vm, args, name, 2, most)?;
    let a = unwrap_native(vm, args.get(vm, 0));
    let b = unwrap_native(vm, args.get(vm, 1));
    if args.count == 3 {
        let modulus = args.get(vm, 2);
        let pow = vm.intern("pow");
        return match vm.builtin(pow)? {
            Some(pow) => vm.call(pow, &[a, b, modulus]),
            None => Ok(Value::NOT_IMPLEMENTED),
        };
    }
    let (left, right) = if reflected { (b, a) } else { (a, b) };
    Ok(ops::arith::builtin_binary(vm, op, left, right)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

/// `x.__iop__(y)` for the mutable sequences: updated in place, and the
/// method returns the object itself (a subclass instance stays one).
fn inplace_slot(vm: &mut Vm, args: &Args, op: BinaryOp, name: &str) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let target = args.get(vm, 0);
    let a = unwrap_native(vm, target);
    let b = unwrap_native(vm, args.get(vm, 1));
    if ops::arith::builtin_binary(vm, op, a, b)?.is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    ops::arith::inplace(vm, op, a, b)?;
    Ok(target)
}

fn divmod_slot(vm: &mut Vm, args: &Args, reflected: bool, name: &str) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let a = unwrap_native(vm, args.get(vm, 0));
    let b = unwrap_native(vm, args.get(vm, 1));
    let (left, right) = if reflected { (b, a) } else { (a, b) };
    let numbers = |vm: &Vm, v: Value| {
        matches!(
            ops::types::builtin_type_of(vm, v),
            Some(types::INT | types::BOOL | types::FLOAT)
        )
    };
    if !numbers(vm, left) || !numbers(vm, right) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    ops::arith::divmod(vm, left, right)
}

/// The value inside `self` for the one-argument methods.
fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    check(vm, args, name, 1, 1)?;
    Ok(unwrap_native(vm, args.get(vm, 0)))
}

fn slot_bool(vm: &mut Vm, args: &Args) -> PyResult {
    let value = receiver(vm, args, "__bool__")?;
    ops::truth::truthy(vm, value).map(Value::from_bool)
}

fn slot_invert(vm: &mut Vm, args: &Args) -> PyResult {
    let value = receiver(vm, args, "__invert__")?;
    ops::arith::invert(vm, value)
}

fn slot_pos(vm: &mut Vm, args: &Args) -> PyResult {
    let value = receiver(vm, args, "__pos__")?;
    ops::arith::positive(vm, value)
}

/// `int.__trunc__`, `__floor__`, `__ceil__`: the int itself (a bool as
/// 0 or 1, as `+x` gives).
fn integral(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    let value = receiver(vm, args, name)?;
    ops::arith::positive(vm, value)
}

fn slot_trunc(vm: &mut Vm, args: &Args) -> PyResult {
    integral(vm, args, "__trunc__")
}

fn slot_floor(vm: &mut Vm, args: &Args) -> PyResult {
    integral(vm, args, "__floor__")
}

fn slot_ceil(vm: &mut Vm, args: &Args) -> PyResult {
    integral(vm, args, "__ceil__")
}

fn slot_complex(vm: &mut Vm, args: &Args) -> PyResult {
    receiver(vm, args, "__complex__")
}

fn slot_reversed(vm: &mut Vm, args: &Args) -> PyResult {
    let value = receiver(vm, args, "__reversed__")?;
    vm.call(Value::from_builtin_type(types::REVERSED), &[value])
}

/// The builtin type's repr of the value inside `self`: `super().__repr__()`
/// in a subclass that overrides `__repr__` must not reach the override.
fn slot_repr(vm: &mut Vm, args: &Args) -> PyResult {
    let value = receiver(vm, args, "__repr__")?;
    ops::repr::repr(vm, value)
}

fn slot_hash(vm: &mut Vm, args: &Args) -> PyResult {
    let value = receiver(vm, args, "__hash__")?;
    let hash = ops::hash::hash_value(vm, value)?;
    crate::objects::int::from_i64(vm, hash as i64)
}

/// `str.__str__`: the text itself, as an exact str.
fn slot_str(vm: &mut Vm, args: &Args) -> PyResult {
    receiver(vm, args, "__str__")
}

fn slot_divmod(vm: &mut Vm, args: &Args) -> PyResult {
    divmod_slot(vm, args, false, "__divmod__")
}

fn slot_rdivmod(vm: &mut Vm, args: &Args) -> PyResult {
    divmod_slot(vm, args, true, "__rdivmod__")
}

fn slot_iadd(vm: &mut Vm, args: &Args) -> PyResult {
    inplace_slot(vm, args, BinaryOp::Add, "__iadd__")
}

fn slot_imul(vm: &mut Vm, args: &Args) -> PyResult {
    inplace_slot(vm, args, BinaryOp::Mul, "__imul__")
}

fn slot_ior(vm: &mut Vm, args: &Args) -> PyResult {
    inplace_slot(vm, args, BinaryOp::BitOr, "__ior__")
}

fn slot_iand(vm: &mut Vm, args: &Args) -> PyResult {
    inplace_slot(vm, args, BinaryOp::BitAnd, "__iand__")
}

fn slot_ixor(vm: &mut Vm, args: &Args) -> PyResult {
    inplace_slot(vm, args, BinaryOp::BitXor, "__ixor__")
}

fn slot_isub(vm: &mut Vm, args: &Args) -> PyResult {
    inplace_slot(vm, args, BinaryOp::Sub, "__isub__")
}

/// Declares the comparison and binary-operator wrappers, and `SLOTS`: every
/// wrapper, in the order of the `Slot` bits.
macro_rules! operator_slots {
    (
        compare { $($cfn:ident $cop:ident $cname:literal;)* }
        binary { $($bfn:ident $rfn:ident $bop:ident $bname:literal $rname:literal;)* }
        other { $($ofn:ident $oname:literal;)* }
    ) => {
        $(fn $cfn(vm: &mut Vm, args: &Args) -> PyResult {
            compare_slot(vm, args, CompareOp::$cop, $cname)
        })*
        $(
            fn $bfn(vm: &mut Vm, args: &Args) -> PyResult {
                binary_slot(vm, args, BinaryOp::$bop, false, $bname)
            }
            fn $rfn(vm: &mut Vm, args: &Args) -> PyResult {
                binary_slot(vm, args, BinaryOp::$bop, true, $rname)
            }
        )*

        /// Every wrapper; the position of each is its bit in a type's mask.
        pub static SLOTS: &[NativeFunction] = &[
            $(NativeFunction::operator_method($cname, $cfn),)*
            $(NativeFunction::operator_method($bname, $bfn), NativeFunction::operator_method($rname, $rfn),)*
            $(NativeFunction::operator_method($oname, $ofn),)*
        ];
    };
}

operator_slots! {
    compare {
        slot_lt Lt "__lt__";
        slot_le Le "__le__";
        slot_gt Gt "__gt__";
        slot_ge Ge "__ge__";
    }
    binary {
        slot_add slot_radd Add "__add__" "__radd__";
        slot_sub slot_rsub Sub "__sub__" "__rsub__";
        slot_mul slot_rmul Mul "__mul__" "__rmul__";
        slot_truediv slot_rtruediv TrueDiv "__truediv__" "__rtruediv__";
        slot_floordiv slot_rfloordiv FloorDiv "__floordiv__" "__rfloordiv__";
        slot_mod slot_rmod Mod "__mod__" "__rmod__";
        slot_pow slot_rpow Pow "__pow__" "__rpow__";
        slot_lshift slot_rlshift LShift "__lshift__" "__rlshift__";
        slot_rshift slot_rrshift RShift "__rshift__" "__rrshift__";
        slot_and slot_rand BitAnd "__and__" "__rand__";
        slot_or slot_ror BitOr "__or__" "__ror__";
        slot_xor slot_rxor BitXor "__xor__" "__rxor__";
    }
    other {
        slot_divmod "__divmod__";
        slot_rdivmod "__rdivmod__";
        slot_bool "__bool__";
        slot_invert "__invert__";
        slot_pos "__pos__";
        slot_trunc "__trunc__";
        slot_floor "__floor__";
        slot_ceil "__ceil__";
        slot_complex "__complex__";
        slot_iadd "__iadd__";
        slot_imul "__imul__";
        slot_reversed "__reversed__";
        slot_repr "__repr__";
        slot_hash "__hash__";
        slot_str "__str__";
        slot_ior "__ior__";
        slot_iand "__iand__";
        slot_ixor "__ixor__";
        slot_isub "__isub__";
        object_lt "__lt__";
        object_le "__le__";
        object_gt "__gt__";
        object_ge "__ge__";
    }
}

/// Bit masks over `SLOTS`.
const COMPARE: u64 = 0b1111;
/// An operator's forward method (`__add__`): after the comparisons, each
/// operator's two methods side by side.
const fn forward(index: u32) -> u64 {
    1 << (4 + 2 * index)
}
/// Its forward and reflected methods (`__add__` and `__radd__`).
const fn binary(index: u32) -> u64 {
    0b11 << (4 + 2 * index)
}
const ADD: u64 = binary(0);
const SUB: u64 = binary(1);
const MUL: u64 = binary(2);
const TRUEDIV: u64 = binary(3);
const FLOORDIV: u64 = binary(4);
const MOD: u64 = binary(5);
const POW: u64 = binary(6);
const SHIFTS: u64 = binary(7) | binary(8);
const BITWISE: u64 = binary(9) | binary(10) | binary(11);
const OR: u64 = binary(10);
const OTHER: u32 = 4 + 24;
const DIVMOD: u64 = 0b11 << OTHER;
const BOOL: u64 = 1 << (OTHER + 2);
const INVERT: u64 = 1 << (OTHER + 3);
const POS: u64 = 1 << (OTHER + 4);
const INTEGRAL: u64 = 0b111 << (OTHER + 5);
const COMPLEX: u64 = 1 << (OTHER + 8);
const INPLACE: u64 = 0b11 << (OTHER + 9);
const REVERSED: u64 = 1 << (OTHER + 11);
const REPR: u64 = 1 << (OTHER + 12);
const HASH: u64 = 1 << (OTHER + 13);
const STR_ITSELF: u64 = 1 << (OTHER + 14);
const INPLACE_OR: u64 = 1 << (OTHER + 15);
const INPLACE_SET: u64 = 0b1111 << (OTHER + 15);
const OBJECT_ORDER: u64 = 0b1111 << (OTHER + 19);

const ARITHMETIC: u64 = ADD | SUB | MUL | TRUEDIV | FLOORDIV | MOD | POW;
/// `seq + seq` has no reflected form; `n * seq` has.
const SEQUENCE: u64 = forward(0) | MUL | REPR;
/// What every builtin type but object has: its own repr and, for the
/// immutable ones, its own hash (object's is by identity).
const VALUE: u64 = REPR | HASH;

/// The wrappers a builtin type has beyond those of its base.
fn own_slots(id: TypeId) -> u64 {
    match id {
        types::OBJECT => OBJECT_ORDER,
        types::INT => {
            VALUE
                | COMPARE
                | ARITHMETIC
                | SHIFTS
                | BITWISE
                | DIVMOD
                | BOOL
                | INVERT
                | POS
                | INTEGRAL
        }
        types::FLOAT => VALUE | COMPARE | ARITHMETIC | DIVMOD | BOOL | POS,
        types::COMPLEX => VALUE | ADD | SUB | MUL | TRUEDIV | POW | BOOL | POS | COMPLEX,
        types::STR => SEQUENCE | COMPARE | HASH | MOD | STR_ITSELF,
        types::BYTES => SEQUENCE | COMPARE | HASH | MOD,
        types::BYTEARRAY => SEQUENCE | COMPARE | MOD | INPLACE,
        types::LIST => SEQUENCE | COMPARE | INPLACE | REVERSED,
        types::TUPLE => SEQUENCE | COMPARE | HASH,
        types::DICT => REPR | OR | INPLACE_OR | REVERSED,
        types::SET => REPR | COMPARE | SUB | BITWISE | INPLACE_SET,
        types::FROZENSET => VALUE | COMPARE | SUB | BITWISE,
        types::RANGE => VALUE | BOOL | REVERSED,
        types::NONE_TYPE => VALUE | BOOL,
        _ => 0,
    }
}

/// Whether builtin type `id` itself (not a base) has wrapper `bit`.
pub fn has_own_slot(id: TypeId, bit: u8) -> bool {
    own_slots(id) & (1 << bit) != 0
}

/// Number the wrappers and return `(name, value, bit)` sorted by name, for
/// `Vm::type_attribute` to search.
pub(crate) fn install(vm: &mut Vm) -> alloc::vec::Vec<(crate::qstr::QStr, Value, u8)> {
    debug_assert!(SLOTS.len() <= 64, "a type's wrappers are a u64 mask");
    let mut table = alloc::vec::Vec::with_capacity(SLOTS.len());
    for (bit, function) in SLOTS.iter().enumerate() {
        let value = vm.register_new_native(function);
        let name = vm.interner.intern_static(function.name);
        table.push((name, value, bit as u8));
    }
    table.sort_by_key(|&(name, _, _)| name);
    table
}
