//! The kinds of heap object, stored in the low byte of every header word.
//!
//! A kind is either *traced*: every word after the header is a Value (or
//! zero), so the collector can scan it without knowing the layout; or a
//! *leaf*: the words hold raw data (text, floats, limbs, byte buffers) and
//! are never scanned. Objects that need both keep their raw data in a
//! separate leaf object they point to (a bytearray's buffer, a dict's index).

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    /// A free chunk: word 1 links to the next free chunk of its list.
    Free = 0,
    // ---- leaves ----
    /// `str`: hash, byte length, char length, then UTF-8 bytes.
    Str,
    /// A `str` holding lone surrogates: the `Str` layout with generalized
    /// UTF-8 bytes (objects/wtf8.rs). A separate kind so that `Str` bytes
    /// are always valid UTF-8.
    SurrogateStr,
    /// `bytes`: hash, length, then the bytes.
    Bytes,
    /// `float`: the f64 bits in the payload words.
    Float,
    /// `complex`: two f64s.
    Complex,
    /// A big `int`: sign and limb count word, then u32 limbs.
    BigInt,
    /// A raw byte buffer (a bytearray's storage, a dict's index table).
    RawBytes,
    // ---- traced ----
    /// A growable array's storage: values up to the object's capacity.
    ValueArray,
    /// `tuple`: length, then the items inline.
    Tuple,
    /// `list`: length, storage (a ValueArray, or 0 when empty).
    List,
    /// `dict`: see objects/dict.rs.
    Dict,
    /// `set` and `frozenset` share the dict layout.
    Set,
    FrozenSet,
    /// `bytearray`: length, storage (a RawBytes).
    ByteArray,
    /// A Python function: code, globals, defaults, ...
    Function,
    /// A code object: its slot in the heap's code table (the bytecode lives
    /// outside the GC heap), plus the constants.
    Code,
    /// A closure cell.
    Cell,
    /// A method bound to an instance: function, self.
    BoundMethod,
    /// A user-defined class.
    Class,
    /// An instance of a user-defined class.
    Instance,
    /// An exception instance (builtin or user exception class).
    Exception,
    /// A module: name, dict.
    Module,
    /// A generator (or coroutine): its suspended frame.
    Generator,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// A builtin iterator (over a list, tuple, str, dict, range, zip, map,
    /// enumerate, ...): the subkind is its first payload word.
    Iterator,
    /// `property`, `staticmethod`, `classmethod` objects.
    Property,
    StaticMethod,
    ClassMethod,
    /// A `super()` object: the class and the instance.
    Super,
    /// A text stream such as `sys.stdout` (which port stream it writes to).
    Stream,
    // ---- buffers (traced) ----
    /// `array.array`: typecode and export flag, length, storage (RawBytes).
    Array,
    /// `memoryview`: exporter, byte offset, length, format and flags.
    MemoryView,
    // ---- added by the stdlib work (collections, io) ----
    /// `collections.deque`: see objects/deque.rs.
    Deque,
    /// `micropython.RingIO`: see objects/ringio.rs.
    RingIo,
    /// A `traceback` object: an exception's traceback entries and the
    /// index of one frame in them (objects/traceback.rs).
    Traceback,
}

impl ObjKind {
    const ALL: &'static [ObjKind] = &[
        ObjKind::Free,
        ObjKind::Str,
        ObjKind::SurrogateStr,
        ObjKind::Bytes,
        ObjKind::Float,
        ObjKind::Complex,
        ObjKind::BigInt,
        ObjKind::RawBytes,
        ObjKind::ValueArray,
        ObjKind::Tuple,
        ObjKind::List,
        ObjKind::Dict,
        ObjKind::Set,
        ObjKind::FrozenSet,
        ObjKind::ByteArray,
        ObjKind::Function,
        ObjKind::Code,
        ObjKind::Cell,
        ObjKind::BoundMethod,
        ObjKind::Class,
        ObjKind::Instance,
        ObjKind::Exception,
        ObjKind::Module,
        ObjKind::Generator,
        ObjKind::Range,
        ObjKind::Slice,
        ObjKind::Iterator,
        ObjKind::Property,
        ObjKind::StaticMethod,
        ObjKind::ClassMethod,
        ObjKind::Super,
        ObjKind::Stream,
        ObjKind::Array,
        ObjKind::MemoryView,
        ObjKind::Deque,
        ObjKind::RingIo,
        ObjKind::Traceback,
    ];

    #[inline(always)]
    pub fn from_byte(byte: u8) -> ObjKind {
        // Headers are only written by the allocator, so the byte is always a
        // valid kind; anything else reads as Free (never traced).
        ObjKind::ALL
            .get(byte as usize)
            .copied()
            .unwrap_or(ObjKind::Free)
    }

    /// Whether the collector scans this kind's payload words for references.
    #[inline(always)]
    pub fn is_traced(self) -> bool {
        (self as u8) >= (ObjKind::ValueArray as u8)
    }
}
