//! Mark and sweep.
//!
//! The VM drives a collection: `begin_collection`, then `mark` for every
//! root Value it holds (registers, frames, globals, modules, explicit
//! roots), then `finish_collection`, which traces from the roots and sweeps.
//!
//! Marking uses a bounded work list so that a deep structure (a long linked
//! list of objects) cannot exhaust memory or the Rust stack: when the list is
//! full, the object is marked but not queued, and after the list drains the
//! collector scans the heap for marked objects and traces them again, until
//! nothing overflowed. Scanning a traced object twice is harmless.
//!
//! Sweeping walks every object below the wilderness, clears marks, frees
//! unmarked objects, merges neighbouring free chunks (and the unused part
//! of the allocation run) and rebuilds the free lists; a free run that ends
//! at the wilderness is given back to it. The run starts empty after a
//! sweep, so the next allocation takes a swept chunk (free.rs).

#[cfg(feature = "gc-stress")]
use super::make_header;
use super::{Heap, ObjKind, BLOCK_WORDS, MARK_BIT, SIZE_SHIFT};
use crate::value::Value;

impl Heap {
    pub fn begin_collection(&mut self) {
        self.mark_stack.clear();
        self.mark_stack_overflowed = false;
    }

    /// Mark a root (immediates are ignored).
    #[inline]
    pub fn mark(&mut self, value: Value) {
        if value.is_heap() {
            self.mark_object(value.heap_index_unchecked());
        }
    }

    fn mark_object(&mut self, object: usize) {
        if object < self.start || object >= self.top {
            debug_assert!(false, "reference {object} outside the heap");
            return;
        }
        let header = self.words()[object];
        if header & MARK_BIT != 0 {
            return;
        }
        let kind = ObjKind::from_byte(header as u8);
        if kind == ObjKind::Free {
            debug_assert!(false, "reference {object} to a free chunk");
            return;
        }
        self.words_mut()[object] = header | MARK_BIT;
        if kind.is_traced() {
            if self.mark_stack.len() < self.mark_stack_limit {
                self.mark_stack.push(object);
            } else {
                self.mark_stack_overflowed = true;
            }
        }
    }

    /// Mark everything `object` refers to.
    fn scan(&mut self, object: usize) {
        let payload = self.capacity_words(object);
        for i in 0..payload {
            let word = self.words()[object + 1 + i];
            if word != 0 && word & 0b11 == 0 {
                self.mark_object(word >> 2);
            }
        }
        if self.kind(object) == ObjKind::Code {
            // The constants live in the code table, outside the heap.
            let slot = Value::from_raw(self.word(object, 0)).as_small_int();
            if let Some(data) = slot.and_then(|slot| self.code_data(slot as usize)).cloned() {
                for constant in data.consts.iter() {
                    self.mark(*constant);
                }
            }
        }
    }

    fn trace(&mut self) {
        loop {
            while let Some(object) = self.mark_stack.pop() {
                self.scan(object);
            }
            if !self.mark_stack_overflowed {
                return;
            }
            self.mark_stack_overflowed = false;
            let mut at = self.skip_run(self.start);
            while at < self.top {
                let header = self.words()[at];
                let blocks = header >> SIZE_SHIFT;
                if blocks == 0 {
                    break;
                }
                if header & MARK_BIT != 0 && ObjKind::from_byte(header as u8).is_traced() {
                    self.scan(at);
                    while let Some(object) = self.mark_stack.pop() {
                        self.scan(object);
                    }
                }
                at = self.skip_run(at + blocks * BLOCK_WORDS);
            }
        }
    }

    /// Trace from the roots marked so far, freeing nothing: afterwards
    /// `is_marked` tells which objects the collection keeps (weak tables,
    /// reachability questions such as `buffer::check_resizable`, which
    /// then undoes the marks with `clear_marks`).
    pub fn trace_marked(&mut self) {
        self.trace();
    }

    /// Whether `object` is marked (live) in the collection under way.
    pub fn is_marked(&self, object: usize) -> bool {
        self.words()[object] & MARK_BIT != 0
    }

    /// Undo the marks of a `trace_marked` that is not followed by a sweep.
    pub fn clear_marks(&mut self) {
        let mut at = self.skip_run(self.start);
        while at < self.top {
            let header = self.words()[at];
            let blocks = header >> SIZE_SHIFT;
            if blocks == 0 {
                break;
            }
            self.words_mut()[at] = header & !MARK_BIT;
            at = self.skip_run(at + blocks * BLOCK_WORDS);
        }
    }

    /// Trace from the marked roots, then free everything unmarked.
    pub fn finish_collection(&mut self) {
        self.trace();
        self.sweep();
        self.allocated_since_collect = 0;
        self.collections += 1;
        self.repace();
    }

    fn sweep(&mut self) {
        if self.limit == self.top {
            // The run is the wilderness: its unused part is not swept (nor
            // poisoned: it may be most of the heap, never touched).
            self.top = self.bump;
            self.limit = self.bump;
        }
        self.clear_free_lists();
        let mut used = 0;
        let mut run_start = 0usize;
        let mut run_blocks = 0usize;
        let mut at = self.start;
        while at < self.top {
            if at == self.bump {
                // The allocation run's unused part: free space.
                if self.limit > at {
                    if run_blocks == 0 {
                        run_start = at;
                    }
                    run_blocks += (self.limit - at) / BLOCK_WORDS;
                    at = self.limit;
                }
                if at >= self.top {
                    break;
                }
            }
            let header = self.words()[at];
            let blocks = header >> SIZE_SHIFT;
            if blocks == 0 {
                debug_assert!(false, "corrupt header at {at}");
                break;
            }
            let kind = ObjKind::from_byte(header as u8);
            let live = kind != ObjKind::Free && header & MARK_BIT != 0;
            if live {
                self.words_mut()[at] = header & !MARK_BIT;
                used += blocks * BLOCK_WORDS;
                if run_blocks > 0 {
                    self.free_run(run_start, run_blocks);
                    run_blocks = 0;
                }
            } else {
                if kind == ObjKind::Code {
                    self.release_code_slot(at);
                }
                if run_blocks == 0 {
                    run_start = at;
                }
                run_blocks += blocks;
            }
            at += blocks * BLOCK_WORDS;
        }
        if run_blocks > 0 {
            // The last run borders the wilderness: give it back.
            self.top = run_start;
            #[cfg(feature = "gc-stress")]
            self.poison(run_start, run_blocks);
        }
        self.bump = self.top;
        self.limit = self.top;
        self.used_words = used;
    }

    fn free_run(&mut self, at: usize, blocks: usize) {
        #[cfg(feature = "gc-stress")]
        self.poison(at, blocks);
        self.release_chunk(at, blocks);
    }

    /// Zero freed memory so that a stale reference (a bug: a value held
    /// without a root) reads an obviously dead object.
    #[cfg(feature = "gc-stress")]
    fn poison(&mut self, at: usize, blocks: usize) {
        self.words_mut()[at..at + blocks * BLOCK_WORDS].fill(0);
        self.words_mut()[at] = make_header(ObjKind::Free, blocks);
    }

    fn release_code_slot(&mut self, object: usize) {
        if let Some(slot) = Value::from_raw(self.word(object, 0)).as_small_int() {
            let slot = slot as usize;
            if let Some(entry) = self.code_table.get_mut(slot) {
                if entry.take().is_some() {
                    self.free_code_slots.push(slot as u32);
                }
            }
        }
    }
}
