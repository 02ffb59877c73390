//! The VM: the state of one Python interpreter, and the embedding API that
//! ports use to create it and run programs.
//!
//! Everything a running program can reach hangs off this struct: the heap,
//! the interned strings, the register stack and frames, the module table.
//! The collector's roots are exactly the Values listed in `Vm::collect`.

use crate::error::{PyResult, Raised};
use crate::heap::{Heap, HeapMemory, ObjKind};
use crate::interp::frame::Frame;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::port::Port;
use crate::qstr::{Interner, QStr};
use crate::value::{TypeId, Value};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// `Vm::native_owners` entries.
const NO_OWNER: u16 = u16::MAX;
const WIDELY_SHARED: u16 = u16::MAX - 1;

/// How a top-level run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunOutcome {
    /// The program ran to its end.
    Completed,
    /// An exception escaped; its traceback has been written to stderr.
    Raised,
    /// `SystemExit` (or `sys.exit`) with this status.
    Exit(i32),
}

/// Limits a port chooses for its VM.
#[derive(Clone, Debug)]
pub struct Config {
    /// Python frames at most before RecursionError (`sys.getrecursionlimit`).
    pub recursion_limit: usize,
    /// Times at most that Rust code may re-enter the interpreter (a native
    /// function calling back into Python: `sorted(key=...)`, `__init__`,
    /// `__eq__` during a dict lookup...). Each re-entry uses Rust stack, so
    /// a port with a small stack sets this low; past it, RecursionError.
    pub reentry_limit: usize,
    /// How deeply repr, comparison and hashing may descend into nested
    /// containers (each level uses Rust stack); past it, RecursionError.
    pub nesting_limit: usize,
    /// Work-list entries the collector may use before it falls back to
    /// rescanning the heap.
    pub mark_stack_limit: usize,
    /// Collect after this many bytes were allocated since the last
    /// collection even if memory remains. None: only when memory runs out.
    pub collect_threshold_bytes: Option<usize>,
    /// With a threshold: allocate up to this percent of the bytes the last
    /// collection kept before the next, when that is more than the
    /// threshold (which is then a floor). 0: the threshold alone.
    pub collect_live_percent: usize,
    /// The module search path (`sys.path`) for ports with files.
    pub path: Vec<alloc::string::String>,
    /// `sys.argv`.
    pub argv: Vec<alloc::string::String>,
    /// `sys.platform`.
    pub platform: &'static str,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            recursion_limit: 1000,
            reentry_limit: 200,
            nesting_limit: 1000,
            mark_stack_limit: 1024,
            collect_threshold_bytes: None,
            collect_live_percent: 0,
            path: Vec::new(),
            argv: Vec::new(),
            platform: "pyrite",
        }
    }
}

