//! `Value`: every Python value in one machine word.
//!
//! The low bits of the word say what it holds:
//!
//! ```text
//!   ...xxxxxxx1   small int: the word shifted right by one (arithmetic shift)
//!   ...xxxxxx00   heap object: the word shifted right by two is the index of
//!                 the object's header word in the heap region (never 0)
//!   ...xxxxx010   interned string (qstr): the word shifted right by three is
//!                 its id
//!   ...xxxxx110   other immediates: bits 3..8 the kind, bits 8.. the payload
//!                 (None, True, False, Ellipsis, NotImplemented, the unbound
//!                 marker, builtin types, native functions)
//! ```
//!
//! Small ints are 31 bits wide on a 32-bit microcontroller and 63 bits on a
//! 64-bit host; beyond that an int is a heap object. No valid Value is the
//! all-zero word, so `Option<Value>` and `Result<Value, Raised>` are one word.
//!
//! A heap reference is an index, not an address: the heap region is a plain
//! `[usize]` slice and every access to it is bounds-checked (the slice is made
//! from the region's base pointer and length, `heap/mod.rs`).

use core::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(usize);

// SAFETY: Value is a transparent wrapper of usize with no invariant that
// unsafe code relies on (every word is a valid, if meaningless, Value), so
// it has no padding and every bit pattern is allowed: the requirements of
// Zeroable and Pod. This lets the heap view runs of object words as
// `&[Value]` without copying.
unsafe impl bytemuck::Zeroable for Value {}
// SAFETY: as above.
unsafe impl bytemuck::Pod for Value {}

/// Which kind of immediate a `...110` word holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ImmediateKind {
    Singleton = 0,
    /// A builtin type (`int`, `list`, `ValueError`, ...): payload is its `TypeId`.
    BuiltinType = 1,
    /// A native (Rust) function: payload is its index in the VM's native
    /// function table.
    NativeFunction = 2,
}

const SINGLETON_NONE: usize = 0;
const SINGLETON_FALSE: usize = 1;
const SINGLETON_TRUE: usize = 2;
const SINGLETON_ELLIPSIS: usize = 3;
const SINGLETON_NOT_IMPLEMENTED: usize = 4;
const SINGLETON_UNBOUND: usize = 5;

const TAG_INT: usize = 0b1;
const TAG_QSTR: usize = 0b010;
const TAG_IMMEDIATE: usize = 0b110;

const fn immediate(kind: ImmediateKind, payload: usize) -> Value {
    Value((payload << 8) | ((kind as usize) << 3) | TAG_IMMEDIATE)
}

/// Largest and smallest ints stored unboxed.
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;

impl Value {
    pub const NONE: Value = immediate(ImmediateKind::Singleton, SINGLETON_NONE);
    pub const FALSE: Value = immediate(ImmediateKind::Singleton, SINGLETON_FALSE);
    pub const TRUE: Value = immediate(ImmediateKind::Singleton, SINGLETON_TRUE);
    pub const ELLIPSIS: Value = immediate(ImmediateKind::Singleton, SINGLETON_ELLIPSIS);
    pub const NOT_IMPLEMENTED: Value =
        immediate(ImmediateKind::Singleton, SINGLETON_NOT_IMPLEMENTED);
    /// What an unassigned local variable, an empty cell or an absent
    /// optional argument holds. Never visible to Python code.
    pub const UNBOUND: Value = immediate(ImmediateKind::Singleton, SINGLETON_UNBOUND);

    #[inline(always)]
    pub const fn raw(self) -> usize {
        self.0
    }

