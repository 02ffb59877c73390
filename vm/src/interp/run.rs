//! The dispatch loop.
//!
//! One loop runs every Python frame above an entry frame: a call to a
//! Python function pushes its frame and continues in the same loop, a
//! return pops it, so Python recursion never recurses in Rust. The loop
//! leaves when the entry frame returns or yields, or when an exception
//! escapes it.
//!
//! The current frame's code is held in a local `Rc`, so instructions are
//! decoded from a plain byte slice while the VM is mutated. Registers are
//! `self.stack[base + r]`. Code is verified when it is loaded
//! (`bytecode/verify.rs`), so decoding, register operands and constant
//! operands use no bounds checks. Integer fast paths are inline;
//! everything else calls a runtime operation in `ops/`.

use crate::bytecode::opcodes::instr;
use crate::bytecode::opcodes::INPLACE_BIT;
use crate::bytecode::{
    BinaryOp, CodeFlags, FormatFlags, MakeFunctionFlags, Opcode, VType, WordCompare, WordOp,
    WordUnaryOp,
};
use crate::error::{PyResult, Raised};
use crate::heap::ObjKind;
use crate::interp::frame::{Frame, FrameExit};
use crate::interp::{
    attr_paths, compare_jump, float_paths, index_paths, int_paths, list_append_path,
};
use crate::native::Args;
use crate::objects::{self, cell, dict, function, generator, list, tuple};
use crate::ops::{self, compare::CompareOp};
use crate::qstr::QStr;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// How many backward jumps between two polls of the port's interrupt flag.
const INTERRUPT_POLL_INTERVAL: u32 = 1024;

/// The outcome of a call made by the dispatch loop.
enum Called {
    /// A Python frame was pushed: continue the loop in it.
    Pushed,
    /// The call completed with this result.
    Done(Value),
}

/// What unwinding found.
pub(crate) enum Unwound {
    /// A handler in a frame of this loop: continue there.
    Handled,
    /// The exception left the entry frame.
    Escaped,
}