pub struct Vm {
    pub heap: Heap,
    pub interner: Interner,
    pub(crate) port: Box<dyn Port>,
    pub(crate) config: Config,
    /// Registers of all active frames, each frame a window of it.
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    /// How deeply Rust code has re-entered the interpreter.
    pub(crate) reentry_depth: usize,
    /// `micropython.opt_level()`: recorded for programs that read it back;
    /// the compiler does not vary with it yet.
    pub(crate) opt_level: isize,
    /// How deeply repr/compare/hash are inside nested containers.
    pub(crate) nesting_depth: usize,
    /// Values Rust code holds across an allocation (see `push_root`).
    pub(crate) roots: Vec<Value>,
    /// Every native function by number (what a native-function Value holds).
    pub(crate) natives: Vec<&'static NativeFunction>,
    /// For each native that is a method of builtin types, the types whose
    /// instances it accepts as `self` (at most two; `NO_OWNER` for none or
    /// for methods shared so widely that they check for themselves).
    pub(crate) native_owners: Vec<[u16; 2]>,
    /// Builtins by qstr id (UNBOUND where there is none): the static part of
    /// the builtins namespace, off the GC heap.
    pub(crate) builtin_names: Vec<Value>,
    /// Names assigned in the `builtins` module at run time (a dict, or
    /// UNBOUND until the first such assignment).
    pub(crate) builtins_overlay: Value,
    /// Attributes of each builtin type (its methods), sorted by qstr id.
    pub(crate) type_attributes: Vec<Vec<(QStr, Value)>>,
    /// Plugin modules the port compiled in.
    pub(crate) plugin_modules: Vec<&'static ModuleDef>,
    /// `sys.modules`: a dict of module name -> module.
    pub(crate) modules: Value,
    /// The classes plugin modules wrote in Rust, by the address of their
    /// `NativeClass` definition (`modules/native_class.rs`); GC roots.
    pub(crate) native_classes: Vec<(usize, Value)>,
    /// The mount table of `vfs.rs` (UNBOUND: only the port's files at "/").
    pub(crate) mounts: Value,
    /// The exception being propagated while a `Raised` travels up.
    pub(crate) current_exception: Value,
    /// The exception being handled (inside except/finally), for
    /// `sys.exc_info()` and implicit chaining; UNBOUND when none.
    pub(crate) handled_exception: Value,
    /// While a generator runs: the exception the code that resumed it is
    /// handling, which the generator sees again when it leaves its
    /// outermost handler (the value that handler saved on entry may be
    /// from an earlier resume). UNBOUND when none.
    pub(crate) resumer_handled: Value,
    /// A MemoryError made at start-up, raised when no memory is left to
    /// make one.
    pub(crate) memory_error: Value,
    /// The MemoryError raised by an allocation while the heap is locked
    /// (made at start-up too, with MicroPython's message).
    pub(crate) memory_error_locked: Value,
    /// An exception instance made at start-up, reused for any exception
    /// that must be raised when no memory is left to make it.
    pub(crate) emergency_exception: Value,
    /// An empty tuple made at start-up (the emergency exception's args).
    pub(crate) empty_tuple: Value,
    /// A one-item tuple and a list with room for a few traceback entries
    /// (None until the first `heap_lock()`): the emergency exception's args
    /// and traceback when a builtin exception is constructed with one
    /// argument and no memory (`builtins/emergency_exception.rs`).
    pub(crate) emergency_args: Value,
    pub(crate) emergency_traceback: Value,
    /// The slice lent to `GetSlice`/`SetSlice` (`ops/slice_subscript.rs`;
    /// None until first needed) and whether it is lent out now.
    pub(crate) slice_scratch: Value,
    pub(crate) slice_scratch_busy: bool,
    /// The native-function Value of `list.append`, so `CallMethod` can
    /// recognise `items.append(x)` and append without a native call
    /// (`interp/list_append_path.rs`). NONE until the builtins are installed.
    pub(crate) list_append: Value,
    /// Automatic collection enabled (`gc.enable()`/`gc.disable()`).
    pub(crate) gc_enabled: bool,
    /// Set when the current exception is a re-raise that already has this
    /// frame in its traceback.
    pub(crate) reraising: bool,
    /// Objects being printed by repr, to print `[...]` for cycles.
    pub(crate) repr_stack: Vec<Value>,
    /// The end (in `stack`) of the arguments of the native function
    /// running now (0 outside natives): the value-stack slots above it are
    /// dead until it returns (see `reachable_from_live_roots`).
    pub(crate) native_args_end: usize,
    /// Callbacks waiting to run (`micropython.schedule`).
    pub(crate) scheduler: crate::interp::scheduler::Scheduler,
    /// The address of a local variable of the outermost entry into the VM
    /// (0 before the first): `micropython.stack_use()` measures from it.
    pub(crate) stack_base: usize,
    /// The Rust stack the port gives the VM, in bytes (0: not told).
    pub(crate) stack_limit: usize,
    /// Buffers whose addresses viper code took (weak; `ops/pointer.rs`).
    pub(crate) pointer_targets: Vec<crate::ops::pointer::PointerTarget>,
    /// Outcomes of attribute lookups along classes' MROs.
    pub(crate) lookup_cache: crate::ops::lookup_cache::LookupCache,
    pub(crate) global_cache: crate::ops::global_cache::GlobalCache,
    pub(crate) attr_cache: crate::ops::attr_cache::AttrCache,
    /// Whether any class has defined `__getattribute__`: until one does,
    /// attribute loads skip looking for it (ops/attr.rs).
    pub(crate) user_getattribute: bool,
    /// The operator methods builtin types have without a table entry:
    /// (name, native, bit in `slot_wrappers::slots_of`), sorted by name.
    pub(crate) slot_wrappers: Vec<(QStr, Value, u8)>,
}

