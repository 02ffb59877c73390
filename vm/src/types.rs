//! The builtin types: a static table of names and bases. A builtin type is
//! an immediate Value (`Value::from_builtin_type`), so `int`, `list` or
//! `ValueError` cost no heap. Their methods are attached at start-up from
//! the tables in `builtins/` (see `Vm::type_attribute`).
//!
//! User classes are heap objects (`objects/class.rs`); their MRO ends in
//! builtin types (`object` at least).

pub use crate::value::TypeId;

pub struct TypeInfo {
    pub name: &'static str,
    /// The single base of a builtin type (None for `object`).
    pub base: Option<TypeId>,
    /// Whether user classes may subclass it.
    pub subclassable: bool,
}

macro_rules! builtin_types {
    ($($id:ident = $name:literal : $base:ident $(, $flag:ident)?;)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u16)]
        enum TypeIndex { $($id),* }

        $( pub const $id: TypeId = TypeId(TypeIndex::$id as u16); )*

        pub static TYPES: &[TypeInfo] = &[
            $( TypeInfo {
                name: $name,
                base: builtin_types!(@base $base),
                subclassable: builtin_types!(@flag $($flag)?),
            } ),*
        ];
    };
    (@base NONE) => { None };
    (@base $base:ident) => { Some($base) };
    (@flag) => { true };
    (@flag final) => { false };
}

