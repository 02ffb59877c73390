//! The garbage-collected heap: one fixed region of words, handed in by the
//! port, never grown.
//!
//! Layout. The region is cut into blocks of two words (8 bytes on a 32-bit
//! microcontroller, 16 on a 64-bit host). An object is one or more whole
//! blocks; its first word is the header:
//!
//! ```text
//!   bits 0..8   kind (ObjKind)
//!   bit  8      mark (set only during a collection)
//!   bits 9..    size in blocks
//! ```
//!
//! and the rest is its payload. Objects are named by the word index of their
//! header (`Value::from_heap_index`); word 0 and the first block are never
//! allocated, so no object has index 0.
//!
//! Allocation (free.rs). Free space is free chunks on lists by size, the
//! run (a chunk being cut up by bumping a pointer) and, above every object,
//! the wilderness. Freed memory is reused before the wilderness is touched.
//! When nothing fits the VM collects and tries again, and raises
//! MemoryError if that fails too. When to collect before memory runs out
//! is pacing.rs.
//!
//! Collection is mark-and-sweep with precise roots (see gc.rs): the VM hands
//! the collector every Value it holds; nothing is found by guessing, so a
//! compacting collector stays possible.

mod free;
mod gc;
pub mod kind;
mod pacing;
#[cfg(test)]
mod tests;

pub use kind::ObjKind;
pub use pacing::Pacing;

use crate::objects::code::CodeData;
use crate::value::Value;
use alloc::rc::Rc;
use alloc::vec::Vec;

pub const WORD_BYTES: usize = core::mem::size_of::<usize>();
pub const BLOCK_WORDS: usize = 2;
pub const BLOCK_BYTES: usize = BLOCK_WORDS * WORD_BYTES;
/// Chunks up to this many blocks have exact-size free lists.
const SMALL_BLOCKS: usize = 32;

const KIND_MASK: usize = 0xff;
const MARK_BIT: usize = 1 << 8;
const SIZE_SHIFT: u32 = 9;

/// Bits 9.. of a header: how many blocks an object may span.
pub const MAX_OBJECT_BLOCKS: usize = usize::MAX >> SIZE_SHIFT;

#[inline(always)]
fn make_header(kind: ObjKind, blocks: usize) -> usize {
    (blocks << SIZE_SHIFT) | kind as usize
}