impl Vm {
    /// A VM whose garbage-collected heap is `memory` (nothing else is put
    /// there and it is never grown), talking to the world through `port`,
    /// with the plugin modules `modules` available to `import`.
    pub fn with_config(
        memory: HeapMemory,
        port: Box<dyn Port>,
        modules: &[&'static ModuleDef],
        config: Config,
    ) -> Vm {
        let mut heap = Heap::new(memory, config.mark_stack_limit);
        heap.set_pacing(crate::heap::Pacing::from_bytes(
            config.collect_threshold_bytes,
            config.collect_live_percent,
        ));
        let mut vm = Vm {
            heap,
            interner: Interner::new(),
            port,
            config,
            stack: Vec::new(),
            frames: Vec::new(),
            reentry_depth: 0,
            opt_level: 0,
            nesting_depth: 0,
            roots: Vec::new(),
            natives: Vec::with_capacity(crate::builtins::NATIVES_AT_START),
            native_owners: Vec::new(),
            builtin_names: Vec::new(),
            builtins_overlay: Value::UNBOUND,
            type_attributes: Vec::new(),
            plugin_modules: modules.to_vec(),
            modules: Value::UNBOUND,
            native_classes: Vec::new(),
            mounts: Value::UNBOUND,
            current_exception: Value::NONE,
            handled_exception: Value::UNBOUND,
            resumer_handled: Value::UNBOUND,
            memory_error: Value::NONE,
            memory_error_locked: Value::NONE,
            emergency_exception: Value::NONE,
            empty_tuple: Value::NONE,
            emergency_args: Value::NONE,
            emergency_traceback: Value::NONE,
            slice_scratch: Value::NONE,
            slice_scratch_busy: false,
            list_append: Value::NONE,
            gc_enabled: true,
            reraising: false,
            repr_stack: Vec::new(),
            native_args_end: 0,
            scheduler: crate::interp::scheduler::Scheduler::new(),
            stack_base: 0,
            stack_limit: 0,
            pointer_targets: Vec::new(),
            lookup_cache: crate::ops::lookup_cache::LookupCache::new(),
            global_cache: crate::ops::global_cache::GlobalCache::new(),
            attr_cache: crate::ops::attr_cache::AttrCache::new(),
            user_getattribute: false,
            slot_wrappers: Vec::new(),
        };
        crate::builtins::install(&mut vm);
        crate::modules::intern_builtin_module_names(&mut vm);
        vm
    }

    /// A VM with the default configuration over a static buffer.
    pub fn new(heap: &'static mut [usize], port: Box<dyn Port>) -> Vm {
        Vm::with_config(HeapMemory::Static(heap), port, &[], Config::default())
    }

    // ---- allocation and collection ----

    /// Allocate a heap object, collecting first if needed. On failure
    /// raises MemoryError. Every Value the caller holds in Rust variables
    /// across this call must be rooted (`push_root`) or live in a register.
    #[inline]
    pub fn alloc(&mut self, kind: ObjKind, payload_words: usize) -> PyResult<usize> {
        self.alloc_with(kind, payload_words, Heap::allocate)
    }

    /// `alloc` for a leaf kind (a big int's limbs) whose payload the caller
    /// writes in full before anything else can read it: the payload is not
    /// cleared first (`Heap::allocate_for_overwrite`).
    #[inline]
    pub fn alloc_leaf_for_overwrite(
        &mut self,
        kind: ObjKind,
        payload_words: usize,
    ) -> PyResult<usize> {
        self.alloc_with(kind, payload_words, Heap::allocate_for_overwrite)
    }

    #[inline(always)]
    fn alloc_with(
        &mut self,
        kind: ObjKind,
        payload_words: usize,
        allocate: fn(&mut Heap, ObjKind, usize) -> Option<usize>,
    ) -> PyResult<usize> {
        if self.heap.is_locked() {
            return Err(self.raise_preallocated(self.memory_error_locked));
        }
        #[cfg(feature = "gc-stress")]
        self.collect();
        #[cfg(not(feature = "gc-stress"))]
        if self.heap.collection_due() && self.gc_enabled {
            return self.alloc_slow(kind, payload_words);
        }
        if let Some(object) = allocate(&mut self.heap, kind, payload_words) {
            return Ok(object);
        }
        self.alloc_slow(kind, payload_words)
    }

    /// `alloc` when a collection is due or memory is short: collect, retry,
    /// else MemoryError.
    #[inline(never)]
    fn alloc_slow(&mut self, kind: ObjKind, payload_words: usize) -> PyResult<usize> {
        #[cfg(not(feature = "gc-stress"))]
        if self.heap.collection_due() && self.gc_enabled {
            self.collect();
            if let Some(object) = self.heap.allocate(kind, payload_words) {
                return Ok(object);
            }
        }
        if !self.heap.could_ever_fit(payload_words) {
            return Err(self.raise_memory_error());
        }
        if self.gc_enabled {
            self.collect();
            if let Some(object) = self.heap.allocate(kind, payload_words) {
                return Ok(object);
            }
        }
        Err(self.raise_memory_error())
    }

    /// Raise the preallocated MemoryError (needs no memory).
    pub fn raise_memory_error(&mut self) -> Raised {
        self.raise_preallocated(self.memory_error)
    }

    /// Raise one of the exceptions made at start-up, from scratch.
    fn raise_preallocated(&mut self, error: Value) -> Raised {
        let error = if error.is_heap() {
            error
        } else {
            self.memory_error
        };
        if error.is_heap() {
            crate::objects::exception::reset_traceback(self, error);
        }
        self.current_exception = error;
        Raised
    }

    /// Run a full collection now.
    pub fn collect(&mut self) {
        // Cached lookups name objects by heap index and are not roots.
        self.lookup_cache.invalidate();
        self.global_cache.invalidate();
        self.heap.begin_collection();
        self.mark_roots(self.stack.len());
        // Viper's pointer table is weak: forget the buffers about to be
        // freed, so no pointer can reach their memory again.
        self.heap.trace_marked();
        let heap = &self.heap;
        self.pointer_targets.retain(|t| heap.is_marked(t.object));
        self.heap.finish_collection();
    }

    /// Whether some object of `kind` passing `test` is reachable from the
    /// roots other than the dead value-stack slots above the running
    /// native's arguments (left by returned frames and finished
    /// temporaries, which a collection keeps alive but a program cannot
    /// reach). Frees nothing.
    pub(crate) fn reachable_from_live_roots(
        &mut self,
        kind: ObjKind,
        test: impl Fn(&Heap, usize) -> bool,
    ) -> bool {
        // Inside a native: up to its arguments. In bytecode run above the
        // latest native (an operator resizing a bytearray): the running
        // frame's registers.
        let live_top = match self.frames.last() {
            Some(frame) if frame.base >= self.native_args_end => {
                frame.base + frame.code.info.register_count as usize
            }
            _ => self.native_args_end,
        }
        .min(self.stack.len());
        self.heap.begin_collection();
        self.mark_roots(live_top);
        self.heap.trace_marked();
        let found = self.heap.any_object(kind, |heap, object| {
            heap.is_marked(object) && test(heap, object)
        });
        self.heap.clear_marks();
        found
    }

    /// Mark every root, the value stack up to `stack_top`.
    fn mark_roots(&mut self, stack_top: usize) {
        for i in 0..stack_top {
            let value = self.stack[i];
            self.heap.mark(value);
        }
        for frame in &self.frames {
            self.heap.mark(frame.code_object);
            self.heap.mark(frame.function);
            self.heap.mark(frame.globals);
            self.heap.mark(frame.locals);
            self.heap.mark(frame.generator);
            self.heap.mark(frame.constructing);
        }
        for &root in &self.roots {
            self.heap.mark(root);
        }
        for &value in &self.repr_stack {
            self.heap.mark(value);
        }
        for &value in &self.builtin_names {
            self.heap.mark(value);
        }
        for attributes in &self.type_attributes {
            for &(_, value) in attributes {
                self.heap.mark(value);
            }
        }
        self.heap.mark(self.builtins_overlay);
        self.heap.mark(self.modules);
        for &(_, class_value) in &self.native_classes {
            self.heap.mark(class_value);
        }
        self.heap.mark(self.mounts);
        self.heap.mark(self.current_exception);
        self.heap.mark(self.handled_exception);
        self.heap.mark(self.resumer_handled);
        self.heap.mark(self.memory_error);
        self.heap.mark(self.memory_error_locked);
        self.heap.mark(self.emergency_exception);
        self.heap.mark(self.empty_tuple);
        self.heap.mark(self.emergency_args);
        self.heap.mark(self.emergency_traceback);
        self.heap.mark(self.slice_scratch);
        for value in self.scheduler.roots() {
            self.heap.mark(value);
        }
    }

    /// Keep `value` alive across allocations until `pop_roots` (Rust code
    /// holding a Value in a local variable while it allocates).
    #[inline]
    pub fn push_root(&mut self, value: Value) {
        self.roots.push(value);
    }

    /// Drop the last `count` roots.
    #[inline]
    pub fn pop_roots(&mut self, count: usize) {
        let len = self.roots.len();
        self.roots.truncate(len.saturating_sub(count));
    }

    /// The number of roots, to restore with `truncate_roots` (for code
    /// that may return early with `?`).
    #[inline]
    pub fn root_mark(&self) -> usize {
        self.roots.len()
    }

    #[inline]
    pub fn truncate_roots(&mut self, mark: usize) {
        self.roots.truncate(mark);
    }

    /// Run `body` one container level deeper (repr, comparison, hashing of
    /// nested containers recurse in Rust): RecursionError past the nesting
    /// limit instead of a Rust stack overflow.
    pub fn nested<T>(&mut self, body: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.nesting_depth >= self.config.nesting_limit {
            return Err(self.raise_msg(
                crate::types::RECURSION_ERROR,
                "maximum recursion depth exceeded",
            ));
        }
        self.nesting_depth += 1;
        let result = body(self);
        self.nesting_depth -= 1;
        result
    }

    // ---- interning ----

    pub fn intern(&mut self, text: &str) -> QStr {
        self.interner.intern(text)
    }

    pub fn qstr_text(&self, id: QStr) -> &str {
        self.interner.get(id)
    }

    // ---- natives and builtins ----

    /// Give a native function its number (once) and return its Value.
    pub fn register_native(&mut self, function: &'static NativeFunction) -> Value {
        if let Some(index) = self
            .natives
            .iter()
            .position(|&known| core::ptr::eq(known, function))
        {
            return Value::from_native_function(index);
        }
        self.register_new_native(function)
    }

    /// Number `function`, known not to be registered yet.
    pub(crate) fn register_new_native(&mut self, function: &'static NativeFunction) -> Value {
        self.natives.push(function);
        Value::from_native_function(self.natives.len() - 1)
    }

    pub(crate) fn native(&self, index: usize) -> &'static NativeFunction {
        self.natives[index]
    }

