//! Interned strings ("qstrs", as MicroPython calls them).
//!
//! Identifiers, attribute names and short string constants are interned: a
//! qstr Value is an immediate word holding the id, so these strings cost no
//! GC heap and compare by id. The names the VM itself refers to are interned
//! at start-up in a fixed order, so code can name them as constants
//! (`qstr::INIT`). Interned strings live as long as the VM: they are created
//! by compiling code and by `sys.intern`-like paths, never by ordinary string
//! operations, so the table grows only with the program's vocabulary.

use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashTable;

pub use crate::value::QStr;

/// The hash of a string's UTF-8 bytes, shared by interned and heap strings
/// so that both compare equal as dict keys. FNV-1a: simple, no tables, good
/// enough spread for identifiers.
pub fn hash_bytes(bytes: &[u8]) -> usize {
    #[cfg(target_pointer_width = "64")]
    const OFFSET: usize = 0xcbf2_9ce4_8422_2325;
    #[cfg(target_pointer_width = "64")]
    const PRIME: usize = 0x0000_0100_0000_01b3;
    #[cfg(not(target_pointer_width = "64"))]
    const OFFSET: usize = 0x811c_9dc5;
    #[cfg(not(target_pointer_width = "64"))]
    const PRIME: usize = 0x0100_0193;
    let mut hash = OFFSET;
    for &b in bytes {
        hash ^= b as usize;
        hash = hash.wrapping_mul(PRIME);
    }
    hash
}

enum Text {
    Static(&'static str),
    Owned(Box<str>),
}

struct Entry {
    text: Text,
    hash: usize,
}

impl Entry {
    fn as_str(&self) -> &str {
        match &self.text {
            Text::Static(s) => s,
            Text::Owned(s) => s,
        }
    }
}

pub struct Interner {
    entries: Vec<Entry>,
    /// Ids, found by hash.
    table: HashTable<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}

impl Interner {
    /// An interner holding the static names, with `qstr::X` ids.
    pub fn new() -> Interner {
        // Room for the method and module function names a VM interns at
        // start-up too (several hundred), and the program's first names,
        // so start-up never rehashes the table.
        let capacity = STATIC_NAMES.len() + 512;
        let mut interner = Interner {
            entries: Vec::with_capacity(capacity),
            table: HashTable::with_capacity(capacity),
        };
        for name in STATIC_NAMES {
            interner.insert(Text::Static(name));
        }
        interner
    }

    fn insert(&mut self, text: Text) -> QStr {
        let id = self.entries.len() as u32;
        let entry = Entry {
            hash: hash_bytes(match &text {
                Text::Static(s) => s.as_bytes(),
                Text::Owned(s) => s.as_bytes(),
            }),
            text,
        };
        let hash = entry.hash as u64;
        self.entries.push(entry);
        let entries = &self.entries;
        self.table
            .insert_unique(hash, id, |&other| entries[other as usize].hash as u64);
        QStr(id)
    }

    /// The id of `text`, interning it if new.
    pub fn intern(&mut self, text: &str) -> QStr {
        if let Some(id) = self.lookup(text) {
            return id;
        }
        self.insert(Text::Owned(text.into()))
    }

    /// Intern a string that lives forever without copying it.
    pub fn intern_static(&mut self, text: &'static str) -> QStr {
        if let Some(id) = self.lookup(text) {
            return id;
        }
        self.insert(Text::Static(text))
    }

    /// The id of `text` if it is interned.
    pub fn lookup(&self, text: &str) -> Option<QStr> {
        let hash = hash_bytes(text.as_bytes());
        self.table
            .find(hash as u64, |&id| {
                let entry = &self.entries[id as usize];
                entry.hash == hash && entry.as_str() == text
            })
            .map(|&id| QStr(id))
    }

    pub fn get(&self, id: QStr) -> &str {
        self.entries
            .get(id.0 as usize)
            .map(Entry::as_str)
            .unwrap_or("<bad qstr>")
    }