/// The memory a heap manages.
pub enum HeapMemory {
    /// A static buffer (a microcontroller's RAM).
    Static(&'static mut [usize]),
    /// A buffer on the port's Rust heap (the unix port).
    Owned(alloc::boxed::Box<[usize]>),
}

impl HeapMemory {
    fn words(&mut self) -> &mut [usize] {
        match self {
            HeapMemory::Static(words) => words,
            HeapMemory::Owned(words) => words,
        }
    }
}

pub struct Heap {
    /// Owns the region; after `new` it is reached only through `base`.
    _memory: HeapMemory,
    /// The region's first word and its length in words, taken once from
    /// `_memory` so that a heap access is a plain indexed load (no match
    /// on the kind of memory at every read).
    base: *mut usize,
    len: usize,
    /// First allocatable word (block aligned).
    start: usize,
    /// End of the usable region (block aligned).
    end: usize,
    /// Start of the wilderness: every object lies below.
    top: usize,
    /// The run `[bump, limit)`, inside `[start, top)` or reaching `end`
    /// when it is the wilderness itself (then `top == end`).
    bump: usize,
    limit: usize,
    /// Heads of the free lists (free.rs); 0 means empty.
    free_lists: [usize; free::FREE_LISTS],
    /// Bit i set when free list i may be non-empty.
    nonempty: u64,
    /// Words in allocated objects.
    used_words: usize,
    /// The most `used_words` ever was (`micropython.mem_peak`).
    peak_used_words: usize,
    /// Words ever allocated (`micropython.mem_total`).
    total_allocated_words: u64,
    /// Words allocated since the last collection (to pace collections).
    pub(crate) allocated_since_collect: usize,
    /// Collect once this many words were allocated since the last
    /// collection, even if memory remains (keeps the working set small on a
    /// large host heap). usize::MAX: only when memory runs out. Set from
    /// `pacing` at every collection.
    collect_threshold_words: usize,
    pacing: Pacing,
    /// The bytecode and constants of code objects, which live outside the
    /// GC heap (a Code object holds its slot number).
    code_table: Vec<Option<Rc<CodeData>>>,
    free_code_slots: Vec<u32>,
    /// Objects marked but not yet scanned during a collection.
    mark_stack: Vec<usize>,
    mark_stack_limit: usize,
    mark_stack_overflowed: bool,
    pub(crate) collections: usize,
    /// `micropython.heap_lock()` nesting: while non-zero every allocation
    /// fails (interrupt handlers rely on it to prove they do not allocate).
    lock_depth: usize,
}

impl Heap {
    /// A heap over `memory`. `mark_stack_limit` bounds the collector's
    /// work list (on overflow it rescans the heap instead of growing).
    pub fn new(mut memory: HeapMemory, mark_stack_limit: usize) -> Heap {
        let region = memory.words();
        let len = region.len();
        let base = region.as_mut_ptr();
        // Block 0 stays unused so that no object has index 0.
        let start = BLOCK_WORDS;
        let end = (len / BLOCK_WORDS) * BLOCK_WORDS;
        let end = end.max(start);
        Heap {
            _memory: memory,
            base,
            len,
            start,
            end,
            top: start,
            bump: start,
            limit: start,
            free_lists: [0; free::FREE_LISTS],
            nonempty: 0,
            used_words: 0,
            peak_used_words: 0,
            total_allocated_words: 0,
            allocated_since_collect: 0,
            collect_threshold_words: usize::MAX,
            pacing: Pacing::OnExhaustion,
            code_table: Vec::new(),
            free_code_slots: Vec::new(),
            mark_stack: Vec::with_capacity(mark_stack_limit.min(64)),
            mark_stack_limit: mark_stack_limit.max(4),
            mark_stack_overflowed: false,
            collections: 0,
            lock_depth: 0,
        }
    }

    // ---- raw word access ----

    #[inline(always)]
    pub fn words(&self) -> &[usize] {
        // SAFETY: `base` and `len` describe the slice `_memory` owns (a
        // Box or a `&'static mut`, neither of which moves its buffer), it
        // lives as long as `self`, and `_memory` is never used again, so
        // this shared borrow of `self` is the only way to the words.
        unsafe { core::slice::from_raw_parts(self.base, self.len) }
    }

    #[inline(always)]
    pub fn words_mut(&mut self) -> &mut [usize] {
        // SAFETY: as in `words`; the exclusive borrow of `self` makes this
        // the only reference to the words while it lives.
        unsafe { core::slice::from_raw_parts_mut(self.base, self.len) }
    }

    #[inline(always)]
    pub fn kind(&self, object: usize) -> ObjKind {
        ObjKind::from_byte((self.words()[object] & KIND_MASK) as u8)
    }