    /// Record that native `index` is a method of builtin type `owner`.
    pub(crate) fn note_method_owner(&mut self, index: usize, owner: TypeId) {
        if self.native_owners.len() <= index {
            self.native_owners.resize(index + 1, [NO_OWNER; 2]);
        }
        let owners = &mut self.native_owners[index];
        if owners[0] == NO_OWNER || owners[0] == owner.0 {
            owners[0] = owner.0;
        } else if owners[1] == NO_OWNER || owners[1] == owner.0 {
            owners[1] = owner.0;
        } else {
            // Shared by many types (the iterators' __next__): unchecked.
            *owners = [WIDELY_SHARED; 2];
        }
    }

    /// TypeError unless `args` starts with a `self` that native method
    /// `index` accepts: `int.bit_length("x")` must not reach code that
    /// assumes an int.
    #[inline]
    pub(crate) fn check_method_receiver(&mut self, index: usize, args: &Args) -> PyResult<()> {
        match self.native_owners.get(index) {
            Some(&owners) if owners[0] != NO_OWNER && owners[0] != WIDELY_SHARED => {
                self.check_owned_receiver(index, owners, args)
            }
            _ => Ok(()),
        }
    }

    /// `check_method_receiver` for a method with an owner type.
    #[inline(never)]
    fn check_owned_receiver(
        &mut self,
        index: usize,
        owners: [u16; 2],
        args: &Args,
    ) -> PyResult<()> {
        let owner = TypeId(owners[0]);
        let name = self.natives[index].name;
        if args.count == 0 {
            let message = alloc::format!(
                "unbound method {}.{}() needs an argument",
                crate::types::name(owner),
                name
            );
            return Err(self.raise_type_error(&message));
        }
        let receiver = self.stack[args.base];
        let accepted = |vm: &Vm, id: u16| {
            id != NO_OWNER && crate::ops::types::is_instance_of_builtin(vm, receiver, TypeId(id))
        };
        if accepted(self, owners[0]) || accepted(self, owners[1]) {
            return Ok(());
        }
        let message = alloc::format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            crate::types::name(owner),
            crate::ops::types::type_name(self, receiver)
        );
        Err(self.raise_type_error(&message))
    }

    /// Register a builtin name (a native function or type) under `name`.
    pub(crate) fn set_builtin(&mut self, name: &'static str, value: Value) {
        let id = self.interner.intern_static(name).0 as usize;
        if self.builtin_names.len() <= id {
            self.builtin_names.resize(id + 1, Value::UNBOUND);
        }
        self.builtin_names[id] = value;
    }

    /// The builtin named `name`, if any (the overlay first).
    pub fn builtin(&mut self, name: QStr) -> PyResult<Option<Value>> {
        if self.builtins_overlay.is_heap() {
            let key = Value::from_qstr(name);
            if let Some(value) = crate::objects::dict::get(self, self.builtins_overlay, key)? {
                return Ok(Some(value));
            }
        }
        Ok(self
            .builtin_names
            .get(name.0 as usize)
            .copied()
            .filter(|v| !v.is_unbound()))
    }

    /// An attribute of a builtin type found in its own table (not its
    /// bases).
    pub(crate) fn own_type_attribute(&self, id: TypeId, name: QStr) -> Option<Value> {
        let table = self.type_attributes.get(id.0 as usize)?;
        match table.binary_search_by_key(&name, |&(key, _)| key) {
            Ok(i) => Some(table[i].1),
            Err(_) => self.own_slot_wrapper(id, name),
        }
    }

    /// An attribute of a builtin type, searching its bases.
    pub fn type_attribute(&self, mut id: TypeId, name: QStr) -> Option<Value> {
        loop {
            if let Some(value) = self.own_type_attribute(id, name) {
                return Some(value);
            }
            id = crate::types::info(id).base?;
        }
    }

    /// The names `own_type_attribute` answers for `id` (for `dir()`).
    pub(crate) fn own_type_attribute_names(&self, id: TypeId) -> Vec<QStr> {
        let table = self
            .type_attributes
            .get(id.0 as usize)
            .map_or(&[][..], |t| t);
        let mut names: Vec<QStr> = table.iter().map(|&(name, _)| name).collect();
        names.extend(
            self.slot_wrappers
                .iter()
                .filter(|&&(_, _, bit)| crate::builtins::slot_wrappers::has_own_slot(id, bit))
                .map(|&(name, _, _)| name),
        );
        names
    }

    /// The operator method `name` of builtin type `id` that its method
    /// table does not hold (builtins/slot_wrappers.rs).
    fn own_slot_wrapper(&self, id: TypeId, name: QStr) -> Option<Value> {
        // A name can have several wrappers (object's `__lt__`, and the one
        // of the types that order their values).
        let first = self
            .slot_wrappers
            .partition_point(|&(key, _, _)| key < name);
        self.slot_wrappers[first..]
            .iter()
            .take_while(|&&(key, _, _)| key == name)
            .find(|&&(_, _, bit)| crate::builtins::slot_wrappers::has_own_slot(id, bit))
            .map(|&(_, value, _)| value)
    }

    // ---- the port ----

    pub fn port(&mut self) -> &mut dyn Port {
        &mut *self.port
    }

    pub fn write_stdout(&mut self, bytes: &[u8]) {
        self.port.write_stdout(bytes);
    }

    pub fn write_stderr(&mut self, bytes: &[u8]) {
        self.port.write_stderr(bytes);
    }

    /// Tell the VM how much Rust stack it runs on (for `mem_info`).
    pub fn set_stack_limit(&mut self, bytes: usize) {
        self.stack_limit = bytes;
    }

    /// Remember the current stack depth as the VM's outermost entry, unless
    /// an outer entry is already recorded.
    pub(crate) fn note_stack_base(&mut self) {
        if self.stack_base == 0 {
            self.stack_base = stack_address();
        }
    }

    /// Bytes of Rust stack used below the outermost entry (stacks grow
    /// down on every target Pyrite supports).
    pub fn stack_use(&self) -> usize {
        if self.stack_base == 0 {
            return 0;
        }
        self.stack_base.saturating_sub(stack_address())
    }

    pub fn config(&self) -> &Config {
        &self.config
    }
}

/// The address of a local of this (never inlined) function: where the stack
/// is now.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}