builtin_types! {
    OBJECT = "object" : NONE;
    TYPE = "type" : OBJECT;
    NONE_TYPE = "NoneType" : OBJECT, final;
    NOT_IMPLEMENTED_TYPE = "NotImplementedType" : OBJECT, final;
    ELLIPSIS_TYPE = "ellipsis" : OBJECT, final;
    INT = "int" : OBJECT;
    BOOL = "bool" : INT, final;
    FLOAT = "float" : OBJECT;
    COMPLEX = "complex" : OBJECT;
    STR = "str" : OBJECT;
    BYTES = "bytes" : OBJECT;
    BYTEARRAY = "bytearray" : OBJECT;
    TUPLE = "tuple" : OBJECT;
    LIST = "list" : OBJECT;
    DICT = "dict" : OBJECT;
    SET = "set" : OBJECT;
    FROZENSET = "frozenset" : OBJECT;
    RANGE = "range" : OBJECT, final;
    SLICE = "slice" : OBJECT, final;
    FUNCTION = "function" : OBJECT, final;
    BUILTIN_FUNCTION = "builtin_function_or_method" : OBJECT, final;
    METHOD = "method" : OBJECT, final;
    CODE = "code" : OBJECT, final;
    CELL = "cell" : OBJECT, final;
    MODULE = "module" : OBJECT;
    GENERATOR = "generator" : OBJECT, final;
    COROUTINE = "coroutine" : OBJECT, final;
    PROPERTY = "property" : OBJECT;
    STATICMETHOD = "staticmethod" : OBJECT;
    CLASSMETHOD = "classmethod" : OBJECT;
    SUPER = "super" : OBJECT;
    TEXT_IO = "TextIOWrapper" : OBJECT, final;
    // iterators
    LIST_ITERATOR = "list_iterator" : OBJECT, final;
    LIST_REVERSEITERATOR = "list_reverseiterator" : OBJECT, final;
    TUPLE_ITERATOR = "tuple_iterator" : OBJECT, final;
    STR_ITERATOR = "str_ascii_iterator" : OBJECT, final;
    BYTES_ITERATOR = "bytes_iterator" : OBJECT, final;
    RANGE_ITERATOR = "range_iterator" : OBJECT, final;
    DICT_KEYITERATOR = "dict_keyiterator" : OBJECT, final;
    DICT_VALUEITERATOR = "dict_valueiterator" : OBJECT, final;
    DICT_ITEMITERATOR = "dict_itemiterator" : OBJECT, final;
    SET_ITERATOR = "set_iterator" : OBJECT, final;
    DICT_KEYS = "dict_keys" : OBJECT, final;
    DICT_VALUES = "dict_values" : OBJECT, final;
    DICT_ITEMS = "dict_items" : OBJECT, final;
    ENUMERATE = "enumerate" : OBJECT;
    ZIP = "zip" : OBJECT;
    MAP = "map" : OBJECT;
    FILTER = "filter" : OBJECT;
    REVERSED = "reversed" : OBJECT;
    CALLABLE_ITERATOR = "callable_iterator" : OBJECT, final;
    COROUTINE_WRAPPER = "coroutine_wrapper" : OBJECT, final;
    // buffers (objects/array.rs, objects/memoryview.rs)
    ARRAY = "array.array" : OBJECT;
    MEMORYVIEW = "memoryview" : OBJECT, final;
    // ---- added by the stdlib work (collections, io) ----
    DEQUE = "deque" : OBJECT;
    RINGIO = "RingIO" : OBJECT, final;
    BUFFERED_READER = "BufferedReader" : OBJECT, final;
    FILE_IO = "FileIO" : OBJECT, final;
    TRACEBACK = "traceback" : OBJECT, final;
    BLOCKING_IO_ERROR = "BlockingIOError" : OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError" : OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError" : CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError" : CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError" : CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError" : CONNECTION_ERROR;
    INTERRUPTED_ERROR = "InterruptedError" : OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError" : OS_ERROR;
    // exceptions
    BASE_EXCEPTION = "BaseException" : OBJECT;
    SYSTEM_EXIT = "SystemExit" : BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt" : BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit" : BASE_EXCEPTION;
    EXCEPTION = "Exception" : BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration" : EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration" : EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError" : EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError" : ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError" : ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError" : ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError" : EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError" : EXCEPTION;
    BUFFER_ERROR = "BufferError" : EXCEPTION;
    EOF_ERROR = "EOFError" : EXCEPTION;
    IMPORT_ERROR = "ImportError" : EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError" : IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError" : EXCEPTION;
    INDEX_ERROR = "IndexError" : LOOKUP_ERROR;
    KEY_ERROR = "KeyError" : LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError" : EXCEPTION;
    NAME_ERROR = "NameError" : EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError" : NAME_ERROR;
    OS_ERROR = "OSError" : EXCEPTION;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError" : OS_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError" : OS_ERROR;
    PERMISSION_ERROR = "PermissionError" : OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError" : OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError" : OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError" : OS_ERROR;
    CONNECTION_ERROR = "ConnectionError" : OS_ERROR;
    REFERENCE_ERROR = "ReferenceError" : EXCEPTION;
    RUNTIME_ERROR = "RuntimeError" : EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError" : RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError" : RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError" : EXCEPTION;
    INDENTATION_ERROR = "IndentationError" : SYNTAX_ERROR;
    TAB_ERROR = "TabError" : INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError" : EXCEPTION;
    TYPE_ERROR = "TypeError" : EXCEPTION;
    VIPER_TYPE_ERROR = "ViperTypeError" : TYPE_ERROR;
    VALUE_ERROR = "ValueError" : EXCEPTION;
    UNICODE_ERROR = "UnicodeError" : VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError" : UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError" : UNICODE_ERROR;
    WARNING = "Warning" : EXCEPTION;
    USER_WARNING = "UserWarning" : WARNING;
    DEPRECATION_WARNING = "DeprecationWarning" : WARNING;
    RUNTIME_WARNING = "RuntimeWarning" : WARNING;
}

pub fn info(id: TypeId) -> &'static TypeInfo {
    &TYPES[id.0 as usize]
}

pub fn name(id: TypeId) -> &'static str {
    info(id).name
}

/// Whether builtin type `sub` is `sup` or derives from it.
pub fn is_subtype(mut sub: TypeId, sup: TypeId) -> bool {
    loop {
        if sub == sup {
            return true;
        }
        match info(sub).base {
            Some(base) => sub = base,
            None => return false,
        }
    }
}

/// Whether instances of this builtin type are exceptions.
pub fn is_exception_type(id: TypeId) -> bool {
    is_subtype(id, BASE_EXCEPTION)
}

/// The exception types, for the builtins namespace.
pub fn exception_types() -> impl Iterator<Item = TypeId> {
    (0..TYPES.len() as u16)
        .map(TypeId)
        .filter(|&id| is_exception_type(id))
}