    /// The strings interned from program text (compiled-in names, like
    /// MicroPython's ROM qstrs, are not listed), oldest first.
    pub fn program_strings(&self) -> impl Iterator<Item = &str> + '_ {
        self.entries.iter().filter_map(|e| match &e.text {
            Text::Static(_) => None,
            Text::Owned(s) => Some(&**s),
        })
    }

    pub fn hash(&self, id: QStr) -> usize {
        self.entries.get(id.0 as usize).map_or(0, |e| e.hash)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Bytes of Rust heap the interned text uses (for `micropython.mem_info`).
    pub fn owned_bytes(&self) -> usize {
        self.entries
            .iter()
            .map(|e| match &e.text {
                Text::Static(_) => 0,
                Text::Owned(s) => s.len(),
            })
            .sum()
    }
}

macro_rules! static_names {
    ($($const_name:ident = $text:literal,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum StaticName { $($const_name),* }

        /// The names interned at start-up, in id order.
        pub const STATIC_NAMES: &[&str] = &[$($text),*];

        $(
            pub const $const_name: QStr = QStr(StaticName::$const_name as u32);
        )*
    };
}

static_names! {
    EMPTY = "",
    MODULE = "<module>",
    LAMBDA = "<lambda>",
    LISTCOMP = "<listcomp>",
    DICTCOMP = "<dictcomp>",
    SETCOMP = "<setcomp>",
    GENEXPR = "<genexpr>",
    STDIN = "<stdin>",
    STRING = "<string>",
    MAIN = "__main__",
    BUILTINS = "builtins",
    DUNDER_NAME = "__name__",
    DUNDER_QUALNAME = "__qualname__",
    DUNDER_MODULE = "__module__",
    DUNDER_DOC = "__doc__",
    DUNDER_FILE = "__file__",
    DUNDER_DICT = "__dict__",
    DUNDER_CLASS = "__class__",
    DUNDER_CLASSCELL = "__classcell__",
    DUNDER_BUILD_CLASS = "__build_class__",
    DUNDER_IMPORT = "__import__",
    DUNDER_ALL = "__all__",
    DUNDER_PATH = "__path__",
    DUNDER_PACKAGE = "__package__",
    DUNDER_SPEC = "__spec__",
    DUNDER_ANNOTATIONS = "__annotations__",
    DUNDER_BASES = "__bases__",
    DUNDER_BASE = "__base__",
    DUNDER_DIVMOD = "__divmod__",
    DUNDER_RDIVMOD = "__rdivmod__",
    DUNDER_MRO = "__mro__",
    DUNDER_SLOTS = "__slots__",
    DUNDER_INIT = "__init__",
    DUNDER_NEW = "__new__",
    DUNDER_DEL = "__del__",
    DUNDER_CALL = "__call__",
    DUNDER_REPR = "__repr__",
    DUNDER_STR = "__str__",
    DUNDER_FORMAT = "__format__",
    DUNDER_HASH = "__hash__",
    DUNDER_BOOL = "__bool__",
    DUNDER_LEN = "__len__",
    DUNDER_ITER = "__iter__",
    DUNDER_NEXT = "__next__",
    DUNDER_AWAIT = "__await__",
    DUNDER_DIR = "__dir__",
    DUNDER_AITER = "__aiter__",
    DUNDER_ANEXT = "__anext__",
    DUNDER_AENTER = "__aenter__",
    DUNDER_AEXIT = "__aexit__",
    DUNDER_REVERSED = "__reversed__",
    DUNDER_CONTAINS = "__contains__",
    DUNDER_GETITEM = "__getitem__",
    DUNDER_SETITEM = "__setitem__",
    DUNDER_DELITEM = "__delitem__",
    DUNDER_MISSING = "__missing__",
    DUNDER_GETATTR = "__getattr__",
    DUNDER_GETATTRIBUTE = "__getattribute__",
    DUNDER_SETATTR = "__setattr__",
    DUNDER_DELATTR = "__delattr__",
    DUNDER_GET = "__get__",
    DUNDER_SET = "__set__",
    DUNDER_DELETE = "__delete__",
    DUNDER_SET_NAME = "__set_name__",
    DUNDER_INIT_SUBCLASS = "__init_subclass__",
    DUNDER_ENTER = "__enter__",
    DUNDER_EXIT = "__exit__",
    DUNDER_EQ = "__eq__",
    DUNDER_NE = "__ne__",
    DUNDER_LT = "__lt__",
    DUNDER_LE = "__le__",
    DUNDER_GT = "__gt__",
    DUNDER_GE = "__ge__",
    DUNDER_ADD = "__add__",
    DUNDER_SUB = "__sub__",
    DUNDER_MUL = "__mul__",
    DUNDER_TRUEDIV = "__truediv__",
    DUNDER_FLOORDIV = "__floordiv__",
    DUNDER_MOD = "__mod__",
    DUNDER_POW = "__pow__",
    DUNDER_LSHIFT = "__lshift__",
    DUNDER_RSHIFT = "__rshift__",
    DUNDER_AND = "__and__",
    DUNDER_OR = "__or__",
    DUNDER_XOR = "__xor__",
    DUNDER_MATMUL = "__matmul__",
    DUNDER_RADD = "__radd__",
    DUNDER_RSUB = "__rsub__",
    DUNDER_RMUL = "__rmul__",
    DUNDER_RTRUEDIV = "__rtruediv__",
    DUNDER_RFLOORDIV = "__rfloordiv__",
    DUNDER_RMOD = "__rmod__",
    DUNDER_RPOW = "__rpow__",
    DUNDER_RLSHIFT = "__rlshift__",
    DUNDER_RRSHIFT = "__rrshift__",
    DUNDER_RAND = "__rand__",
    DUNDER_ROR = "__ror__",
    DUNDER_RXOR = "__rxor__",
    DUNDER_RMATMUL = "__rmatmul__",
    DUNDER_IADD = "__iadd__",
    DUNDER_ISUB = "__isub__",
    DUNDER_IMUL = "__imul__",
    DUNDER_ITRUEDIV = "__itruediv__",
    DUNDER_IFLOORDIV = "__ifloordiv__",
    DUNDER_IMOD = "__imod__",
    DUNDER_IPOW = "__ipow__",
    DUNDER_ILSHIFT = "__ilshift__",
    DUNDER_IRSHIFT = "__irshift__",
    DUNDER_IAND = "__iand__",
    DUNDER_IOR = "__ior__",
    DUNDER_IXOR = "__ixor__",
    DUNDER_IMATMUL = "__imatmul__",
    DUNDER_NEG = "__neg__",
    DUNDER_POS = "__pos__",
    DUNDER_INVERT = "__invert__",
    DUNDER_ABS = "__abs__",
    DUNDER_INT = "__int__",
    DUNDER_FLOAT = "__float__",
    DUNDER_INDEX = "__index__",
    DUNDER_ROUND = "__round__",
    DUNDER_TRACEBACK = "__traceback__",
    DUNDER_CAUSE = "__cause__",
    DUNDER_CONTEXT = "__context__",
    DUNDER_SUPPRESS_CONTEXT = "__suppress_context__",
    DUNDER_SELF = "__self__",
    DUNDER_FUNC = "__func__",
    DUNDER_CODE = "__code__",
    DUNDER_DEFAULTS = "__defaults__",
    DUNDER_KWDEFAULTS = "__kwdefaults__",
    DUNDER_CLOSURE = "__closure__",
    DUNDER_GLOBALS = "__globals__",
    DUNDER_WRAPPED = "__wrapped__",
    ARGS = "args",
    VALUE = "value",
    SELF = "self",
    CLS = "cls",
    KEY = "key",
    REVERSE = "reverse",
    SEP = "sep",
    END = "end",
    FILE = "file",
    FLUSH = "flush",
    START = "start",
    STOP = "stop",
    STEP = "step",
    WRITE = "write",
    SEND = "send",
    THROW = "throw",
    CLOSE = "close",
    APPEND = "append",
    KEYS = "keys",
    ITEMS = "items",
    VALUES = "values",
    SUPER = "super",
    OBJECT = "object",
    TYPE = "type",
    NAME = "name",
    ASSERTION_ERROR = "AssertionError",
    MEMORY_ERROR = "MemoryError",
    FORMAT = "format",
}