    /// The kind of a Value's heap object, or None for immediates.
    #[inline(always)]
    pub fn kind_of(&self, value: Value) -> Option<ObjKind> {
        if value.is_heap() {
            Some(self.kind(value.heap_index_unchecked()))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn blocks(&self, object: usize) -> usize {
        self.words()[object] >> SIZE_SHIFT
    }

    /// How many payload words the object has room for.
    #[inline(always)]
    pub fn capacity_words(&self, object: usize) -> usize {
        self.blocks(object) * BLOCK_WORDS - 1
    }

    /// Payload word `i` (0-based, after the header).
    #[inline(always)]
    pub fn word(&self, object: usize, i: usize) -> usize {
        self.words()[object + 1 + i]
    }

    #[inline(always)]
    pub fn set_word(&mut self, object: usize, i: usize, word: usize) {
        self.words_mut()[object + 1 + i] = word;
    }

    #[inline(always)]
    pub fn value(&self, object: usize, i: usize) -> Value {
        Value::from_raw(self.word(object, i))
    }

    #[inline(always)]
    pub fn set_value(&mut self, object: usize, i: usize, value: Value) {
        self.set_word(object, i, value.raw());
    }

    /// Payload words `from..from + len` as Values.
    #[inline(always)]
    pub fn values(&self, object: usize, from: usize, len: usize) -> &[Value] {
        let start = object + 1 + from;
        bytemuck::cast_slice(&self.words()[start..start + len])
    }

    #[inline(always)]
    pub fn values_mut(&mut self, object: usize, from: usize, len: usize) -> &mut [Value] {
        let start = object + 1 + from;
        bytemuck::cast_slice_mut(&mut self.words_mut()[start..start + len])
    }

    /// `len` bytes starting at payload word `from`.
    #[inline(always)]
    pub fn bytes(&self, object: usize, from: usize, len: usize) -> &[u8] {
        let start = object + 1 + from;
        let words = len.div_ceil(WORD_BYTES);
        let bytes: &[u8] = bytemuck::cast_slice(&self.words()[start..start + words]);
        &bytes[..len]
    }

    #[inline(always)]
    pub fn bytes_mut(&mut self, object: usize, from: usize, len: usize) -> &mut [u8] {
        let start = object + 1 + from;
        let words = len.div_ceil(WORD_BYTES);
        let bytes: &mut [u8] =
            bytemuck::cast_slice_mut(&mut self.words_mut()[start..start + words]);
        &mut bytes[..len]
    }

    /// `len` u32s (in the machine's byte order) starting at payload word
    /// `from`: a big int's limbs.
    #[inline(always)]
    pub fn u32s(&self, object: usize, from: usize, len: usize) -> &[u32] {
        let start = object + 1 + from;
        let words = (len * 4).div_ceil(WORD_BYTES);
        let halves: &[u32] = bytemuck::cast_slice(&self.words()[start..start + words]);
        &halves[..len]
    }

    #[inline(always)]
    pub fn u32s_mut(&mut self, object: usize, from: usize, len: usize) -> &mut [u32] {
        let start = object + 1 + from;
        let words = (len * 4).div_ceil(WORD_BYTES);
        let halves: &mut [u32] =
            bytemuck::cast_slice_mut(&mut self.words_mut()[start..start + words]);
        &mut halves[..len]
    }

    /// The offset in `all_bytes` of payload word `from` of `object`.
    #[inline(always)]
    pub fn byte_offset(&self, object: usize, from: usize) -> usize {
        (object + 1 + from) * WORD_BYTES
    }

    /// The whole region as bytes, for copies between two objects.
    pub fn all_bytes_mut(&mut self) -> &mut [u8] {
        bytemuck::cast_slice_mut(self.words_mut())
    }

    // ---- allocation ----

    /// Blocks needed for an object with `payload_words` words after its
    /// header, or None if no object can be that large.
    fn blocks_for(payload_words: usize) -> Option<usize> {
        let words = payload_words.checked_add(1)?;
        let blocks = words.div_ceil(BLOCK_WORDS);
        if blocks > MAX_OBJECT_BLOCKS {
            None
        } else {
            Some(blocks)
        }
    }

    // ---- locking ----

    /// Forbid allocation until the matching `unlock` (locks nest).
    pub fn lock(&mut self) {
        self.lock_depth = self.lock_depth.saturating_add(1);
    }

    /// Undo one `lock`; returns the depth left (0: allocation allowed).
    pub fn unlock(&mut self) -> usize {
        self.lock_depth = self.lock_depth.saturating_sub(1);
        self.lock_depth
    }

    pub fn lock_depth(&self) -> usize {
        self.lock_depth
    }

    #[inline(always)]
    pub fn is_locked(&self) -> bool {
        self.lock_depth != 0
    }

    /// Allocate an object of `kind` with room for `payload_words` words, all
    /// zero. None when no free memory fits: the caller collects and retries.
    /// `Vm::alloc`, the one caller, refuses first while the heap is locked.
    #[inline(always)]
    pub fn allocate(&mut self, kind: ObjKind, payload_words: usize) -> Option<usize> {
        if payload_words < BLOCK_WORDS {
            return self.allocate_one_block(kind);
        }
        self.allocate_blocks(kind, payload_words, true)
    }

    /// `allocate` for a leaf whose payload the caller writes in full at
    /// once: the payload words are left as they were (stale data of a freed
    /// object), which saves clearing a large big int twice. Never for a
    /// traced kind, whose words the collector reads as Values.
    #[inline(always)]
    pub fn allocate_for_overwrite(&mut self, kind: ObjKind, payload_words: usize) -> Option<usize> {
        debug_assert!(!kind.is_traced());
        if payload_words < BLOCK_WORDS {
            return self.allocate_one_block(kind);
        }
        self.allocate_blocks(kind, payload_words, false)
    }

    /// `allocate` for one-block objects (floats, cells, bound methods on
    /// 64-bit hosts): the most frequent allocation, kept small enough to
    /// inline at its callers.
    #[inline(always)]
    fn allocate_one_block(&mut self, kind: ObjKind) -> Option<usize> {
        let head = self.free_lists[1];
        let object = if head != 0 {
            self.free_lists[1] = self.words()[head + 1];
            head
        } else if self.limit - self.bump >= BLOCK_WORDS {
            let object = self.bump;
            self.bump += BLOCK_WORDS;
            object
        } else {
            return self.allocate_blocks(kind, 1, true);
        };
        let words = self.words_mut();
        words[object] = make_header(kind, 1);
        words[object + 1] = 0;
        self.used_words += BLOCK_WORDS;
        self.allocated_since_collect += BLOCK_WORDS;
        Some(object)
    }

    /// A one-block leaf holding `word` (a float's bits on a 64-bit host),
    /// when that is cheap: the heap is not locked, no collection is due and
    /// a one-block chunk is at hand. None sends the caller to `Vm::alloc`,
    /// which handles every other case (and gc-stress's collections).
    #[inline(always)]
    pub fn allocate_one_word_leaf(&mut self, kind: ObjKind, word: usize) -> Option<usize> {
        if self.is_locked() || self.collection_due() {
            return None;
        }
        let head = self.free_lists[1];
        let object = if head != 0 {
            self.free_lists[1] = self.words()[head + 1];
            head
        } else if self.limit - self.bump >= BLOCK_WORDS {
            let object = self.bump;
            self.bump += BLOCK_WORDS;
            object
        } else {
            return None;
        };
        let words = self.words_mut();
        words[object] = make_header(kind, 1);
        words[object + 1] = word;
        self.used_words += BLOCK_WORDS;
        self.allocated_since_collect += BLOCK_WORDS;
        Some(object)
    }

    fn allocate_blocks(
        &mut self,
        kind: ObjKind,
        payload_words: usize,
        zero: bool,
    ) -> Option<usize> {
        let blocks = Heap::blocks_for(payload_words)?;
        let object = self.take_chunk(blocks)?;
        let words = blocks * BLOCK_WORDS;
        let region = &mut self.words_mut()[object..object + words];
        region[0] = make_header(kind, blocks);
        if zero {
            region[1..].fill(0);
        }
        self.used_words += words;
        self.peak_used_words = self.peak_used_words.max(self.used_words);
        self.total_allocated_words += words as u64;
        self.allocated_since_collect += words;
        Some(object)
    }

    /// Whether a collection is due before the next allocation of
    /// `payload_words` (the threshold was crossed).
    #[inline(always)]
    pub fn collection_due(&self) -> bool {
        self.allocated_since_collect >= self.collect_threshold_words
    }

    /// Whether an object of `payload_words` could ever fit in this heap.
    pub fn could_ever_fit(&self, payload_words: usize) -> bool {
        match Heap::blocks_for(payload_words) {
            Some(blocks) => blocks * BLOCK_WORDS <= self.end - self.start,
            None => false,
        }
    }

    /// Shrink an object in place to `payload_words`, returning the freed
    /// tail to the free lists (used when a buffer was over-allocated).
    pub fn shrink(&mut self, object: usize, payload_words: usize) {
        let Some(blocks) = Heap::blocks_for(payload_words) else {
            return;
        };
        let old_blocks = self.blocks(object);
        if blocks >= old_blocks {
            return;
        }
        let kind = self.kind(object);
        self.words_mut()[object] = make_header(kind, blocks);
        let freed = old_blocks - blocks;
        self.used_words -= freed * BLOCK_WORDS;
        self.release_tail(object + blocks * BLOCK_WORDS, freed);
    }

    /// Whether some object of `kind` satisfies `test` (a walk over the
    /// whole heap: for rare questions such as "does any memoryview still
    /// export this bytearray", asked right after a collection).
    pub fn any_object(&self, kind: ObjKind, test: impl Fn(&Heap, usize) -> bool) -> bool {
        let mut at = self.skip_run(self.start);
        while at < self.top {
            let blocks = self.blocks(at);
            if blocks == 0 {
                return false;
            }
            if self.kind(at) == kind && test(self, at) {
                return true;
            }
            at = self.skip_run(at + blocks * BLOCK_WORDS);
        }
        false
    }

    /// Call `visit(heap, object, kind)` for every object (not free
    /// chunks), in address order; `visit` may write the object's words.
    pub fn for_each_object_mut(&mut self, mut visit: impl FnMut(&mut Heap, usize, ObjKind)) {
        let mut at = self.skip_run(self.start);
        while at < self.top {
            let blocks = self.blocks(at);
            if blocks == 0 {
                return;
            }
            let kind = self.kind(at);
            if kind != ObjKind::Free {
                visit(self, at, kind);
            }
            at = self.skip_run(at + blocks * BLOCK_WORDS);
        }
    }

    // ---- the code table ----

    /// Store a code object's data outside the GC heap; returns its slot.
    pub fn add_code(&mut self, data: Rc<CodeData>) -> usize {
        if let Some(slot) = self.free_code_slots.pop() {
            self.code_table[slot as usize] = Some(data);
            slot as usize
        } else {
            self.code_table.push(Some(data));
            self.code_table.len() - 1
        }
    }

    pub fn code_data(&self, slot: usize) -> Option<&Rc<CodeData>> {
        self.code_table.get(slot).and_then(Option::as_ref)
    }

    // ---- statistics ----

    /// Bytes in allocated objects (`gc.mem_alloc()`).
    pub fn bytes_used(&self) -> usize {
        self.used_words * WORD_BYTES
    }

    /// Bytes not in allocated objects (`gc.mem_free()`).
    pub fn bytes_free(&self) -> usize {
        (self.end - self.start - self.used_words) * WORD_BYTES
    }

    /// Total bytes the heap manages.
    pub fn bytes_total(&self) -> usize {
        (self.end - self.start) * WORD_BYTES
    }

    /// The largest free chunk in bytes (fragmentation figure for mem_info).
    pub fn largest_free_bytes(&self) -> usize {
        self.largest_free_words() * WORD_BYTES
    }

    pub fn collections(&self) -> usize {
        self.collections
    }

    /// Bytes ever allocated, freed or not.
    pub fn bytes_allocated_ever(&self) -> u64 {
        self.total_allocated_words * WORD_BYTES as u64
    }

    /// The most bytes that were ever in allocated objects at once.
    pub fn bytes_peak(&self) -> usize {
        self.peak_used_words * WORD_BYTES
    }

    /// The word index of the first block, where the heap map starts.
    pub fn first_block_word(&self) -> usize {
        self.start
    }

    /// Call `visit(kind, blocks)` for every chunk from the first block to
    /// the end, in address order: `Some(kind)` for an object, None for
    /// free space (free chunks, the run's unused part, the wilderness).
    pub fn for_each_chunk(&self, mut visit: impl FnMut(Option<ObjKind>, usize)) {
        let mut at = self.start;
        while at < self.top {
            if at == self.bump && self.limit > self.bump {
                visit(None, (self.limit - self.bump) / BLOCK_WORDS);
                at = self.limit;
                continue;
            }
            let blocks = self.blocks(at).max(1);
            match self.kind(at) {
                ObjKind::Free => visit(None, blocks),
                kind => visit(Some(kind), blocks),
            }
            at += blocks * BLOCK_WORDS;
        }
        if self.end > self.top {
            visit(None, (self.end - self.top) / BLOCK_WORDS);
        }
    }

    /// (objects of one block, objects of two blocks, the largest object
    /// in blocks): the fragmentation figures of `mem_info`.
    pub fn object_size_census(&self) -> (usize, usize, usize) {
        let (mut one, mut two, mut largest) = (0, 0, 0);
        self.for_each_chunk(|kind, blocks| {
            if kind.is_some() {
                match blocks {
                    1 => one += 1,
                    2 => two += 1,
                    _ => {}
                }
                largest = largest.max(blocks);
            }
        });
        (one, two, largest)
    }
}