    /// Rebuild a Value from `raw()`.
    #[inline(always)]
    pub const fn from_raw(word: usize) -> Value {
        Value(word)
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    // ---- small ints ----

    /// An unboxed int, if `n` fits.
    #[inline(always)]
    pub fn try_small_int(n: i64) -> Option<Value> {
        if n >= SMALL_INT_MIN as i64 && n <= SMALL_INT_MAX as i64 {
            Some(Value::small_int(n as isize))
        } else {
            None
        }
    }

    /// An unboxed int; `n` must be within SMALL_INT_MIN..=SMALL_INT_MAX.
    #[inline(always)]
    pub fn small_int(n: isize) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&n));
        Value(((n as usize) << 1) | TAG_INT)
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.raw() & TAG_INT != 0
    }

    #[inline(always)]
    pub fn as_small_int(self) -> Option<isize> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }

    /// The int of a Value known to be a small int.
    #[inline(always)]
    pub fn small_int_unchecked(self) -> isize {
        (self.raw() as isize) >> 1
    }

    // ---- heap references ----

    /// A reference to the heap object whose header is at word `index`.
    #[inline(always)]
    pub fn from_heap_index(index: usize) -> Value {
        debug_assert!(index != 0 && index <= usize::MAX >> 2);
        Value(index << 2)
    }

    /// A heap reference (the zero word is not one).
    #[inline(always)]
    pub fn is_heap(self) -> bool {
        self.0 & 0b11 == 0 && self.0 != 0
    }

    /// The header word index of a heap object.
    #[inline(always)]
    pub fn heap_index(self) -> Option<usize> {
        if self.is_heap() {
            Some(self.raw() >> 2)
        } else {
            None
        }
    }

    /// The header index of a Value known to be a heap reference.
    #[inline(always)]
    pub fn heap_index_unchecked(self) -> usize {
        debug_assert!(self.is_heap());
        self.raw() >> 2
    }

    // ---- interned strings ----

    #[inline(always)]
    pub fn from_qstr(id: QStr) -> Value {
        Value(((id.0 as usize) << 3) | TAG_QSTR)
    }

    #[inline(always)]
    pub fn as_qstr(self) -> Option<QStr> {
        if self.raw() & 0b111 == TAG_QSTR {
            Some(QStr((self.raw() >> 3) as u32))
        } else {
            None
        }
    }

    // ---- other immediates ----

    #[inline(always)]
    fn immediate_parts(self) -> Option<(u8, usize)> {
        if self.raw() & 0b111 == TAG_IMMEDIATE {
            Some((((self.raw() >> 3) & 0x1f) as u8, self.raw() >> 8))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    #[inline(always)]
    pub fn is_unbound(self) -> bool {
        self == Value::UNBOUND
    }

    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }

    pub fn from_builtin_type(id: TypeId) -> Value {
        immediate(ImmediateKind::BuiltinType, id.0 as usize)
    }

    #[inline(always)]
    pub fn as_builtin_type(self) -> Option<TypeId> {
        match self.immediate_parts() {
            Some((kind, payload)) if kind == ImmediateKind::BuiltinType as u8 => {
                Some(TypeId(payload as u16))
            }
            _ => None,
        }
    }

    pub fn from_native_function(index: usize) -> Value {
        immediate(ImmediateKind::NativeFunction, index)
    }

    #[inline(always)]
    pub fn as_native_function(self) -> Option<usize> {
        match self.immediate_parts() {
            Some((kind, payload)) if kind == ImmediateKind::NativeFunction as u8 => Some(payload),
            _ => None,
        }
    }

    /// True for the singletons None, True, False, Ellipsis, NotImplemented
    /// and the unbound marker.
    pub fn is_singleton(self) -> bool {
        matches!(self.immediate_parts(), Some((kind, _)) if kind == ImmediateKind::Singleton as u8)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(n) = self.as_small_int() {
            write!(f, "Int({n})")
        } else if let Some(index) = self.heap_index() {
            write!(f, "Heap({index})")
        } else if let Some(q) = self.as_qstr() {
            write!(f, "QStr({})", q.0)
        } else if let Some(t) = self.as_builtin_type() {
            write!(f, "Type({})", t.0)
        } else if let Some(n) = self.as_native_function() {
            write!(f, "Native({n})")
        } else {
            match *self {
                Value::NONE => f.write_str("None"),
                Value::TRUE => f.write_str("True"),
                Value::FALSE => f.write_str("False"),
                Value::ELLIPSIS => f.write_str("Ellipsis"),
                Value::NOT_IMPLEMENTED => f.write_str("NotImplemented"),
                Value::UNBOUND => f.write_str("Unbound"),
                _ => write!(f, "Value({:#x})", self.raw()),
            }
        }
    }
}

/// The id of an interned string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QStr(pub u32);

/// The id of a builtin type in the static type table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u16);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for n in [0, 1, -1, 42, -42, SMALL_INT_MAX, SMALL_INT_MIN] {
            let v = Value::small_int(n);
            assert!(v.is_small_int());
            assert!(!v.is_heap());
            assert_eq!(v.as_small_int(), Some(n));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX as i64 + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN as i64 - 1).is_none());
    }

    #[test]
    fn tags_do_not_overlap() {
        let heap = Value::from_heap_index(7);
        let q = Value::from_qstr(QStr(7));
        let t = Value::from_builtin_type(TypeId(7));
        let n = Value::from_native_function(7);
        let all = [
            heap,
            q,
            t,
            n,
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::UNBOUND,
        ];
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a == b);
            }
        }
        assert_eq!(heap.heap_index(), Some(7));
        assert_eq!(q.as_qstr(), Some(QStr(7)));
        assert_eq!(t.as_builtin_type(), Some(TypeId(7)));
        assert_eq!(n.as_native_function(), Some(7));
        assert!(q.heap_index().is_none() && t.as_qstr().is_none() && n.as_builtin_type().is_none());
        assert!(Value::NONE.is_singleton() && !heap.is_singleton());
    }

    #[test]
    fn the_zero_word_is_no_heap_reference() {
        assert!(!Value::from_raw(0).is_heap());
    }
}