impl Vm {
    pub(crate) fn dispatch(&mut self) -> PyResult<FrameExit> {
        let mut interrupt_countdown = INTERRUPT_POLL_INTERVAL;
        'frames: loop {
            let frame = match self.frames.last() {
                Some(frame) => frame,
                None => return Ok(FrameExit::Return(Value::NONE)),
            };
            let code = frame.code.clone();
            let base = frame.base;
            let mut ip = frame.ip;
            let bytes: &[u8] = &code.info.bytecode;
            let consts = &code.consts;
            // The register window must exist before any instruction runs
            // in it. Frames are pushed with it allocated, and the stack is
            // only ever cut back to a length it had while this frame was
            // live (return_from_frame, unwind, and the Rust callers of
            // nested loops restore their entry length), so this never
            // grows the stack in practice; it makes the unchecked register
            // accesses below sound whatever a frame's creator did.
            let window_end = base + code.info.register_count as usize;
            if self.stack.len() < window_end {
                debug_assert!(false, "a frame's register window was cut short");
                self.stack.resize(window_end, Value::UNBOUND);
            }

            loop {
                let op_ip = ip;

                // R[r], as a place. Unchecked: verified code has every
                // register operand below register_count (verify.rs), and
                // stack.len() >= window_end holds while the frame runs
                // (established above; the stack never shrinks under a live
                // frame). Registers reached *through* an operand (R[r+1],
                // argument runs) are indexed with checks instead.
                macro_rules! reg {
                    ($r:expr) => {{
                        let at = base + $r.index();
                        debug_assert!(at < window_end && window_end <= self.stack.len());
                        // SAFETY: see above: `at < window_end <= len`.
                        unsafe { *self.stack.get_unchecked(at) }
                    }};
                }
                // R[r] = value, with `value` evaluated first (it may grow
                // the stack); unchecked as `reg!`.
                macro_rules! set_reg {
                    ($r:expr, $value:expr) => {{
                        let value = $value;
                        let at = base + $r.index();
                        debug_assert!(at < window_end && window_end <= self.stack.len());
                        // SAFETY: as in `reg!`.
                        unsafe { *self.stack.get_unchecked_mut(at) = value };
                    }};
                }
                // K[k]. Unchecked: verified code has every constant index
                // below the number of constants.
                macro_rules! constant {
                    ($k:expr) => {{
                        debug_assert!($k.index() < consts.len());
                        // SAFETY: verify.rs checked the index.
                        unsafe { *consts.get_unchecked($k.index()) }
                    }};
                }
                #[allow(unused_macros)]
                macro_rules! decode {
                    ($name:ident) => {{
                        // SAFETY: in verified code, `ip` is always an
                        // instruction boundary (it starts at 0, 0 or a
                        // handler, jump target or resume point, or follows
                        // an instruction that falls through, which is never
                        // the last) and every instruction is complete.
                        let decoded = unsafe { instr::$name::read_unchecked(bytes, ip) };
                        #[allow(unused_assignments)]
                        {
                            ip += instr::$name::SIZE;
                        }
                        decoded
                    }};
                }
                // Propagate an error: record where it happened and unwind.
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(value) => value,
                            Err(Raised) => {
                                if let Some(frame) = self.frames.last_mut() {
                                    frame.ip = op_ip;
                                }
                                match self.unwind() {
                                    Unwound::Handled => continue 'frames,
                                    Unwound::Escaped => return Err(Raised),
                                }
                            }
                        }
                    };
                }
                macro_rules! binary {
                    ($name:ident, $op:expr) => {{
                        let i = decode!($name);
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        let fast: Option<Value> = if a.is_small_int() && b.is_small_int() {
                            int_paths::tagged($op, a, b)
                        } else {
                            None
                        };
                        let result = match fast {
                            Some(value) => value,
                            None => tri!(float_paths::binary_or_general(self, $op, a, b, false)),
                        };
                        set_reg!(i.dst, result);
                    }};
                }
                macro_rules! compare {
                    ($name:ident, $op:expr, $fast:expr) => {{
                        let i = decode!($name);
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        let result = if a.is_small_int() && b.is_small_int() {
                            Value::from_bool($fast(
                                a.small_int_unchecked(),
                                b.small_int_unchecked(),
                            ))
                        } else if let Some(truth) = float_paths::compare(self, $op, a, b) {
                            Value::from_bool(truth)
                        } else {
                            tri!(ops::compare::rich(self, $op, a, b))
                        };
                        set_reg!(i.dst, result);
                    }};
                }
                // A compare-and-branch: jump when the truth of the
                // comparison is `$jump_when`.
                macro_rules! compare_jump {
                    ($name:ident, $op:expr, $fast:expr, $jump_when:expr) => {{
                        let i = decode!($name);
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        let truth = if a.is_small_int() && b.is_small_int() {
                            $fast(a.small_int_unchecked(), b.small_int_unchecked())
                        } else {
                            tri!(compare_jump::truth(self, $op, a, b))
                        };
                        if truth == $jump_when {
                            ip = i.target.offset();
                        }
                    }};
                }
                // The same with a small-int immediate right operand.
                macro_rules! compare_jump_int {
                    ($name:ident, $op:expr, $fast:expr, $jump_when:expr) => {{
                        let i = decode!($name);
                        let a = reg!(i.lhs);
                        let n = i.value.0 as isize;
                        let truth = if a.is_small_int() {
                            $fast(a.small_int_unchecked(), n)
                        } else {
                            tri!(compare_jump::truth(self, $op, a, Value::small_int(n)))
                        };
                        if truth == $jump_when {
                            ip = i.target.offset();
                        }
                    }};
                }
                // BinaryInt with the operator known from the opcode.
                macro_rules! binary_int {
                    ($name:ident, $op:expr) => {{
                        let i = decode!($name);
                        let n = i.value.0 as isize;
                        let b = Value::small_int(n);
                        set_reg!(i.tmp, b);
                        let a = reg!(i.lhs);
                        let fast = if a.is_small_int() {
                            int_paths::binary($op, a.small_int_unchecked(), n)
                        } else {
                            None
                        };
                        let result = match fast {
                            Some(value) => value,
                            None => tri!(float_paths::binary_or_general(
                                self,
                                $op,
                                a,
                                b,
                                i.op.0 & INPLACE_BIT != 0
                            )),
                        };
                        set_reg!(i.dst, result);
                    }};
                }
                // InplaceOp with the operator known from the opcode.
                macro_rules! inplace {
                    ($name:ident, $op:expr) => {{
                        let i = decode!($name);
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        let fast = if a.is_small_int() && b.is_small_int() {
                            int_paths::binary($op, a.small_int_unchecked(), b.small_int_unchecked())
                        } else {
                            None
                        };
                        let result = match fast {
                            Some(value) => value,
                            None => tri!(float_paths::binary_or_general(self, $op, a, b, true)),
                        };
                        set_reg!(i.dst, result);
                    }};
                }
                macro_rules! call {
                    ($dst:expr, $func:expr, $args:expr) => {{
                        let dst = base + $dst.index();
                        match tri!(self.call_from_loop($func, $args, dst, ip, op_ip)) {
                            Called::Pushed => continue 'frames,
                            Called::Done(value) => self.stack[dst] = value,
                        }
                    }};
                }

                debug_assert!(ip < bytes.len());
                // SAFETY: `ip` is an instruction boundary of verified code
                // (see `decode!`), so inside the bytecode at a valid opcode.
                let opcode = unsafe { Opcode::from_byte_unchecked(*bytes.get_unchecked(ip)) };

                match opcode {
                    Opcode::Nop => {
                        decode!(Nop);
                    }
                    Opcode::Move => {
                        let i = decode!(Move);
                        set_reg!(i.dst, reg!(i.src));
                    }
                    Opcode::LoadConst => {
                        let i = decode!(LoadConst);
                        set_reg!(i.dst, constant!(i.index));
                    }
                    Opcode::LoadInt => {
                        let i = decode!(LoadInt);
                        set_reg!(i.dst, Value::small_int(i.value.0 as isize));
                    }
                    Opcode::LoadNone => {
                        let i = decode!(LoadNone);
                        set_reg!(i.dst, Value::NONE);
                    }
                    Opcode::LoadTrue => {
                        let i = decode!(LoadTrue);
                        set_reg!(i.dst, Value::TRUE);
                    }
                    Opcode::LoadFalse => {
                        let i = decode!(LoadFalse);
                        set_reg!(i.dst, Value::FALSE);
                    }
                    Opcode::LoadStr => {
                        let i = decode!(LoadStr);
                        set_reg!(i.dst, Value::from_qstr(QStr(i.name.0 as u32)));
                    }
                    Opcode::LoadGlobal => {
                        let i = decode!(LoadGlobal);
                        let name = QStr(i.name.0 as u32);
                        let globals = self.frames.last().map_or(Value::NONE, |f| f.globals);
                        set_reg!(i.dst, tri!(self.load_global_cached(globals, name)));
                    }
                    Opcode::StoreGlobal => {
                        let i = decode!(StoreGlobal);
                        let globals = self.frames.last().map_or(Value::NONE, |f| f.globals);
                        let value = reg!(i.src);
                        tri!(dict::set(
                            self,
                            globals,
                            Value::from_qstr(QStr(i.name.0 as u32)),
                            value
                        ));
                    }
                    Opcode::DeleteGlobal => {
                        let i = decode!(DeleteGlobal);
                        let globals = self.frames.last().map_or(Value::NONE, |f| f.globals);
                        let name = QStr(i.name.0 as u32);
                        if tri!(dict::remove(self, globals, Value::from_qstr(name))).is_none() {
                            tri!(Err::<(), _>(self.raise_name_error(name)));
                        }
                    }
                    Opcode::LoadName => {
                        let i = decode!(LoadName);
                        let name = QStr(i.name.0 as u32);
                        let (locals, globals) = self
                            .frames
                            .last()
                            .map_or((Value::UNBOUND, Value::NONE), |f| (f.locals, f.globals));
                        let mut found = None;
                        if locals.is_heap() {
                            found = tri!(ops::namespace::get(self, locals, name));
                        }
                        let value = match found {
                            Some(value) => value,
                            None => tri!(self.load_global(globals, name)),
                        };
                        set_reg!(i.dst, value);
                    }
                    Opcode::StoreName => {
                        let i = decode!(StoreName);
                        let name = QStr(i.name.0 as u32);
                        let (locals, globals) = self
                            .frames
                            .last()
                            .map_or((Value::UNBOUND, Value::NONE), |f| (f.locals, f.globals));
                        let target = if locals.is_heap() { locals } else { globals };
                        let value = reg!(i.src);
                        tri!(ops::namespace::set(self, target, name, value));
                    }
                    Opcode::DeleteName => {
                        let i = decode!(DeleteName);
                        let name = QStr(i.name.0 as u32);
                        let (locals, globals) = self
                            .frames
                            .last()
                            .map_or((Value::UNBOUND, Value::NONE), |f| (f.locals, f.globals));
                        let target = if locals.is_heap() { locals } else { globals };
                        if !tri!(ops::namespace::delete(self, target, name)) {
                            tri!(Err::<(), _>(self.raise_name_error(name)));
                        }
                    }
                    Opcode::LoadBuiltin => {
                        let i = decode!(LoadBuiltin);
                        let name = QStr(i.name.0 as u32);
                        set_reg!(i.dst, tri!(self.load_builtin_cached(name)));
                    }
                    Opcode::CheckBound => {
                        let i = decode!(CheckBound);
                        if reg!(i.reg).is_unbound() {
                            tri!(Err::<(), _>(
                                self.raise_unbound_local(QStr(i.name.0 as u32))
                            ));
                        }
                    }
                    Opcode::DeleteFast => {
                        let i = decode!(DeleteFast);
                        if reg!(i.reg).is_unbound() {
                            tri!(Err::<(), _>(
                                self.raise_unbound_local(QStr(i.name.0 as u32))
                            ));
                        }
                        set_reg!(i.reg, Value::UNBOUND);
                    }
                    Opcode::ClearReg => {
                        let i = decode!(ClearReg);
                        set_reg!(i.reg, Value::UNBOUND);
                    }
                    Opcode::MakeCell => {
                        let i = decode!(MakeCell);
                        let contents = reg!(i.reg);
                        set_reg!(i.reg, tri!(cell::new(self, contents)));
                    }
                    Opcode::LoadDeref => {
                        let i = decode!(LoadDeref);
                        let value = cell::get(self, reg!(i.cell));
                        if value.is_unbound() {
                            let name = QStr(i.name.0 as u32);
                            let text = format!(
                                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                                self.qstr_text(name)
                            );
                            tri!(Err::<(), _>(self.raise_msg(types::NAME_ERROR, &text)));
                        }
                        set_reg!(i.dst, value);
                    }
                    Opcode::StoreDeref => {
                        let i = decode!(StoreDeref);
                        let value = reg!(i.src);
                        cell::set(self, reg!(i.cell), value);
                    }
                    Opcode::DeleteDeref => {
                        let i = decode!(DeleteDeref);
                        let cell_value = reg!(i.cell);
                        if cell::get(self, cell_value).is_unbound() {
                            tri!(Err::<(), _>(
                                self.raise_unbound_local(QStr(i.name.0 as u32))
                            ));
                        }
                        cell::set(self, cell_value, Value::UNBOUND);
                    }

                    Opcode::LoadAttr => {
                        let i = decode!(LoadAttr);
                        let object = reg!(i.obj);
                        let name = QStr(i.name.0 as u32);
                        let value = match attr_paths::load(self, object, name) {
                            Some(value) => value,
                            None => tri!(ops::attr::get_attr(self, object, name)),
                        };
                        set_reg!(i.dst, value);
                    }
                    Opcode::StoreAttr => {
                        let i = decode!(StoreAttr);
                        let (object, value) = (reg!(i.obj), reg!(i.src));
                        let name = QStr(i.name.0 as u32);
                        if !attr_paths::store(self, object, name, value) {
                            tri!(ops::attr::set_attr(self, object, name, value));
                        }
                    }
                    Opcode::DeleteAttr => {
                        let i = decode!(DeleteAttr);
                        let object = reg!(i.obj);
                        tri!(ops::attr::delete_attr(self, object, QStr(i.name.0 as u32)));
                    }
                    Opcode::LoadMethod => {
                        let i = decode!(LoadMethod);
                        let object = reg!(i.obj);
                        let name = QStr(i.name.0 as u32);
                        let cached = list_append_path::load(self, object, name)
                            .or_else(|| attr_paths::load_method(self, object, name));
                        let (method, receiver) = match cached {
                            Some(pair) => pair,
                            None => tri!(ops::attr::load_method(self, object, name)),
                        };
                        set_reg!(i.dst, method);
                        self.stack[base + i.dst.index() + 1] = receiver;
                    }
                    Opcode::GetItem => {
                        let i = decode!(GetItem);
                        let (object, key) = (reg!(i.obj), reg!(i.key));
                        let fast = if key.is_small_int() {
                            index_paths::get(self, object, key.small_int_unchecked())
                        } else {
                            None
                        };
                        set_reg!(
                            i.dst,
                            match fast {
                                Some(value) => value,
                                None => tri!(ops::subscript::get_item(self, object, key)),
                            }
                        );
                    }
                    Opcode::SetItem => {
                        let i = decode!(SetItem);
                        let (object, key, value) = (reg!(i.obj), reg!(i.key), reg!(i.src));
                        if !(key.is_small_int()
                            && index_paths::set(self, object, key.small_int_unchecked(), value))
                        {
                            tri!(ops::subscript::set_item(self, object, key, value));
                        }
                    }
                    Opcode::GetSlice => {
                        let i = decode!(GetSlice);
                        let object = reg!(i.obj);
                        let first = base + i.base.index();
                        let bounds = [
                            self.stack[first],
                            self.stack[first + 1],
                            self.stack[first + 2],
                        ];
                        set_reg!(
                            i.dst,
                            tri!(ops::slice_subscript::get_slice(self, object, bounds))
                        );
                    }
                    Opcode::SetSlice => {
                        let i = decode!(SetSlice);
                        let (object, value) = (reg!(i.obj), reg!(i.src));
                        let first = base + i.base.index();
                        let bounds = [
                            self.stack[first],
                            self.stack[first + 1],
                            self.stack[first + 2],
                        ];
                        tri!(ops::slice_subscript::set_slice(self, object, bounds, value));
                    }
                    Opcode::LoadSuperMethod => {
                        let i = decode!(LoadSuperMethod);
                        let first = base + i.base.index();
                        let name = QStr(i.name.0 as u32);
                        let (callee, start_class, receiver) = (
                            self.stack[first],
                            self.stack[first + 1],
                            self.stack[first + 2],
                        );
                        let direct = if callee == Value::from_builtin_type(types::SUPER) {
                            tri!(ops::attr::super_method(self, start_class, receiver, name))
                        } else {
                            None
                        };
                        let (method, bound_to) = match direct {
                            Some(pair) => pair,
                            None => {
                                // As written: call super(...), then load the
                                // method from the super object it makes.
                                let args = Args {
                                    base: first + 1,
                                    count: 2,
                                    kwnames: Value::UNBOUND,
                                };
                                let made = tri!(self.call_args(callee, args));
                                self.stack[first] = made;
                                tri!(ops::attr::load_method(self, made, name))
                            }
                        };
                        set_reg!(i.dst, method);
                        self.stack[base + i.dst.index() + 1] = bound_to;
                    }
                    Opcode::DeleteItem => {
                        let i = decode!(DeleteItem);
                        let (object, key) = (reg!(i.obj), reg!(i.key));
                        tri!(ops::subscript::delete_item(self, object, key));
                    }

                    Opcode::Add => binary!(Add, BinaryOp::Add),
                    Opcode::Sub => binary!(Sub, BinaryOp::Sub),
                    Opcode::Mul => binary!(Mul, BinaryOp::Mul),
                    Opcode::TrueDiv => binary!(TrueDiv, BinaryOp::TrueDiv),
                    Opcode::FloorDiv => binary!(FloorDiv, BinaryOp::FloorDiv),
                    Opcode::Mod => binary!(Mod, BinaryOp::Mod),
                    Opcode::Pow => binary!(Pow, BinaryOp::Pow),
                    Opcode::LShift => binary!(LShift, BinaryOp::LShift),
                    Opcode::RShift => binary!(RShift, BinaryOp::RShift),
                    Opcode::BitAnd => binary!(BitAnd, BinaryOp::BitAnd),
                    Opcode::BitOr => binary!(BitOr, BinaryOp::BitOr),
                    Opcode::BitXor => binary!(BitXor, BinaryOp::BitXor),
                    Opcode::MatMul => binary!(MatMul, BinaryOp::MatMul),
                    Opcode::InplaceOp => {
                        let i = decode!(InplaceOp);
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        let op = BinaryOp::from_byte(i.op.0).unwrap_or(BinaryOp::Add);
                        let fast = if a.is_small_int() && b.is_small_int() {
                            int_paths::tagged(op, a, b)
                        } else {
                            None
                        };
                        set_reg!(
                            i.dst,
                            match fast {
                                Some(value) => value,
                                None => tri!(float_paths::binary_or_general(self, op, a, b, true)),
                            }
                        );
                    }
                    Opcode::BinaryInt => {
                        let i = decode!(BinaryInt);
                        let n = i.value.0 as isize;
                        let b = Value::small_int(n);
                        set_reg!(i.tmp, b);
                        let a = reg!(i.lhs);
                        let op =
                            BinaryOp::from_byte(i.op.0 & !INPLACE_BIT).unwrap_or(BinaryOp::Add);
                        let fast = if a.is_small_int() {
                            int_paths::tagged(op, a, b)
                        } else {
                            None
                        };
                        let result = match fast {
                            Some(value) => value,
                            None => tri!(float_paths::binary_or_general(
                                self,
                                op,
                                a,
                                b,
                                i.op.0 & INPLACE_BIT != 0
                            )),
                        };
                        set_reg!(i.dst, result);
                    }
                    Opcode::AddInt => binary_int!(AddInt, BinaryOp::Add),
                    Opcode::SubInt => binary_int!(SubInt, BinaryOp::Sub),
                    Opcode::AndInt => binary_int!(AndInt, BinaryOp::BitAnd),
                    Opcode::RShiftInt => binary_int!(RShiftInt, BinaryOp::RShift),
                    Opcode::LShiftInt => binary_int!(LShiftInt, BinaryOp::LShift),
                    Opcode::ModInt => binary_int!(ModInt, BinaryOp::Mod),
                    Opcode::InplaceAdd => inplace!(InplaceAdd, BinaryOp::Add),
                    Opcode::InplaceSub => inplace!(InplaceSub, BinaryOp::Sub),
                    Opcode::InplaceAnd => inplace!(InplaceAnd, BinaryOp::BitAnd),
                    Opcode::InplaceOr => inplace!(InplaceOr, BinaryOp::BitOr),
                    Opcode::InplaceXor => inplace!(InplaceXor, BinaryOp::BitXor),
                    Opcode::BinaryConst => {
                        let i = decode!(BinaryConst);
                        let b = constant!(i.index);
                        set_reg!(i.tmp, b);
                        let a = reg!(i.lhs);
                        let op =
                            BinaryOp::from_byte(i.op.0 & !INPLACE_BIT).unwrap_or(BinaryOp::Add);
                        let fast = if a.is_small_int() && b.is_small_int() {
                            int_paths::binary(op, a.small_int_unchecked(), b.small_int_unchecked())
                        } else {
                            None
                        };
                        let result = match fast {
                            Some(value) => value,
                            None => tri!(float_paths::binary_or_general(
                                self,
                                op,
                                a,
                                b,
                                i.op.0 & INPLACE_BIT != 0
                            )),
                        };
                        set_reg!(i.dst, result);
                    }
                    Opcode::Neg => {
                        let i = decode!(Neg);
                        let a = reg!(i.src);
                        set_reg!(
                            i.dst,
                            match a
                                .as_small_int()
                                .and_then(|n| Value::try_small_int(-(n as i64)))
                            {
                                Some(value) => value,
                                None if self.heap.kind_of(a) == Some(ObjKind::Float) => {
                                    let x = objects::float::value(self, a);
                                    tri!(objects::float::new(self, -x))
                                }
                                None => tri!(ops::arith::negative(self, a)),
                            }
                        );
                    }
                    Opcode::Pos => {
                        let i = decode!(Pos);
                        let a = reg!(i.src);
                        set_reg!(i.dst, tri!(ops::arith::positive(self, a)));
                    }
                    Opcode::Invert => {
                        let i = decode!(Invert);
                        let a = reg!(i.src);
                        set_reg!(i.dst, tri!(ops::arith::invert(self, a)));
                    }
                    Opcode::Not => {
                        let i = decode!(Not);
                        let a = reg!(i.src);
                        set_reg!(i.dst, Value::from_bool(!tri!(ops::truth::truthy(self, a))));
                    }

                    Opcode::Eq => compare!(Eq, CompareOp::Eq, |a: isize, b: isize| a == b),
                    Opcode::Ne => compare!(Ne, CompareOp::Ne, |a: isize, b: isize| a != b),
                    Opcode::Lt => compare!(Lt, CompareOp::Lt, |a: isize, b: isize| a < b),
                    Opcode::Le => compare!(Le, CompareOp::Le, |a: isize, b: isize| a <= b),
                    Opcode::Gt => compare!(Gt, CompareOp::Gt, |a: isize, b: isize| a > b),
                    Opcode::Ge => compare!(Ge, CompareOp::Ge, |a: isize, b: isize| a >= b),
                    Opcode::Is => {
                        let i = decode!(Is);
                        set_reg!(i.dst, Value::from_bool(reg!(i.lhs) == reg!(i.rhs)));
                    }
                    Opcode::IsNot => {
                        let i = decode!(IsNot);
                        set_reg!(i.dst, Value::from_bool(reg!(i.lhs) != reg!(i.rhs)));
                    }
                    Opcode::In => {
                        let i = decode!(In);
                        let (item, container) = (reg!(i.lhs), reg!(i.rhs));
                        set_reg!(
                            i.dst,
                            Value::from_bool(tri!(ops::compare::contains(self, container, item)))
                        );
                    }
                    Opcode::NotIn => {
                        let i = decode!(NotIn);
                        let (item, container) = (reg!(i.lhs), reg!(i.rhs));
                        set_reg!(
                            i.dst,
                            Value::from_bool(!tri!(ops::compare::contains(self, container, item)))
                        );
                    }

                    Opcode::Jump => {
                        let i = decode!(Jump);
                        let target = i.target.offset();
                        if target <= op_ip {
                            interrupt_countdown -= 1;
                            if interrupt_countdown == 0 {
                                interrupt_countdown = INTERRUPT_POLL_INTERVAL;
                                if self.port.take_interrupt() {
                                    tri!(Err::<(), _>(
                                        self.raise_with_args(types::KEYBOARD_INTERRUPT, &[])
                                    ));
                                }
                            }
                            if self.scheduler.is_pending() {
                                if let Some(frame) = self.frames.last_mut() {
                                    frame.ip = ip;
                                }
                                tri!(self.run_scheduled());
                            }
                        }
                        ip = target;
                    }
                    Opcode::JumpIfTrue => {
                        let i = decode!(JumpIfTrue);
                        let value = reg!(i.cond);
                        let truth = match value {
                            Value::TRUE => true,
                            Value::FALSE | Value::NONE => false,
                            // `while x:`, `if n & 1:` on small ints.
                            _ if value.is_small_int() => value != Value::small_int(0),
                            _ => tri!(ops::truth::truthy(self, value)),
                        };
                        if truth {
                            ip = i.target.offset();
                        }
                    }
                    Opcode::JumpIfFalse => {
                        let i = decode!(JumpIfFalse);
                        let value = reg!(i.cond);
                        let truth = match value {
                            Value::TRUE => true,
                            Value::FALSE | Value::NONE => false,
                            // `while x:`, `if n & 1:` on small ints.
                            _ if value.is_small_int() => value != Value::small_int(0),
                            _ => tri!(ops::truth::truthy(self, value)),
                        };
                        if !truth {
                            ip = i.target.offset();
                        }
                    }
                    Opcode::JumpUnlessLt => {
                        compare_jump!(
                            JumpUnlessLt,
                            CompareOp::Lt,
                            |a: isize, b: isize| a < b,
                            false
                        )
                    }
                    Opcode::JumpUnlessLe => {
                        compare_jump!(
                            JumpUnlessLe,
                            CompareOp::Le,
                            |a: isize, b: isize| a <= b,
                            false
                        )
                    }
                    Opcode::JumpUnlessGt => {
                        compare_jump!(
                            JumpUnlessGt,
                            CompareOp::Gt,
                            |a: isize, b: isize| a > b,
                            false
                        )
                    }
                    Opcode::JumpUnlessGe => {
                        compare_jump!(
                            JumpUnlessGe,
                            CompareOp::Ge,
                            |a: isize, b: isize| a >= b,
                            false
                        )
                    }
                    Opcode::JumpUnlessEq => {
                        compare_jump!(
                            JumpUnlessEq,
                            CompareOp::Eq,
                            |a: isize, b: isize| a == b,
                            false
                        )
                    }
                    Opcode::JumpUnlessNe => {
                        compare_jump!(
                            JumpUnlessNe,
                            CompareOp::Ne,
                            |a: isize, b: isize| a != b,
                            false
                        )
                    }
                    Opcode::JumpIfLt => {
                        compare_jump!(JumpIfLt, CompareOp::Lt, |a: isize, b: isize| a < b, true)
                    }
                    Opcode::JumpIfLe => {
                        compare_jump!(JumpIfLe, CompareOp::Le, |a: isize, b: isize| a <= b, true)
                    }
                    Opcode::JumpIfGt => {
                        compare_jump!(JumpIfGt, CompareOp::Gt, |a: isize, b: isize| a > b, true)
                    }
                    Opcode::JumpIfGe => {
                        compare_jump!(JumpIfGe, CompareOp::Ge, |a: isize, b: isize| a >= b, true)
                    }
                    Opcode::JumpIfEq => {
                        compare_jump!(JumpIfEq, CompareOp::Eq, |a: isize, b: isize| a == b, true)
                    }
                    Opcode::JumpIfNe => {
                        compare_jump!(JumpIfNe, CompareOp::Ne, |a: isize, b: isize| a != b, true)
                    }
                    Opcode::JumpUnlessLtInt => {
                        compare_jump_int!(
                            JumpUnlessLtInt,
                            CompareOp::Lt,
                            |a: isize, b: isize| a < b,
                            false
                        )
                    }
                    Opcode::JumpUnlessLeInt => {
                        compare_jump_int!(
                            JumpUnlessLeInt,
                            CompareOp::Le,
                            |a: isize, b: isize| a <= b,
                            false
                        )
                    }
                    Opcode::JumpUnlessGtInt => {
                        compare_jump_int!(
                            JumpUnlessGtInt,
                            CompareOp::Gt,
                            |a: isize, b: isize| a > b,
                            false
                        )
                    }
                    Opcode::JumpUnlessGeInt => {
                        compare_jump_int!(
                            JumpUnlessGeInt,
                            CompareOp::Ge,
                            |a: isize, b: isize| a >= b,
                            false
                        )
                    }
                    Opcode::JumpUnlessEqInt => {
                        compare_jump_int!(
                            JumpUnlessEqInt,
                            CompareOp::Eq,
                            |a: isize, b: isize| a == b,
                            false
                        )
                    }
                    Opcode::JumpUnlessNeInt => {
                        compare_jump_int!(
                            JumpUnlessNeInt,
                            CompareOp::Ne,
                            |a: isize, b: isize| a != b,
                            false
                        )
                    }
                    Opcode::JumpIfLtInt => {
                        compare_jump_int!(
                            JumpIfLtInt,
                            CompareOp::Lt,
                            |a: isize, b: isize| a < b,
                            true
                        )
                    }
                    Opcode::JumpIfLeInt => {
                        compare_jump_int!(
                            JumpIfLeInt,
                            CompareOp::Le,
                            |a: isize, b: isize| a <= b,
                            true
                        )
                    }
                    Opcode::JumpIfGtInt => {
                        compare_jump_int!(
                            JumpIfGtInt,
                            CompareOp::Gt,
                            |a: isize, b: isize| a > b,
                            true
                        )
                    }
                    Opcode::JumpIfGeInt => {
                        compare_jump_int!(
                            JumpIfGeInt,
                            CompareOp::Ge,
                            |a: isize, b: isize| a >= b,
                            true
                        )
                    }
                    Opcode::JumpIfEqInt => {
                        compare_jump_int!(
                            JumpIfEqInt,
                            CompareOp::Eq,
                            |a: isize, b: isize| a == b,
                            true
                        )
                    }
                    Opcode::JumpIfNeInt => {
                        compare_jump_int!(
                            JumpIfNeInt,
                            CompareOp::Ne,
                            |a: isize, b: isize| a != b,
                            true
                        )
                    }
                    Opcode::GetIter => {
                        let i = decode!(GetIter);
                        let source = reg!(i.src);
                        set_reg!(i.dst, tri!(ops::iter::get_iter(self, source)));
                    }
                    Opcode::ForIter => {
                        let i = decode!(ForIter);
                        let iterator = reg!(i.iter);
                        match tri!(ops::iter::next(self, iterator)) {
                            Some(value) => set_reg!(i.dst, value),
                            None => ip = i.exit.offset(),
                        }
                    }
                    Opcode::RangeLoop => {
                        let i = decode!(RangeLoop);
                        let (func, argc) = (reg!(i.func), i.argc.index());
                        let first = base + i.func.index() + 1;
                        let counting = if func == Value::from_builtin_type(types::RANGE) {
                            super::range_loop::counting_state(&self.stack[first..first + argc])
                        } else {
                            None
                        };
                        let dst = base + i.dst.index();
                        match counting {
                            Some(state) => self.stack[dst..dst + 3].copy_from_slice(&state),
                            None => {
                                let args = Args {
                                    base: first,
                                    count: argc,
                                    kwnames: Value::UNBOUND,
                                };
                                let iterable = tri!(self.call_args(func, args));
                                // Rooted in the state's first register while
                                // the state is made.
                                self.stack[dst] = iterable;
                                self.stack[dst + 1] = Value::UNBOUND;
                                let start = tri!(ops::loop_state::start(self, iterable));
                                self.stack[dst..dst + 3].copy_from_slice(&start);
                            }
                        }
                    }
                    Opcode::LoopOver => {
                        let i = decode!(LoopOver);
                        let iterable = reg!(i.src);
                        let state = base + i.dst.index();
                        let start = tri!(ops::loop_state::start(self, iterable));
                        self.stack[state..state + 3].copy_from_slice(&start);
                    }
                    Opcode::ForNext => {
                        let i = decode!(ForNext);
                        let state = base + i.iter.index();
                        debug_assert!(state + 3 <= window_end && window_end <= self.stack.len());
                        // SAFETY: verify.rs checks that all three registers
                        // of a ForNext loop state are below register_count,
                        // and stack.len() >= window_end while the frame runs
                        // (see `reg!`).
                        let [source, position, third] = unsafe {
                            let slots = self.stack.get_unchecked(state..state + 3);
                            [slots[0], slots[1], slots[2]]
                        };
                        // The shapes by how often they run: a counting range
                        // (only its first word is a small int), an iterator
                        // (UNBOUND position), a sequence by index (None third).
                        let item = if source.is_small_int() {
                            // SAFETY: as above.
                            let slots = unsafe { self.stack.get_unchecked_mut(state..state + 3) };
                            super::range_loop::advance(slots)
                        } else if position == Value::UNBOUND {
                            tri!(ops::iter::next(self, source))
                        } else if third == Value::NONE {
                            // A list, tuple, bytes or bytearray by index, as
                            // its iterator would (a list that grows meanwhile
                            // yields the new items); the other sequences and
                            // the end go through the loop-state step.
                            let index = position.small_int_unchecked();
                            match index_paths::get(self, source, index) {
                                Some(value) => {
                                    // SAFETY: as above.
                                    unsafe {
                                        *self.stack.get_unchecked_mut(state + 1) =
                                            Value::small_int(index + 1)
                                    };
                                    Some(value)
                                }
                                None => tri!(self.step_loop_state(state)),
                            }
                        } else {
                            tri!(self.step_loop_state(state))
                        };
                        match item {
                            Some(value) => set_reg!(i.dst, value),
                            None => ip = i.exit.offset(),
                        }
                    }
                    Opcode::Return => {
                        let i = decode!(Return);
                        let value = reg!(i.src);
                        match self.return_from_frame(value) {
                            Ok(Some(exit)) => return Ok(exit),
                            Ok(None) => continue 'frames,
                            // Raised in the caller, whose ip is set.
                            Err(Raised) => match self.unwind() {
                                Unwound::Handled => continue 'frames,
                                Unwound::Escaped => return Err(Raised),
                            },
                        }
                    }
                    Opcode::ReturnNone => {
                        decode!(ReturnNone);
                        match self.return_from_frame(Value::NONE) {
                            Ok(Some(exit)) => return Ok(exit),
                            Ok(None) => continue 'frames,
                            Err(Raised) => match self.unwind() {
                                Unwound::Handled => continue 'frames,
                                Unwound::Escaped => return Err(Raised),
                            },
                        }
                    }

                    Opcode::Call => {
                        let i = decode!(Call);
                        let func = reg!(i.func);
                        call!(
                            i.dst,
                            func,
                            Args {
                                base: base + i.func.index() + 1,
                                count: i.argc.index(),
                                kwnames: Value::UNBOUND,
                            }
                        );
                    }
                    Opcode::CallKw => {
                        let i = decode!(CallKw);
                        let func = reg!(i.func);
                        let names = constant!(i.names);
                        let keywords = if names.is_heap() {
                            tuple::len(self, names)
                        } else {
                            0
                        };
                        call!(
                            i.dst,
                            func,
                            Args {
                                base: base + i.func.index() + 1,
                                count: i.argc.index() - keywords,
                                kwnames: names,
                            }
                        );
                    }
                    Opcode::CallMethod => {
                        let i = decode!(CallMethod);
                        let method = reg!(i.base);
                        let receiver = self.stack[base + i.base.index() + 1];
                        if list_append_path::applies(self, method, receiver, i.argc.index()) {
                            let item = self.stack[base + i.base.index() + 2];
                            let done = tri!(list_append_path::append(self, receiver, item));
                            set_reg!(i.dst, done);
                            continue;
                        }
                        let args = if receiver.is_unbound() {
                            Args {
                                base: base + i.base.index() + 2,
                                count: i.argc.index(),
                                kwnames: Value::UNBOUND,
                            }
                        } else {
                            Args {
                                base: base + i.base.index() + 1,
                                count: i.argc.index() + 1,
                                kwnames: Value::UNBOUND,
                            }
                        };
                        call!(i.dst, method, args);
                    }
                    Opcode::CallMethodKw => {
                        let i = decode!(CallMethodKw);
                        let method = reg!(i.base);
                        let receiver = self.stack[base + i.base.index() + 1];
                        let names = constant!(i.names);
                        let keywords = if names.is_heap() {
                            tuple::len(self, names)
                        } else {
                            0
                        };
                        let positional = i.argc.index() - keywords;
                        let args = if receiver.is_unbound() {
                            Args {
                                base: base + i.base.index() + 2,
                                count: positional,
                                kwnames: names,
                            }
                        } else {
                            Args {
                                base: base + i.base.index() + 1,
                                count: positional + 1,
                                kwnames: names,
                            }
                        };
                        call!(i.dst, method, args);
                    }
                    Opcode::CallEx => {
                        let i = decode!(CallEx);
                        let (func, positional, keywords) =
                            (reg!(i.func), reg!(i.args), reg!(i.kwargs));
                        let value = tri!(self.call_unpacked(func, positional, keywords));
                        set_reg!(i.dst, value);
                    }
                    Opcode::MakeFunction => {
                        let i = decode!(MakeFunction);
                        let flags = MakeFunctionFlags::from_bits_truncate(i.flags.0);
                        let mut at = base + i.base.index();
                        let mut take = |present: bool, stack: &[Value]| {
                            if present {
                                at += 1;
                                stack[at - 1]
                            } else {
                                Value::NONE
                            }
                        };
                        let defaults =
                            take(flags.contains(MakeFunctionFlags::DEFAULTS), &self.stack);
                        let kw_defaults =
                            take(flags.contains(MakeFunctionFlags::KW_DEFAULTS), &self.stack);
                        let closure = take(flags.contains(MakeFunctionFlags::CLOSURE), &self.stack);
                        let code_object = constant!(i.code);
                        let globals = self.frames.last().map_or(Value::NONE, |f| f.globals);
                        set_reg!(
                            i.dst,
                            tri!(function::new(
                                self,
                                code_object,
                                globals,
                                defaults,
                                kw_defaults,
                                closure
                            ))
                        );
                    }

                    Opcode::BuildTuple => {
                        let i = decode!(BuildTuple);
                        set_reg!(
                            i.dst,
                            tri!(tuple::from_stack(
                                self,
                                base + i.base.index(),
                                i.count.index()
                            ))
                        );
                    }
                    Opcode::BuildList => {
                        let i = decode!(BuildList);
                        set_reg!(
                            i.dst,
                            tri!(list::from_stack(
                                self,
                                base + i.base.index(),
                                i.count.index()
                            ))
                        );
                    }
                    Opcode::BuildSet => {
                        let i = decode!(BuildSet);
                        let set = tri!(dict::new_table(self, ObjKind::Set, i.count.index()));
                        set_reg!(i.dst, set);
                        let first = base + i.base.index();
                        for k in 0..i.count.index() {
                            let item = self.stack[first + k];
                            tri!(ops::set::add(self, set, item));
                        }
                    }
                    Opcode::BuildDict => {
                        let i = decode!(BuildDict);
                        let table = tri!(dict::new_table(self, ObjKind::Dict, i.count.index()));
                        set_reg!(i.dst, table);
                        let first = base + i.base.index();
                        for k in 0..i.count.index() {
                            let (key, value) =
                                (self.stack[first + 2 * k], self.stack[first + 2 * k + 1]);
                            tri!(dict::set(self, table, key, value));
                        }
                    }
                    Opcode::BuildSlice => {
                        let i = decode!(BuildSlice);
                        let first = base + i.base.index();
                        let (start, stop, step) = (
                            self.stack[first],
                            self.stack[first + 1],
                            self.stack[first + 2],
                        );
                        set_reg!(i.dst, tri!(objects::slice::new(self, start, stop, step)));
                    }
                    Opcode::BuildString => {
                        let i = decode!(BuildString);
                        let first = base + i.base.index();
                        let parts: alloc::vec::Vec<Value> =
                            self.stack[first..first + i.count.index()].to_vec();
                        set_reg!(i.dst, tri!(objects::str::concat(self, &parts)));
                    }
                    Opcode::FormatValue => {
                        let i = decode!(FormatValue);
                        let flags = FormatFlags::from_bits_truncate(i.flags.0);
                        let value = reg!(i.src);
                        let spec = if flags.contains(FormatFlags::HAS_SPEC) {
                            reg!(i.spec)
                        } else {
                            Value::UNBOUND
                        };
                        set_reg!(
                            i.dst,
                            tri!(ops::format::format_field(self, value, flags, spec))
                        );
                    }
                    Opcode::ListAppend => {
                        let i = decode!(ListAppend);
                        let (target, value) = (reg!(i.list), reg!(i.src));
                        tri!(list::append(self, target, value));
                    }
                    Opcode::ListExtend => {
                        let i = decode!(ListExtend);
                        let (target, source) = (reg!(i.list), reg!(i.src));
                        tri!(ops::sequence::list_extend(self, target, source));
                    }
                    Opcode::ListToTuple => {
                        let i = decode!(ListToTuple);
                        let source = reg!(i.src);
                        let items: alloc::vec::Vec<Value> = list::items(self, source).to_vec();
                        set_reg!(i.dst, tri!(tuple::new(self, &items)));
                    }
                    Opcode::SetAdd => {
                        let i = decode!(SetAdd);
                        let (set, value) = (reg!(i.set), reg!(i.src));
                        tri!(ops::set::add(self, set, value));
                    }
                    Opcode::SetUpdate => {
                        let i = decode!(SetUpdate);
                        let (set, source) = (reg!(i.set), reg!(i.src));
                        tri!(ops::set::update(self, set, source));
                    }
                    Opcode::DictStore => {
                        let i = decode!(DictStore);
                        let (table, key, value) = (reg!(i.dict), reg!(i.key), reg!(i.src));
                        tri!(dict::set(self, table, key, value));
                    }
                    Opcode::DictUpdate => {
                        let i = decode!(DictUpdate);
                        let (table, source) = (reg!(i.dict), reg!(i.src));
                        tri!(ops::mapping::update(self, table, source, false));
                    }
                    Opcode::DictMerge => {
                        let i = decode!(DictMerge);
                        let (table, source) = (reg!(i.dict), reg!(i.src));
                        // The error names the function being called: the
                        // CallEx ahead that takes this dict (its callable is
                        // already in its register).
                        let mut pc = op_ip + instr::DictMerge::SIZE;
                        let mut callee = Value::UNBOUND;
                        while let Some(next) = crate::bytecode::Instr::decode(bytes, pc) {
                            if let crate::bytecode::Instr::CallEx(call) = next {
                                if call.kwargs == i.dict {
                                    callee = reg!(call.func);
                                    break;
                                }
                            }
                            pc += next.size();
                        }
                        tri!(ops::mapping::merge_keywords(self, table, source, callee));
                    }
                    Opcode::UnpackSequence => {
                        let i = decode!(UnpackSequence);
                        let source = reg!(i.src);
                        tri!(ops::sequence::unpack(
                            self,
                            source,
                            base + i.base.index(),
                            i.count.index(),
                            None
                        ));
                    }
                    Opcode::UnpackEx => {
                        let i = decode!(UnpackEx);
                        let source = reg!(i.src);
                        tri!(ops::sequence::unpack(
                            self,
                            source,
                            base + i.base.index(),
                            i.before.index(),
                            Some(i.after.index())
                        ));
                    }

                    Opcode::Raise => {
                        let i = decode!(Raise);
                        let value = reg!(i.src);
                        let exception = tri!(ops::raise::make_exception(self, value));
                        tri!(Err::<(), _>(self.raise_exception(exception)));
                    }
                    Opcode::RaiseFrom => {
                        let i = decode!(RaiseFrom);
                        let (value, cause) = (reg!(i.src), reg!(i.cause));
                        let exception = tri!(ops::raise::make_exception_from(self, value, cause));
                        tri!(Err::<(), _>(self.raise_exception(exception)));
                    }
                    Opcode::Reraise => {
                        let i = decode!(Reraise);
                        let exception = reg!(i.src);
                        if exception.is_unbound() || exception.is_none() {
                            tri!(Err::<(), _>(
                                self.raise_runtime_error("No active exception to reraise")
                            ));
                        }
                        self.current_exception = exception;
                        self.reraising = true;
                        tri!(Err::<(), _>(Raised));
                    }
                    Opcode::ExcMatch => {
                        let i = decode!(ExcMatch);
                        let (exception, class) = (reg!(i.exc), reg!(i.typ));
                        set_reg!(
                            i.dst,
                            Value::from_bool(tri!(ops::raise::exception_matches(
                                self, exception, class
                            )))
                        );
                    }
                    Opcode::EnterHandler => {
                        let i = decode!(EnterHandler);
                        set_reg!(i.saved, self.handled_exception);
                        self.handled_exception = reg!(i.exc);
                        let generator_value =
                            self.frames.last().map_or(Value::UNBOUND, |f| f.generator);
                        if generator_value.is_heap() {
                            generator::add_handler_depth(self, generator_value, 1);
                        }
                    }
                    Opcode::LeaveHandler => {
                        let i = decode!(LeaveHandler);
                        let generator_value =
                            self.frames.last().map_or(Value::UNBOUND, |f| f.generator);
                        // Out of a generator's outermost handler, what its
                        // resumer handles now shows through; R[saved] holds
                        // what it handled when the handler was entered,
                        // perhaps several resumes ago.
                        self.handled_exception = if generator_value.is_heap()
                            && generator::add_handler_depth(self, generator_value, -1) == 0
                        {
                            self.resumer_handled
                        } else {
                            reg!(i.saved)
                        };
                    }

                    Opcode::Yield => {
                        let i = decode!(Yield);
                        let value = reg!(i.src);
                        // Resumption decodes this Yield again to find
                        // where the sent value goes and what follows.
                        self.suspend_generator(op_ip, i.dst.index());
                        return Ok(FrameExit::Yield(value));
                    }
                    Opcode::YieldFrom => {
                        let i = decode!(YieldFrom);
                        let (sent, inner) = (reg!(i.dst), reg!(i.iter));
                        match tri!(ops::iter::send(self, inner, sent)) {
                            ops::iter::Sent::Yielded(value) => {
                                // Resume at this instruction, with the next
                                // sent value in R[dst].
                                self.suspend_generator(op_ip, i.dst.index());
                                return Ok(FrameExit::Yield(value));
                            }
                            ops::iter::Sent::Returned(value) => set_reg!(i.dst, value),
                        }
                    }

                    Opcode::LoadContextMethods => {
                        let i = decode!(LoadContextMethods);
                        let methods = tri!(ops::context::context_methods(
                            self,
                            reg!(i.manager),
                            i.is_async.0 != 0
                        ));
                        let exit = base + i.exit.index();
                        self.stack[exit..exit + 4].copy_from_slice(&methods);
                    }
                    Opcode::GetAwaitable => {
                        let i = decode!(GetAwaitable);
                        set_reg!(
                            i.dst,
                            tri!(ops::awaitable::get_awaitable(self, reg!(i.src)))
                        );
                    }
                    Opcode::GetAIter => {
                        let i = decode!(GetAIter);
                        set_reg!(i.dst, tri!(ops::awaitable::get_aiter(self, reg!(i.src))));
                    }
                    Opcode::GetANext => {
                        let i = decode!(GetANext);
                        set_reg!(i.dst, tri!(ops::awaitable::get_anext(self, reg!(i.src))));
                    }

                    Opcode::ImportName => {
                        let i = decode!(ImportName);
                        let fromlist = constant!(i.fromlist);
                        let globals = self.frames.last().map_or(Value::NONE, |f| f.globals);
                        set_reg!(
                            i.dst,
                            tri!(crate::import::import_statement(
                                self,
                                QStr(i.name.0 as u32),
                                fromlist,
                                i.level.index(),
                                globals
                            ))
                        );
                    }
                    Opcode::ImportFrom => {
                        let i = decode!(ImportFrom);
                        let module = reg!(i.module);
                        set_reg!(
                            i.dst,
                            tri!(crate::import::import_from(
                                self,
                                module,
                                QStr(i.name.0 as u32)
                            ))
                        );
                    }
                    Opcode::ImportStar => {
                        let i = decode!(ImportStar);
                        let module = reg!(i.module);
                        let (locals, globals) = self
                            .frames
                            .last()
                            .map_or((Value::UNBOUND, Value::NONE), |f| (f.locals, f.globals));
                        let target = if locals.is_heap() { locals } else { globals };
                        tri!(crate::import::import_star(self, module, target));
                    }
                    Opcode::LoadHandled => {
                        let i = decode!(LoadHandled);
                        set_reg!(i.dst, self.handled_exception);
                    }
                    Opcode::PrintExpr => {
                        let i = decode!(PrintExpr);
                        let value = reg!(i.src);
                        tri!(self.display_value(value));
                    }
                    Opcode::ToNative => {
                        let i = decode!(ToNative);
                        let vtype = VType::from_byte(i.vtype.0).unwrap_or(VType::Object);
                        let value = reg!(i.src);
                        set_reg!(i.dst, tri!(ops::word::to_native(self, value, vtype)));
                    }
                    Opcode::IntOp | Opcode::UintOp => {
                        let i = decode!(IntOp);
                        let op = WordOp::from_byte(i.op.0).unwrap_or(WordOp::Add);
                        let signed = opcode == Opcode::IntOp;
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        set_reg!(i.dst, tri!(ops::word::binary(self, op, signed, a, b)));
                    }
                    Opcode::IntCompare | Opcode::UintCompare => {
                        let i = decode!(IntCompare);
                        let op = WordCompare::from_byte(i.op.0).unwrap_or(WordCompare::Eq);
                        let signed = opcode == Opcode::IntCompare;
                        let (a, b) = (reg!(i.lhs), reg!(i.rhs));
                        set_reg!(i.dst, tri!(ops::word::compare(self, op, signed, a, b)));
                    }
                    Opcode::WordUnary => {
                        let i = decode!(WordUnary);
                        let op = WordUnaryOp::from_byte(i.op.0).unwrap_or(WordUnaryOp::IntNeg);
                        let value = reg!(i.src);
                        set_reg!(i.dst, tri!(ops::word::unary(self, op, value)));
                    }
                    Opcode::PtrLoad => {
                        let i = decode!(PtrLoad);
                        let (ptr, index) = (reg!(i.ptr), reg!(i.index));
                        set_reg!(i.dst, tri!(ops::pointer::load(self, ptr, index, i.size.0)));
                    }
                    Opcode::PtrStore => {
                        let i = decode!(PtrStore);
                        let (ptr, index, value) = (reg!(i.ptr), reg!(i.index), reg!(i.src));
                        tri!(ops::pointer::store(self, ptr, index, value, i.size.0));
                    }
                }
            }
        }
    }

    /// Call from the dispatch loop: Python functions get a frame in this
    /// loop; everything else is called through `call_args`.
    fn call_from_loop(
        &mut self,
        func: Value,
        args: Args,
        dst: usize,
        resume_ip: usize,
        call_ip: usize,
    ) -> PyResult<Called> {
        let kind = self.heap.kind_of(func);
        let mut constructing = Value::UNBOUND;
        let (function, args) = match kind {
            Some(ObjKind::Function) => (func, args),
            Some(ObjKind::Class) if args.base > 0 => match self.python_init(func)? {
                Some(init) => {
                    // The instance goes below the arguments, as `self`, in
                    // the register the class was read from (the instance
                    // keeps the class alive).
                    let instance = objects::instance::new(self, func)?;
                    self.stack[args.base - 1] = instance;
                    constructing = instance;
                    (
                        init,
                        Args {
                            base: args.base - 1,
                            count: args.count + 1,
                            kwnames: args.kwnames,
                        },
                    )
                }
                None => return self.call_args(func, args).map(Called::Done),
            },
            Some(ObjKind::BoundMethod) if args.base > 0 => {
                // Put self in the register just below the arguments (the
                // callable's register, free once the callable is read).
                let function = objects::bound_method::function(self, func);
                if self.heap.kind_of(function) != Some(ObjKind::Function) {
                    return self.call_args(func, args).map(Called::Done);
                }
                let receiver = objects::bound_method::receiver(self, func);
                self.push_root(func);
                self.stack[args.base - 1] = receiver;
                self.pop_roots(1);
                (
                    function,
                    Args {
                        base: args.base - 1,
                        count: args.count + 1,
                        kwnames: args.kwnames,
                    },
                )
            }
            _ => {
                if let Some(index) = func.as_native_function() {
                    return self.call_native(index, args).map(Called::Done);
                }
                return self.call_args(func, args).map(Called::Done);
            }
        };
        let code_object = function::field(self, function, function::CODE);
        let code = objects::code::data(self, code_object);
        if code
            .info
            .flags
            .intersects(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        {
            return self.call_function(function, args).map(Called::Done);
        }
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.raise_msg(types::RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        // The callee's registers start at its first argument. Binding
        // roots the function itself if it allocates.
        let new_base = args.base;
        crate::interp::bind::bind_arguments(self, function, &code, args, new_base)?;
        let globals = function::field(self, function, function::GLOBALS);
        let caller_end = match self.frames.last_mut() {
            Some(caller) => {
                caller.ip = resume_ip;
                caller.call_ip = call_ip;
                caller.live_end
            }
            None => 0,
        };
        let live_end = caller_end.max(new_base + code.info.register_count as usize);
        self.frames.push(Frame {
            code,
            code_object,
            function,
            globals,
            locals: Value::UNBOUND,
            generator: Value::UNBOUND,
            constructing,
            base: new_base,
            ip: 0,
            call_ip: 0,
            return_to: dst,
            entry: false,
            live_end,
        });
        Ok(Called::Pushed)
    }

    /// The Python `__init__` to run when the dispatch loop can instantiate
    /// `class` itself, pushing `__init__`'s frame instead of entering a
    /// nested loop: the metaclass is `type`, instances are plain objects,
    /// there is no `__new__` of the class's own, and `__init__` is a Python
    /// function (not a generator). None sends the call to `Vm::instantiate`,
    /// which handles everything else.
    fn python_init(&mut self, class: Value) -> PyResult<Option<Value>> {
        use crate::objects::class;
        if class::is_class(self, class::field(self, class, class::METACLASS)) {
            return Ok(None);
        }
        let layout = class::field(self, class, class::BUILTIN_BASE)
            .as_builtin_type()
            .unwrap_or(types::OBJECT);
        if layout != types::OBJECT
            || class::lookup_user(self, class, crate::qstr::DUNDER_NEW)?.is_some()
        {
            return Ok(None);
        }
        let Some(init) = class::lookup(self, class, crate::qstr::DUNDER_INIT)? else {
            return Ok(None);
        };
        if self.heap.kind_of(init) != Some(ObjKind::Function) {
            return Ok(None);
        }
        let code = objects::code::data(self, function::field(self, init, function::CODE));
        let resumable = CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR;
        Ok((!code.info.flags.intersects(resumable)).then_some(init))
    }

    /// Pop the current frame, delivering `value`: Some(exit) when the frame
    /// was an entry frame (leave the loop), None when the caller is in this
    /// loop (its register got the value). An `__init__` frame delivers its
    /// instance; if it returned anything but None, the TypeError is raised
    /// at the caller's call instruction (the frame is gone, as in CPython's
    /// traceback).
    fn return_from_frame(&mut self, value: Value) -> PyResult<Option<FrameExit>> {
        let Some(frame) = self.frames.pop() else {
            return Ok(None);
        };
        if frame.generator.is_heap() {
            generator::set_state(self, frame.generator, generator::GeneratorState::Finished);
            generator::set_field(
                self,
                frame.generator,
                generator::REGISTERS,
                Value::from_raw(0),
            );
        }
        if frame.entry {
            // The Rust caller restores the stack length it started with.
            // Cutting to this frame's base could cut into the window of a
            // frame of an outer loop (arguments bound in place).
            return Ok(Some(FrameExit::Return(value)));
        }
        let value = if frame.constructing.is_heap() {
            if !value.is_none() {
                return Err(self.raise_bad_init_return(value));
            }
            frame.constructing
        } else {
            value
        };
        if let Some(caller) = self.frames.last() {
            // Every live frame's registers must survive: the caller's,
            // and those of frames below it that a native call re-entered
            // from (their windows may reach beyond the caller's).
            let end = caller.live_end.max(frame.return_to + 1);
            self.stack.truncate(end);
        }
        self.stack[frame.return_to] = value;
        Ok(None)
    }

    /// The TypeError for an `__init__` (its frame already popped) that
    /// returned `value`, raised at the caller's call instruction.
    #[cold]
    fn raise_bad_init_return(&mut self, value: Value) -> Raised {
        // The message first: once the stack is cut back, `value` (which
        // lived in the callee's registers) is no longer rooted.
        let message = format!(
            "__init__() should return None, not '{}'",
            ops::types::type_name(self, value)
        );
        if let Some(caller) = self.frames.last_mut() {
            caller.ip = caller.call_ip;
            let end = caller.live_end;
            self.stack.truncate(end);
        }
        self.raise_type_error(&message)
    }

    /// Save a generator frame at a yield and pop it. `resume_ip` is where it
    /// continues; `resume_register` receives the value sent.
    fn suspend_generator(&mut self, resume_ip: usize, resume_register: usize) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        let generator_value = frame.generator;
        if generator_value.is_heap() {
            let registers = generator::field(self, generator_value, generator::REGISTERS);
            if registers.is_heap() {
                let count = frame.code.info.register_count as usize;
                let storage = registers.heap_index_unchecked();
                for i in 0..count {
                    let value = self.stack[frame.base + i];
                    self.heap.set_value(storage, i, value);
                }
            }
            generator::set_field(
                self,
                generator_value,
                generator::IP,
                Value::small_int(resume_ip as isize),
            );
            generator::set_field(
                self,
                generator_value,
                generator::RESUME_REGISTER,
                Value::small_int(resume_register as isize),
            );
            generator::set_state(self, generator_value, generator::GeneratorState::Suspended);
        }
        self.stack.truncate(frame.base);
    }

    /// Walk the current exception up the frames of this loop: record each
    /// frame in the traceback, jump to the first handler that covers the
    /// failing instruction, pop frames that have none.
    pub(crate) fn unwind(&mut self) -> Unwound {
        loop {
            let Some(frame) = self.frames.last() else {
                return Unwound::Escaped;
            };
            let ip = frame.ip;
            let code_object = frame.code_object;
            if self.reraising {
                self.reraising = false;
            } else {
                self.record_traceback(code_object, ip);
            }
            let Some(frame) = self.frames.last() else {
                return Unwound::Escaped;
            };
            let handler = frame
                .code
                .info
                .exception_table
                .iter()
                .find(|entry| (entry.start as usize) <= ip && ip < entry.end as usize)
                .copied();
            if let Some(entry) = handler {
                let base = frame.base;
                let exception = core::mem::replace(&mut self.current_exception, Value::NONE);
                self.stack[base + entry.exc_reg as usize] = exception;
                if let Some(frame) = self.frames.last_mut() {
                    frame.ip = entry.handler as usize;
                }
                return Unwound::Handled;
            }
            let Some(frame) = self.frames.pop() else {
                return Unwound::Escaped;
            };
            if frame.generator.is_heap() {
                generator::set_state(self, frame.generator, generator::GeneratorState::Finished);
                generator::set_field(
                    self,
                    frame.generator,
                    generator::REGISTERS,
                    Value::from_raw(0),
                );
                // PEP 479: StopIteration must not escape a generator (nor
                // StopAsyncIteration an async generator).
                let flags = frame.code.info.flags;
                let escaping = if flags.contains(CodeFlags::ASYNC_GENERATOR)
                    && self.exception_matches(types::STOP_ASYNC_ITERATION)
                {
                    Some("async generator raised StopAsyncIteration")
                } else if self.exception_matches(types::STOP_ITERATION) {
                    Some(if flags.contains(CodeFlags::COROUTINE) {
                        "coroutine raised StopIteration"
                    } else if flags.contains(CodeFlags::ASYNC_GENERATOR) {
                        "async generator raised StopIteration"
                    } else {
                        "generator raised StopIteration"
                    })
                } else {
                    None
                };
                if let Some(message) = escaping {
                    let original = self.current_exception;
                    self.push_root(original);
                    let _ = self.raise_runtime_error(message);
                    self.pop_roots(1);
                    let replacement = self.current_exception;
                    objects::exception::set_field(
                        self,
                        replacement,
                        objects::exception::CAUSE,
                        original,
                    );
                    objects::exception::set_field(
                        self,
                        replacement,
                        objects::exception::CONTEXT,
                        original,
                    );
                }
            }
            if frame.entry {
                // As in return_from_frame: the Rust caller cuts the stack.
                return Unwound::Escaped;
            }
            if let Some(caller) = self.frames.last_mut() {
                // The exception surfaces at the caller's call instruction.
                caller.ip = caller.call_ip;
                let end = caller.live_end;
                self.stack.truncate(end);
                if self.stack.len() < end {
                    self.stack.resize(end, Value::UNBOUND);
                }
            }
        }
    }

    /// Append (code, offset) to the current exception's traceback.
    fn record_traceback(&mut self, code_object: Value, ip: usize) {
        let exception = self.current_exception;
        if !objects::exception::is_exception(self, exception) {
            return;
        }
        let field = objects::exception::field(self, exception, objects::exception::TRACEBACK);
        // The field may hold a traceback object handed out to Python code,
        // which holds the list.
        let mut traceback = objects::traceback::entries(self, field);
        if !traceback.is_heap() {
            match list::with_capacity(self, 4) {
                Ok(new) => {
                    traceback = new;
                    objects::exception::set_field(
                        self,
                        exception,
                        objects::exception::TRACEBACK,
                        new,
                    );
                }
                Err(_) => {
                    // Out of memory while recording: keep the original
                    // exception and go without a traceback.
                    self.current_exception = exception;
                    return;
                }
            }
        }
        let appended = list::append(self, traceback, code_object)
            .and_then(|_| list::append(self, traceback, Value::small_int(ip as isize)));
        if appended.is_err() {
            self.current_exception = exception;
        }
    }

    /// `globals[name]`, then builtins, else NameError.
    pub(crate) fn load_global(&mut self, globals: Value, name: QStr) -> PyResult {
        if globals.is_heap() {
            if let Some(value) = dict::get(self, globals, Value::from_qstr(name))? {
                return Ok(value);
            }
        }
        match self.builtin(name)? {
            Some(value) => Ok(value),
            None => Err(self.raise_name_error(name)),
        }
    }

    pub(crate) fn raise_name_error(&mut self, name: QStr) -> crate::error::Raised {
        let text = format!("name '{}' is not defined", self.qstr_text(name));
        self.raise_msg(types::NAME_ERROR, &text)
    }

    fn raise_unbound_local(&mut self, name: QStr) -> crate::error::Raised {
        let text = format!(
            "cannot access local variable '{}' where it is not associated with a value",
            self.qstr_text(name)
        );
        self.raise_msg(types::UNBOUND_LOCAL_ERROR, &text)
    }

    /// One step of the loop state in `stack[state..state + 3]` (the shapes
    /// `ForNext` does not step inline).
    fn step_loop_state(&mut self, state: usize) -> PyResult<Option<Value>> {
        let mut values = [
            self.stack[state],
            self.stack[state + 1],
            self.stack[state + 2],
        ];
        let item = ops::loop_state::step(self, &mut values);
        self.stack[state..state + 3].copy_from_slice(&values);
        item
    }

    /// `func(*positional, **keywords)` with a tuple and a dict (or None).
    pub(crate) fn call_unpacked(
        &mut self,
        func: Value,
        positional: Value,
        keywords: Value,
    ) -> PyResult {
        let top = self.stack.len();
        self.stack.push(func);
        self.stack.push(positional);
        self.stack.push(keywords);
        let base = self.stack.len();
        let result = (|| {
            let count = if positional.is_heap() {
                tuple::len(self, positional)
            } else {
                0
            };
            for k in 0..count {
                let item = tuple::item(self, positional, k);
                self.stack.push(item);
            }
            let mut kwnames = Value::UNBOUND;
            if keywords.is_heap() && dict::len(self, keywords) > 0 {
                let mut names = alloc::vec::Vec::new();
                for k in 0..dict::used(self, keywords) {
                    if let Some((key, value)) = dict::entry(self, keywords, k) {
                        if !objects::str::is_str(&self.heap, key) {
                            return Err(self.raise_type_error("keywords must be strings"));
                        }
                        names.push(key);
                        self.stack.push(value);
                    }
                }
                kwnames = tuple::new(self, &names)?;
                self.stack.push(kwnames);
            }
            self.call_args(
                func,
                Args {
                    base,
                    count,
                    kwnames,
                },
            )
        })();
        self.stack.truncate(top);
        result
    }

    /// The REPL's display of an expression statement's value.
    fn display_value(&mut self, value: Value) -> PyResult<()> {
        if value.is_none() {
            return Ok(());
        }
        let text = ops::repr::repr(self, value)?;
        self.push_root(text);
        let bytes = alloc::string::String::from(objects::str::text(self, text));
        self.pop_roots(1);
        self.write_stdout(bytes.as_bytes());
        self.write_stdout(b"\n");
        Ok(())
    }
}
